// Page-level facts from <head>: metas, JSON-LD, canonical link, language.

import { MARKUP, stripMarkup } from '../rules/markup';

/**
 * Every <meta name|property|itemprop|http-equiv> → content, keys lower-cased; the first non-empty value wins. The
 * article record a Founder (方正) CMS leaves in a comment is added as `enpproperty:<field>` (see enpProperties).
 */
export function collectMeta(doc: Document): Record<string, string> {
  const meta: Record<string, string> = { ...enpProperties(doc), ...weChatProperties(doc) };
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = el.getAttribute('name') || el.getAttribute('property') || el.getAttribute('itemprop');
    const content = withoutMarkup((el.getAttribute('content') || '').trim());
    if (!key || !content) continue;
    const k = key.trim().toLowerCase();
    if (!(k in meta)) meta[k] = content;
  }
  return meta;
}

/**
 * Markup a template wrote into a meta value is never part of it: `标题<div>——副题</div>` is the title, the element
 * holds another field. The text before the first tag, or the value without its tags when nothing comes before.
 */
export function withoutMarkup(value: string): string {
  const first = value.search(MARKUP);
  if (first < 0) return value;
  const before = value.slice(0, first).trim();
  return before.length >= 2 ? before : stripMarkup(value);
}

const COMMENT_NODE = 8;
const SHOW_COMMENT = 0x80;
/** The record of Founder's news CMS (enpproperty) and of its e-paper system (mpproperty, fields named founder-*). */
const ENP_COMMENT = /^\s*(?:enpproperty|mpproperty)\b/;
const ENP_FIELD = /<(?:founder-)?(title|date|author|introtitle|subtitle|nodename|keyword|pagenum|papername)>([^<]*)<\/(?:founder-)?\1>/g;
const ENTITY = /&(?:#(\d+)|#x([0-9a-f]+)|(quot|amp|lt|gt|nbsp|apos));/gi;
const NAMED_ENTITY: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: ' ', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(ENTITY, (_, dec, hex, name) =>
    dec ? String.fromCodePoint(+dec) : hex ? String.fromCodePoint(parseInt(hex, 16)) : NAMED_ENTITY[name.toLowerCase()],
  );
}

function enpComment(doc: Document): string | null {
  // A comment before <!DOCTYPE> is a child of the document itself, outside documentElement.
  for (const n of Array.from(doc.childNodes)) if (n.nodeType === COMMENT_NODE && ENP_COMMENT.test(n.nodeValue || '')) return n.nodeValue;
  if (!doc.documentElement) return null;
  const walker = doc.createTreeWalker(doc.documentElement, SHOW_COMMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (ENP_COMMENT.test(n.nodeValue || '')) return n.nodeValue;
  return null;
}

/**
 * Founder (方正翔宇) CMS pages, common among party newspapers and their local sites, carry the article's record in a
 * comment: `<!--enpproperty <date>…</date><author>…</author><title>…</title><introtitle>…</introtitle>… /enpproperty-->`.
 * Empty fields and the CMS's literal `null` are left out.
 */
export function enpProperties(doc: Document): Record<string, string> {
  const out: Record<string, string> = {};
  const comment = enpComment(doc);
  if (!comment) return out;
  for (const [, field, raw] of comment.matchAll(ENP_FIELD)) {
    const value = decodeEntities(raw).trim();
    if (value && value !== 'null') out[`enpproperty:${field}`] = value;
  }
  return out;
}

/** The account name and the creation time (seconds since 1970) a WeChat article page writes only in its scripts. */
const WECHAT_NICKNAME = /\bvar\s+nickname\s*=\s*(?:htmlDecode\()?\s*["']([^"']{1,40})["']/;
const WECHAT_CREATED = /\bvar\s+ct\s*=\s*["'](\d{9,10})["']/;
const BEIJING_MS = 8 * 3600 * 1000;

/**
 * WeChat official-account articles (公众号, where government bodies publish as much as on their sites) state their
 * account and publish time in scripts only: read as `wechat:nickname` and `wechat:published` (Beijing time,
 * `YYYY-MM-DD HH:MM:SS`); the visible account link (#js_name) when the script has none.
 */
export function weChatProperties(doc: Document): Record<string, string> {
  const out: Record<string, string> = {};
  // Only a WeChat article page (its body container) is worth a walk over the page's scripts.
  if (!doc.getElementById('js_content')) return out;
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const code = script.textContent || '';
    if (!code.includes('nickname') && !code.includes('var ct')) continue;
    const nickname = WECHAT_NICKNAME.exec(code)?.[1];
    if (nickname && !out['wechat:nickname']) out['wechat:nickname'] = decodeEntities(nickname).trim();
    const created = WECHAT_CREATED.exec(code)?.[1];
    if (created && !out['wechat:published']) {
      out['wechat:published'] = new Date(Number(created) * 1000 + BEIJING_MS).toISOString().slice(0, 19).replace('T', ' ');
    }
  }
  const account = doc.querySelector('#js_name')?.textContent?.trim();
  if (account && !out['wechat:nickname']) out['wechat:nickname'] = account;
  return out;
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
