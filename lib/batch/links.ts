// Article links on a list page (a 栏目 page, a search result): a pure function over a Document, so the same code
// runs in the page (injected) and in tests on linkedom. Never mutates the document.

export interface ListLink {
  url: string;
  /** The headline as the list shows it (the link's title attribute when the text is cut short). */
  title: string;
  /** YYYY-MM-DD (or YYYY-MM) when the list shows a date beside the link; else null. */
  date: string | null;
}

/** URL shapes of article pages on Chinese government CMSs (TRS, Hanweb, VSB, 人民网-style date folders). */
const ARTICLE_URL = [
  /\/t\d{8}_\d+\.s?html?$/i, // TRS: t20240305_123.html
  /\/\d{4}-\d{2}\/\d{2}\/(content|article)_[\w-]+\.s?html?$/i, // /2024-03/05/content_123.htm
  /\/art\/\d{4}\/\d{1,2}\/\d{1,2}\/art_\d+_\d+\.html$/i, // Hanweb: /art/2024/3/5/art_12_345.html
  /\/(19|20)\d{4}\/[\w-]+\.s?html?$/i, // …/202403/abc123.html
  /\/(19|20)\d{6}\/[\w-]+\.s?html?$/i, // …/20240305/abc.html
  /\/(19|20)\d{2}\/\d{2}\/\d{2}\/[\w-]+\.s?html?$/i, // /2024/03/05/abc.html
  /\/(19|20)\d{2}\/\d{4}\/[\w-]+\.s?html?$/i, // /2024/0305/c123-456.html (人民网)
  /\/info\/\d+\/\d+\.htm$/i, // VSB: /info/1021/12345.htm
  /\/(content|article|detail|show|view)[_/-]?\d+\.s?html?$/i, // /content_123.html, /detail/123.html
  /\/(content|article|detail|show|view|news)\w*\.(aspx?|jsp|php|do)$/i, // with ?id=… (checked below)
];

/** Link texts of list furniture, never a headline. */
const NAVIGATION_TEXT = /^(首页|主页|更多|more|上一页|下一页|上页|下页|前页|后页|尾页|末页|返回|详细|详情|查看|查看更多|阅读全文|点击查看|全文|[<>«»…]+)$/i;

/** A headline has at least this many characters (首页 and the like are shorter). */
const MIN_HEADLINE_CHARS = 5;

const compact = (s: string) => s.replace(/\s+/g, ' ').trim();

function hostOf(url: URL): string {
  return url.hostname.replace(/^www\./i, '').toLowerCase();
}

/** The URL a list page's links are relative to: its <base href> when it has one. */
function baseUrl(doc: Document, pageUrl: string): string {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  if (!base) return pageUrl;
  try {
    return new URL(base, pageUrl).href;
  } catch {
    return pageUrl;
  }
}

function resolveHref(href: string | null, base: string): URL | null {
  if (!href || /^\s*(javascript|mailto|tel):/i.test(href)) return null;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

export function isArticleUrl(url: URL): boolean {
  const path = url.pathname;
  return ARTICLE_URL.some((shape, i) => shape.test(path) && (i < ARTICLE_URL.length - 1 || /\bid=\w/i.test(url.search)));
}

/** The headline a link shows: a cut-short text (…) gives way to the title attribute that has it whole. */
function headlineOf(a: Element): string {
  const text = compact(a.textContent ?? '');
  const title = compact(a.getAttribute('title') ?? '');
  if (title.length > text.replace(/(\.{2,}|…+)$/, '').length && title.startsWith(text.replace(/(\.{2,}|…+)$/, '').slice(0, 4))) {
    return title;
  }
  return text || title;
}

function isHeadline(text: string): boolean {
  if (NAVIGATION_TEXT.test(text)) return false;
  if (/^[\d\s\-/.:年月日[\]【】()（）]+$/.test(text)) return false; // a date or page number
  return [...text.replace(/\s/g, '')].length >= MIN_HEADLINE_CHARS;
}

const LIST_DATE = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?)?/;

function isoDate(match: RegExpExecArray): string {
  const [, y, m, d] = match;
  return d ? `${y}-${m!.padStart(2, '0')}-${d.padStart(2, '0')}` : `${y}-${m!.padStart(2, '0')}`;
}

/** The list row a link stands in: its li / tr / dd, or the nearest ancestor that holds no other article. */
function rowOf(a: Element): Element | null {
  let row = a.parentElement;
  for (let p = row, depth = 0; p && depth < 3; p = p.parentElement, depth++) {
    if (p.matches('li, tr, dd')) return p;
    const hrefs = new Set([...p.querySelectorAll('a[href]')].map((l) => l.getAttribute('href')));
    if (hrefs.size > 2) break;
    row = p;
  }
  return row;
}

/** The date the list shows in the link's row, outside the headline. */
function rowDate(a: Element): string | null {
  const row = rowOf(a);
  const outside = compact(row?.textContent ?? '').replace(compact(a.textContent ?? ''), ' ');
  const match = LIST_DATE.exec(outside);
  return match ? isoDate(match) : null;
}

/**
 * Every article link of a list page, in page order, once each: on the page's own site, with an article-shaped
 * URL and a headline for its text. Menus, 首页 / 更多 / 上一页 and other sites' links are left out.
 */
export function findArticleLinks(doc: Document, pageUrl: string): ListLink[] {
  const base = baseUrl(doc, pageUrl);
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return [];
  }
  const found = new Map<string, ListLink>();
  for (const a of doc.querySelectorAll('a[href]')) {
    const url = resolveHref(a.getAttribute('href'), base);
    if (!url || hostOf(url) !== hostOf(page) || !isArticleUrl(url)) continue;
    if (url.href === page.href) continue;
    const title = headlineOf(a);
    if (!isHeadline(title)) continue;
    const known = found.get(url.href);
    const date = rowDate(a);
    if (!known) found.set(url.href, { url: url.href, title, date });
    else if (!known.date && date) known.date = date; // an image link first, its headline row after
  }
  return [...found.values()];
}
