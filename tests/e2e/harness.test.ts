// The harness itself: fixtures served where their expected.json says with the files they share, and a clear word
// when Chromium is missing.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { findChromium } from '../../scripts/chromium';
import { fixturePages, SAMPLE_ASSETS_DIR, sampleAssetFor, serveRoutes } from '../../scripts/serve';

/** A fixtures folder holding `files` (path → content). */
function fixturesDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhengwen-fixtures-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('fixture server', () => {
  test('every fixture page has the URL path its expected.json gives', () => {
    const pages = fixturePages();
    expect(pages.map((p) => p.name)).toContain('trs');
    expect(pages.find((p) => p.name === 'trs')!.path).toBe('/202207/t20220701_123.html');
    expect(pages.find((p) => p.name === 'duplicate-city')!.path).toBe('/news/2023-06/28/content_556677.html');
    expect(pages.find((p) => p.name === 'no-article')!.isArticle).toBe(false);
    expect(new Set(pages.map((p) => p.path)).size).toBe(pages.length);
  });

  test('a fixture without a URL path, or a loose .html file, is an error naming it', () => {
    const page = '<title>正文</title>';
    expect(() => fixturePages(fixturesDir({ 'a/page.html': page, 'a/expected.json': '{"about": "x"}' }))).toThrow(
      /fixture a: .*expected\.json has no "url_path"/,
    );
    expect(() => fixturePages(fixturesDir({ 'b/page.html': page }))).toThrow(/fixture b: cannot read .*expected\.json/);
    expect(() => fixturePages(fixturesDir({ 'c.html': page }))).toThrow(/c\.html: a fixture is a folder <name>\/ with page\.html and expected\.json/);
  });

  test('serves pages as UTF-8 HTML at their paths on 127.0.0.1 and 404s the rest', async () => {
    const server = await serveRoutes(new Map([['/202207/t20220701_123.html', '<title>正文</title>']]));
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(server.url('/202207/t20220701_123.html'));
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toBe('<title>正文</title>');
      expect((await fetch(server.url('/other.html'))).status).toBe(404);
      expect((await fetch(server.url('/static/js/jquery.min.js'))).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  test('serves the sample pages\' shared files from assets/samples: the stylesheet, one placeholder for every image', async () => {
    const server = await serveRoutes(new Map());
    try {
      const css = await fetch(server.url('/assets/samples/site.css'));
      expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
      expect(await css.text()).toBe(readFileSync(join(SAMPLE_ASSETS_DIR, 'site.css'), 'utf8'));
      const placeholder = readFileSync(join(SAMPLE_ASSETS_DIR, 'placeholder.svg'), 'utf8');
      for (const path of ['/images/logo.png', '/uploads/2023/06/08/m1.jpg', '/assets/samples/placeholder.svg']) {
        const image = await fetch(server.url(path));
        expect(image.headers.get('content-type'), path).toBe('image/svg+xml');
        expect(await image.text(), path).toBe(placeholder);
      }
      for (const path of ['/assets/samples/missing.css', '/assets/samples/../../package.json', '/assets/samples/%2e%2e%2fREADME.md']) {
        expect((await fetch(server.url(path))).status, path).toBe(404);
      }
    } finally {
      await server.close();
    }
  });

  test('every sample page links the shared stylesheet, and every image it shows is served', () => {
    for (const page of fixturePages()) {
      expect(page.html, page.name).toContain('<link rel="stylesheet" href="/assets/samples/site.css">');
      for (const [, src] of page.html.matchAll(/<img[^>]*\ssrc="(\/[^"]+)"/g)) expect(sampleAssetFor(src!), `${page.name}: ${src}`).not.toBeNull();
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
