import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { extractPage } from '../../lib/extract/index';
import type { ArticleFields, PageExtract } from '../../lib/model';
import { normalizeArticle } from '../../lib/normalize/article';

export const PAGES = join(__dirname, '..', 'fixtures', 'pages');

export function loadDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A fixture page as extractPage sees it when served at `path` (see tests/fixtures/pages/README.md). */
export function extractFixture(name: string, path: string): { page: PageExtract; article: ArticleFields; html: string } {
  const html = readFileSync(join(PAGES, name), 'utf8');
  const page = extractPage(loadDocument(html), { keepHtml: false, url: `http://www.example.gov.cn${path}` });
  return { page, article: normalizeArticle(page), html };
}
