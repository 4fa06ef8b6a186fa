// The harness itself: fixtures served where their README says, and a clear word when Chromium is missing.
import { afterEach, describe, expect, test } from 'vitest';
import { findChromium } from '../../scripts/chromium';
import { fixturePages, fixturePathsFromReadme, serveRoutes } from '../../scripts/serve';

describe('fixture server', () => {
  test('every fixture page has the URL path its README gives', () => {
    const pages = fixturePages();
    expect(pages.map((p) => p.file)).toContain('trs.html');
    expect(pages.find((p) => p.file === 'trs.html')!.path).toBe('/202207/t20220701_123.html');
    expect(pages.find((p) => p.file === 'duplicate-city.html')!.path).toBe('/news/2023-06/28/content_556677.html');
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  test('a README section with more files than paths is an error naming the section', () => {
    const readme = '# Pages\n\n## a.html / b.html — two pages\n- URL path: `/a.html`\n';
    expect(() => fixturePathsFromReadme(readme)).toThrow(/a\.html \/ b\.html.*2 file\(s\) but 1 URL path/);
  });

  test('serves pages as UTF-8 HTML at their paths on 127.0.0.1 and 404s the rest', async () => {
    const server = await serveRoutes(new Map([['/202207/t20220701_123.html', '<title>正文</title>']]));
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(server.url('/202207/t20220701_123.html'));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toBe('<title>正文</title>');
      expect((await fetch(server.url('/images/logo.png'))).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});

describe('findChromium', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  test('CHROMIUM_PATH wins, and a wrong one is named in the error', () => {
    process.env.CHROMIUM_PATH = '/nowhere/chromium';
    expect(() => findChromium()).toThrow('CHROMIUM_PATH is set to /nowhere/chromium, which does not exist.');
    process.env.CHROMIUM_PATH = process.execPath;
    expect(findChromium()).toBe(process.execPath);
  });
});
