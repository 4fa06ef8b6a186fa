// Paths of the fixture pages. Main is moving them from pages/<name>.html to pages/<name>/page.html; these tests
// find either, so they pass on both sides of that change (drop the old form once it has landed here).

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));

/** The page file of the fixture named `name` (notice, hanweb, …). */
export function fixturePage(name: string): string {
  const inFolder = join(PAGES, name, 'page.html');
  return existsSync(inFolder) ? inFolder : join(PAGES, `${name}.html`);
}

/** Every fixture's page file, in name order. */
export function fixturePages(): string[] {
  return readdirSync(PAGES)
    .map((entry) => entry.replace(/\.html$/, ''))
    .filter((name) => existsSync(fixturePage(name)))
    .sort()
    .map(fixturePage);
}
