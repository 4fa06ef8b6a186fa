import { describe, expect, it } from 'vitest';
import { captureId, captureKeyUrl } from '@/lib/store/id';

describe('captureKeyUrl', () => {
  it('drops the fragment and utm_* parameters but keeps real query parameters', () => {
    expect(captureKeyUrl('https://www.gov.cn/a.html?id=7&utm_source=wx&utm_medium=x#top', null)).toBe(
      'https://www.gov.cn/a.html?id=7',
    );
  });

  it('prefers a canonical URL on the same site', () => {
    expect(captureKeyUrl('https://m.example.gov.cn/a.html?from=timeline', 'https://example.gov.cn/art/2022/7/1/art_1.html')).toBe(
      'https://m.example.gov.cn/a.html',
    );
    expect(captureKeyUrl('https://www.czs.gov.cn/x/1.html', 'https://czs.gov.cn/art/1.html')).toBe('https://czs.gov.cn/art/1.html');
  });

  it('ignores a canonical link that points at another site or at a home page', () => {
    expect(captureKeyUrl('https://a.gov.cn/news/1.html', 'https://b.gov.cn/news/1.html')).toBe('https://a.gov.cn/news/1.html');
    expect(captureKeyUrl('https://a.gov.cn/news/1.html', 'https://a.gov.cn/')).toBe('https://a.gov.cn/news/1.html');
  });
});

describe('captureId', () => {
  it('is the first 16 hex digits of SHA-256 of the key URL', async () => {
    // sha256("https://www.gov.cn/") computed independently with coreutils sha256sum.
    expect(await captureId('https://www.gov.cn/')).toBe('4e94555e4cdffb5b');
  });
});
