// The next page of a list (栏目) page: a 下一页 link, or the page counter TRS templates write with a script
// (createPageHTML(total, current, "index", "html") → index_1.html, index_2.html …). Pure, over a Document.

const NEXT_TEXT = /^(下一页|下页|后页|next|next page|>|›|»)$/i;
const TRS_PAGER = /createPageHTML\(\s*['"]?(\d+)['"]?\s*,\s*['"]?(\d+)['"]?\s*,\s*['"]([\w-]+)['"]\s*,\s*['"](\w+)['"]/;

function sameHost(a: URL, b: URL): boolean {
  return a.hostname.replace(/^www\./i, '') === b.hostname.replace(/^www\./i, '');
}

function resolve(href: string | null, pageUrl: string): URL | null {
  if (!href || /^\s*(javascript|#)/i.test(href)) return null;
  try {
    const url = new URL(href.trim(), pageUrl);
    url.hash = '';
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** TRS: page 0 is index.html, page n is index_n.html, in the same folder. */
function trsNextPage(doc: Document, pageUrl: string): string | null {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const m = TRS_PAGER.exec(script.textContent ?? '');
    if (!m) continue;
    const [total, current, name, ext] = [Number(m[1]), Number(m[2]), m[3], m[4]];
    if (current + 1 >= total) return null;
    return new URL(`${name}_${current + 1}.${ext}`, pageUrl).href;
  }
  return null;
}

/** The list's next page on the same site, or null on its last page. */
export function nextListPage(doc: Document, pageUrl: string): string | null {
  const page = new URL(pageUrl);
  for (const a of doc.querySelectorAll('a[href]')) {
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!NEXT_TEXT.test(text) && !NEXT_TEXT.test((a.getAttribute('title') ?? '').trim())) continue;
    const url = resolve(a.getAttribute('href'), pageUrl);
    if (url && sameHost(url, page) && url.href !== new URL(pageUrl).href) return url.href;
  }
  return trsNextPage(doc, pageUrl);
}
