import { uiLocale } from './locale';

/** Create an element with text content only: captured text is never parsed as HTML in extension pages. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  for (const child of children) if (child !== null) node.append(child);
  return node;
}

/** A publish date as the page gave it, readable: 2022-07-01 10:30. */
export function formatPublished(iso: string | null): string {
  if (!iso) return '';
  return iso.replace('T', ' ').replace(/(:\d\d)?[+-]\d\d:\d\d$|Z$/, (m, seconds) => seconds ?? '');
}

/** A capture time in the reader's local time zone, written the interface's way. */
export function formatLocalTime(iso: string, locale = uiLocale()): string {
  return new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
