// Page-level facts from <head>: metas, JSON-LD, canonical link, language.

/** Every <meta name|property|itemprop|http-equiv> → content, keys lower-cased; the first non-empty value wins. */
export function collectMeta(doc: Document): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = el.getAttribute('name') || el.getAttribute('property') || el.getAttribute('itemprop');
    const content = (el.getAttribute('content') || '').trim();
    if (!key || !content) continue;
    const k = key.trim().toLowerCase();
    if (!(k in meta)) meta[k] = content;
  }
  return meta;
}

/** Parsed JSON-LD blocks; invalid ones are skipped. */
export function collectJsonLd(doc: Document): unknown[] {
  const out: unknown[] = [];
  for (const el of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const raw = (el.textContent || '').trim();
    if (!raw) continue;
    try {
      out.push(JSON.parse(raw));
    } catch {
      // A broken block says nothing reliable; the others still count.
    }
  }
  return out;
}

/** <link rel="canonical"> resolved against the page URL; null when absent or unparsable. */
export function canonicalUrl(doc: Document, pageUrl: string): string | null {
  const link = Array.from(doc.querySelectorAll('link[rel]')).find(
    (l) => (l.getAttribute('rel') || '').trim().toLowerCase() === 'canonical',
  );
  const href = link?.getAttribute('href')?.trim();
  if (!href) return null;
  try {
    return new URL(href, pageUrl || undefined).href;
  } catch {
    return null;
  }
}

export function documentLang(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang') || doc.documentElement?.getAttribute('xml:lang');
  return lang ? lang.trim() || null : null;
}
