// A tiny static server on 127.0.0.1 for the page fixtures (and generated pages), at the URL paths real sites use:
// several facts (dates in t20220701-style URLs) depend on the path, so each page is served where its README says.
import { createServer, type Server } from 'node:http';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const FIXTURE_PAGES_DIR = resolve(import.meta.dirname, '../tests/fixtures/pages');

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

/**
 * Reads the fixture README's "URL path(s)" lines: a `## a.html / b.html — …` (or `###`) heading followed by
 * "URL path: `/x`" or "URL paths: `/x` (…) and `/y` (…)", paths in the heading's file order. A heading naming no
 * file introduces a group of pages.
 */
export function fixturePathsFromReadme(readme: string): Map<string, string> {
  const pathByFile = new Map<string, string>();
  for (const section of readme.split(/^#{2,3} /m).slice(1)) {
    const heading = section.slice(0, section.indexOf('\n'));
    const files = heading.split('—')[0]!.match(/[\w-]+\.html/g) ?? [];
    const pathLine = section.match(/URL paths?:([^\n]*)/)?.[1] ?? '';
    const paths = [...pathLine.matchAll(/`(\/[^`]+)`/g)].map((m) => m[1]!);
    if (files.length !== paths.length) {
      throw new Error(`fixture README: section "${heading}" names ${files.length} file(s) but ${paths.length} URL path(s)`);
    }
    files.forEach((file, i) => pathByFile.set(file, paths[i]!));
  }
  return pathByFile;
}

/** Every fixture page, keyed by file name, with the URL path it must be served at. */
export function fixturePages(dir = FIXTURE_PAGES_DIR): { file: string; path: string; html: string }[] {
  const pathByFile = fixturePathsFromReadme(readFileSync(join(dir, 'README.md'), 'utf8'));
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const path = pathByFile.get(file);
      if (!path) throw new Error(`fixture ${file} has no "URL path" in ${join(dir, 'README.md')}`);
      return { file, path, html: readFileSync(join(dir, file), 'utf8') };
    });
}

export function fixtureRoutes(dir = FIXTURE_PAGES_DIR): Routes {
  return new Map(fixturePages(dir).map(({ path, html }) => [path, html]));
}

/** Serves `routes` as UTF-8 HTML on a random port of 127.0.0.1; everything else is a quick 404. */
export async function serveRoutes(routes: Routes): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const html = routes.get(path);
    if (html === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
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
