// Paths of the fixture pages: tests/fixtures/pages/<name>/page.html.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

/** The page file of the fixture named `name` (notice, hanweb, …). */
export function fixturePage(name: string): string {
  return join(PAGES, name, 'page.html');
}

/** Every fixture's page file, in name order. */
export function fixturePages(): string[] {
  return readdirSync(PAGES)
    .map((entry) => entry.replace(/\.html$/, ''))
    .filter((name) => existsSync(fixturePage(name)))
    .sort()
    .map(fixturePage);
}
