// Full-text search over title and body: Chinese substring matching, not whitespace words.
// Bodies are stored Simplified; a Traditional query is converted (t2cn) and also tried as typed against the
// pre-conversion text, so 臺灣 and 台湾 both find an article first published in Traditional script.
import type { CaptureRecord } from '../model';

export interface SearchEntry {
  id: string;
  /** Lower-cased title and body, apart: a term spanning the two means nothing. */
  title: string;
  text: string;
  /** title_original + text_original (Traditional before conversion), lower-cased; '' when not converted. */
  original: string;
}

/** Convert Traditional to Simplified; injected so this module stays pure (the page passes opencc's t2cn). */
export type ToSimplified = (text: string) => string;

/** Lower-cased, keeping the very same string when nothing changes: 10,000 bodies are not held twice. */
function lower(text: string): string {
  const lowered = text.toLowerCase();
  return lowered === text ? text : lowered;
}

export function searchEntry(record: CaptureRecord): SearchEntry {
  return {
    id: record.id,
    title: lower(record.title ?? ''),
    text: lower(record.text),
    original: record.text_original === null && record.title_original === null
      ? ''
      : lower(`${record.title_original ?? record.title ?? ''}\n${record.text_original ?? ''}`),
  };
}

/** A query's terms: whitespace separates terms that must all occur (in any order); each is a substring. */
export function queryTerms(query: string): string[] {
  return query.normalize('NFC').toLowerCase().split(/\s+/u).filter((term) => term !== '');
}

interface TermForms {
  asTyped: string;
  simplified: string;
}

function termForms(terms: string[], toSimplified: ToSimplified): TermForms[] {
  return terms.map((asTyped) => ({ asTyped, simplified: toSimplified(asTyped) }));
}

function entryMatches(entry: SearchEntry, forms: TermForms[]): boolean {
  for (const { asTyped, simplified } of forms) {
    if (entry.title.includes(simplified) || entry.text.includes(simplified)) continue;
    if (asTyped !== simplified && (entry.title.includes(asTyped) || entry.text.includes(asTyped))) continue;
    if (entry.original !== '' && entry.original.includes(asTyped)) continue;
    return false;
  }
  return true;
}

/** Ids of the entries matching every term of the query; null when the query is blank (no search: show all). */
export function searchIds(entries: readonly SearchEntry[], query: string, toSimplified: ToSimplified): Set<string> | null {
  const terms = queryTerms(query);
  if (terms.length === 0) return null;
  const forms = termForms(terms, toSimplified);
  const found = new Set<string>();
  for (const entry of entries) if (entryMatches(entry, forms)) found.add(entry.id);
  return found;
}

/** Where the first term occurs in a text, for a snippet or a highlight; -1 when it does not. */
export function firstMatchOffset(text: string, query: string, toSimplified: ToSimplified): number {
  const lower = text.toLowerCase();
  for (const term of queryTerms(query)) {
    const at = lower.indexOf(toSimplified(term));
    if (at >= 0) return at;
    const typed = lower.indexOf(term);
    if (typed >= 0) return typed;
  }
  return -1;
}
