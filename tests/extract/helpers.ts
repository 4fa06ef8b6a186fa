import { parseHTML } from 'linkedom';
import { fixturePage, type FixturePage } from '../../scripts/serve';
import { extractPage } from '../../lib/extract/index';
import type { ArticleFields, PageExtract } from '../../lib/model';
import { normalizeArticle } from '../../lib/normalize/article';

export function loadDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A fixture page (tests/fixtures/pages/<name>/) as extractPage sees it when served at its expected.json's URL path. */
export function extractFixture(name: string): FixturePage & { page: PageExtract; article: ArticleFields } {
  const fixture = fixturePage(name);
  const page = extractPage(loadDocument(fixture.html), { keepHtml: false, url: `http://www.example.gov.cn${fixture.path}` });
  return { ...fixture, page, article: normalizeArticle(page) };
}
