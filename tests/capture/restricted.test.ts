import { describe, expect, it } from 'vitest';
import { reasonFromInjectionError, restrictedReason } from '@/lib/capture/restricted';

describe('restrictedReason', () => {
  it.each([
    ['chrome://extensions/', 'browser-page'],
    ['about:blank', 'browser-page'],
    ['chrome-extension://abc/popup.html', 'browser-page'],
    ['https://chromewebstore.google.com/detail/x', 'web-store'],
    ['https://chrome.google.com/webstore/category/extensions', 'web-store'],
    ['https://addons.mozilla.org/zh-CN/firefox/', 'web-store'],
    ['file:///home/me/page.html', 'file-access'],
    [undefined, 'browser-page'], // the browser hides the URL of pages activeTab does not cover
  ])('%s → %s', (url, reason) => {
    expect(restrictedReason(url, false)).toBe(reason);
  });

  it('lets ordinary pages and, with access granted, local files through', () => {
    expect(restrictedReason('http://www.gov.cn/zhengce/2022-07/01/content_1.htm', false)).toBeNull();
    expect(restrictedReason('file:///home/me/page.html', true)).toBeNull();
  });
});

describe('reasonFromInjectionError', () => {
  it('recognizes the browser refusing to script a page', () => {
    expect(reasonFromInjectionError('https://chromewebstore.google.com/', 'The extensions gallery cannot be scripted.')).toBe('web-store');
    expect(reasonFromInjectionError('chrome://newtab', 'Cannot access a chrome:// URL')).toBe('browser-page');
    expect(
      reasonFromInjectionError('https://x.gov.cn/a.pdf', 'Cannot access contents of the page. Extension manifest must request permission to access the respective host.'),
    ).toBe('pdf-viewer');
  });

  it('leaves other failures to be reported as errors', () => {
    expect(reasonFromInjectionError('https://x.gov.cn/', 'Readability exploded')).toBeNull();
  });
});
