// Scoring rules of the evaluation set (see ../shared/evalset/README.md): body bigram F1, title equality, date
// agreement, author coverage, with/without snippets. Both sides get the same normalization.

import * as OpenCC from 'opencc-js/t2cn';

let t2s: ((s: string) => string) | null = null;

/** NFKC, Traditional → Simplified (opencc), only letters and digits, lower case. */
export function scoringForm(s: string): string {
  t2s ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return t2s(s.normalize('NFKC'))
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const counts = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    counts.set(g, (counts.get(g) || 0) + 1);
  }
  return counts;
}

export interface BodyScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 of the multisets of character bigrams of the two texts (after scoringForm). */
export function bodyScore(extracted: string, truth: string): BodyScore {
  const a = bigrams(scoringForm(extracted));
  const b = bigrams(scoringForm(truth));
  let na = 0;
  let nb = 0;
  let common = 0;
  for (const n of a.values()) na += n;
  for (const [g, n] of b) {
    nb += n;
    common += Math.min(n, a.get(g) || 0);
  }
  if (na === 0 && nb === 0) return { precision: 1, recall: 1, f1: 1 };
  const precision = na ? common / na : 0;
  const recall = nb ? common / nb : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export function titleMatches(extracted: string | null, truth: string): boolean {
  return extracted !== null && scoringForm(extracted) === scoringForm(truth);
}

/** Calendar day and, when present, hour and minute of a date string (ISO or 'YYYY-MM-DD HH:MM[:SS]'). */
function dateParts(s: string): { day: string; minute: string | null } | null {
  const m = /(\d{4})\D(\d{1,2})\D(\d{1,2})(?:\D+(\d{1,2}):(\d{2}))?/.exec(s);
  if (!m) return null;
  const pad = (x: string) => x.padStart(2, '0');
  return { day: `${m[1]}-${pad(m[2])}-${pad(m[3])}`, minute: m[4] ? `${pad(m[4])}:${m[5]}` : null };
}

/** Same calendar day; and the same minute where the truth has a time. */
export function dateMatches(extracted: string | null, truth: string): boolean {
  if (!extracted) return false;
  const a = dateParts(extracted);
  const b = dateParts(truth);
  if (!a || !b || a.day !== b.day) return false;
  return b.minute === null || a.minute === b.minute;
}

/** 'YYYY' or 'YYYY-MM' of a truth that gives no day (`1998-3`, `2018`), else null. */
export function truthWithoutDay(truth: string): string | null {
  const m = /^\s*(\d{4})(?:\D(\d{1,2}))?\D*$/.exec(truth);
  if (!m) return null;
  return m[2] ? `${m[1]}-${m[2].padStart(2, '0')}` : m[1];
}

/**
 * dateMatches, except that a truth giving only a year or a month is compared at that precision. The README's
 * same-day rule can never hold for such a truth; the eval reports this figure beside the strict one.
 */
export function dateMatchesAtTruthPrecision(extracted: string | null, truth: string): boolean {
  const coarse = truthWithoutDay(truth);
  if (coarse === null) return dateMatches(extracted, truth);
  return extracted !== null && extracted.startsWith(coarse) && !/^\d/.test(extracted.slice(coarse.length));
}

/** Every space-separated name of the truth occurs in the extracted author or editor. */
export function authorMatches(author: string | null, editor: string | null, truth: string): boolean {
  const haystack = scoringForm(`${author || ''} ${editor || ''}`);
  const names = truth.split(/\s+/).map(scoringForm).filter((n) => n.length > 0);
  return names.length > 0 && names.every((n) => haystack.includes(n));
}

/** The names of a truth's author or editor field: split at 、 ， ； and spaces (labels such as 通讯员： dropped). */
export function truthNames(truth: string): string[] {
  return truth
    .split(/[、，,；;\s]+/)
    .map((n) => scoringForm(n.replace(/^.*[：:]/, '')))
    .filter((n) => n.length > 0);
}

/** govset rule: every 、-separated name of the truth occurs in the extracted author or editor. */
export function namesCovered(haystackParts: Array<string | null>, truth: string): boolean {
  const haystack = scoringForm(haystackParts.filter(Boolean).join(' '));
  const names = truthNames(truth);
  return names.length > 0 && names.every((n) => haystack.includes(n));
}

/** govset rule: the source equals the truth after normalization, or contains it with at most four more characters. */
export function sourceMatches(extracted: string | null, truth: string): boolean {
  if (!extracted) return false;
  const a = scoringForm(extracted);
  const b = scoringForm(truth);
  return a === b || (a.includes(b) && [...a].length - [...b].length <= 4);
}

/** The strings of `boilerplate` found in the body (compared in scoringForm). */
/**
 * The boilerplate strings left in a body. A string whose letters the article's own text also holds (［更多］ beside
 * 或者更多 in a sentence) is a leak only when the body holds it more often than the truth's body does.
 */
export function boilerplateLeaks(text: string, boilerplate: string[], truthBody = ''): string[] {
  const body = scoringForm(text);
  const truth = scoringForm(truthBody);
  return boilerplate.filter((s) => {
    const form = scoringForm(s);
    return form.length > 0 && occurrences(body, form) > occurrences(truth, form);
  });
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

/**
 * govset body rule: the best F1 of scoring against the body, against the body with the optional lines added, and
 * with the optional lines removed from both sides.
 */
export function bodyScoreWithOptional(extracted: string, body: string, optional: string[]): BodyScore {
  if (optional.length === 0) return bodyScore(extracted, body);
  const optionalForms = new Set(optional.map(scoringForm));
  const isOptional = (line: string) => optionalForms.has(scoringForm(line));
  const without = (text: string) => text.split('\n').filter((l) => !isOptional(l)).join('\n');
  const candidates = [
    bodyScore(extracted, body),
    bodyScore(extracted, `${optional.join('\n')}\n${body}`),
    bodyScore(without(extracted), without(body)),
  ];
  return candidates.reduce((best, c) => (c.f1 > best.f1 ? c : best));
}

/** Every `with` snippet occurs in the body and no `without` snippet does (compared in scoringForm). */
export function snippetsOk(text: string, withSnippets: string[], withoutSnippets: string[]): boolean {
  const body = scoringForm(text);
  return (
    withSnippets.every((s) => body.includes(scoringForm(s))) &&
    withoutSnippets.every((s) => !body.includes(scoringForm(s)))
  );
}
