// A tiny static server on 127.0.0.1 for the page fixtures (and generated pages), at the URL paths real sites use:
// several facts (dates in t20220701-style URLs) depend on the path, so each page is served where its expected.json says.
// Beside them, the files the sample pages share (assets/samples/): their stylesheet, and one placeholder for every
// logo and photo they show.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURE_PAGES_DIR = resolve(import.meta.dirname, '../tests/fixtures/pages');
/** Served at /assets/samples/<file>. */
export const SAMPLE_ASSETS_DIR = resolve(import.meta.dirname, '../assets/samples');
const SAMPLE_ASSETS_PATH = '/assets/samples/';
/** What an image address of a sample page gets (its logo, its photos): the pages are text, their pictures stand-ins. */
const IMAGE_PLACEHOLDER = 'placeholder.svg';
const IMAGE_PATH = /\.(?:png|jpe?g|gif|bmp|webp)$/i;
const CONTENT_TYPES: Record<string, string> = { '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };

/** The shared sample file a request path asks for, or null: a file of assets/samples, or the image placeholder. */
export function sampleAssetFor(path: string): { file: string; contentType: string } | null {
  const name = path.startsWith(SAMPLE_ASSETS_PATH) ? path.slice(SAMPLE_ASSETS_PATH.length) : IMAGE_PATH.test(path) ? IMAGE_PLACEHOLDER : null;
  if (!name || !/^[\w.-]+$/.test(name)) return null;
  const file = join(SAMPLE_ASSETS_DIR, name);
  const contentType = CONTENT_TYPES[extname(name)];
  return contentType && existsSync(file) ? { file, contentType } : null;
}

/** URL path → HTML body. */
export type Routes = Map<string, string>;

export interface StaticServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  routes: Routes;
  /** Absolute URL of a served path. */
  url(path: string): string;
  close(): Promise<void>;
}

/** A page fixture: the folder `tests/fixtures/pages/<name>/` with `page.html` and `expected.json`. */
export interface FixturePage {
  name: string;
  /** The URL path its expected.json gives: the page is served (and extracted) there. */
  path: string;
  html: string;
  /** False for a page that has no article (expected.json `"article": false`). */
  isArticle: boolean;
  /** expected.json as parsed; tests/extract/expected.ts reads the checks in it. */
  expected: Record<string, unknown>;
}

/** One fixture folder; a clear error naming the file when page.html or expected.json is missing or wrong. */
export function fixturePage(name: string, dir = FIXTURE_PAGES_DIR): FixturePage {
  const expectedPath = join(dir, name, 'expected.json');
  let expected: Record<string, unknown>;
  try {
    expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`fixture ${name}: cannot read ${expectedPath}: ${(error as Error).message}`);
  }
  const path = expected['url_path'];
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new Error(`fixture ${name}: ${expectedPath} has no "url_path" (a URL path starting with /)`);
  }
  const html = readFileSync(join(dir, name, 'page.html'), 'utf8');
  return { name, path, html, isArticle: expected['article'] !== false, expected };
}

/** Every fixture folder, by name. A loose .html file is an error: it would silently go untested and unserved. */
export function fixturePages(dir = FIXTURE_PAGES_DIR): FixturePage[] {
  const entries = readdirSync(dir, { withFileTypes: true });
  const loose = entries.find((e) => e.isFile() && e.name.endsWith('.html'));
  if (loose) throw new Error(`${join(dir, loose.name)}: a fixture is a folder <name>/ with page.html and expected.json (see README.md there)`);
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => fixturePage(name, dir));
}

/** Serves `routes` as UTF-8 HTML on a random port of 127.0.0.1, and the sample pages' shared files; everything else is a quick 404. */
export async function serveRoutes(routes: Routes): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const html = routes.get(path);
    if (html === undefined) {
      const asset = sampleAssetFor(path);
      if (asset) response.writeHead(200, { 'content-type': asset.contentType }).end(readFileSync(asset.file));
      else response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    routes,
    url: (path) => origin + path,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
