// The checks of a fixture's expected.json (tests/fixtures/pages/README.md) and how they are matched. A string
// holding "…" is a pattern in which "…" stands for any run of characters: `开头…` starts so, `…结尾` ends so,
// `…中间…` contains it, and a lone `…` is any line.
import { expect } from 'vitest';
import { toSimplified } from '../../lib/normalize/script';
import type { ArticleFields } from '../../lib/model';

/** Checks on a body text, each optional. */
export interface TextChecks {
  /** Every line, in order. */
  lines?: string[];
  first_lines?: string[];
  last_lines?: string[];
  /** Lines that must be present, anywhere. */
  contains?: string[];
  line_count?: number;
  /** Inclusive bounds on the length in characters. */
  chars?: [number, number];
  /** Lines that may be present: left out before lines, first_lines, last_lines and line_count are checked. */
  optional?: string[];
  /** Fragments that must not be anywhere in the text; each must occur in the page's own text. */
  gone?: string[];
}

export interface Expected {
  about: string;
  url_path: string;
  /** false: the page has no article (the text is empty). */
  article: boolean;
  /** Fields of ArticleFields; null means "must be null", a field left out is not checked. */
  fields: Record<string, unknown>;
  text: TextChecks;
  /** Checks on text_original: null means "must be null", as for a field. */
  textOriginal: TextChecks | null | undefined;
}

const TEXT_KEYS = ['lines', 'first_lines', 'last_lines', 'contains', 'line_count', 'chars', 'optional', 'gone'] as const;
const OWN_KEYS = ['about', 'url_path', 'article', 'text_original'];

function textChecksOf(json: Record<string, unknown>): TextChecks {
  return Object.fromEntries(TEXT_KEYS.filter((k) => k in json).map((k) => [k, json[k]])) as TextChecks;
}

/** expected.json of fixture `name`, split into fields and text checks; an `about` is required. */
export function parseExpected(name: string, json: Record<string, unknown>): Expected {
  if (typeof json['about'] !== 'string' || !json['about']) throw new Error(`fixture ${name}: expected.json has no "about"`);
  const fields = Object.fromEntries(
    Object.entries(json).filter(([k]) => !OWN_KEYS.includes(k) && !(TEXT_KEYS as readonly string[]).includes(k)),
  );
  const original = json['text_original'] as Record<string, unknown> | null | undefined;
  const stray = Object.keys(original ?? {}).find((k) => !(TEXT_KEYS as readonly string[]).includes(k));
  if (stray) throw new Error(`fixture ${name}: "text_original" holds "${stray}", which is no text check`);
  return {
    about: json['about'],
    url_path: json['url_path'] as string,
    article: json['article'] !== false,
    fields,
    text: textChecksOf(json),
    textOriginal: original ? textChecksOf(original) : original,
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function matches(pattern: string, value: string): boolean {
  if (!pattern.includes('…')) return pattern === value;
  return new RegExp(`^${pattern.split('…').map(escapeRegExp).join('[\\s\\S]*')}$`, 'u').test(value);
}

/** The page's own text: what a "gone" fragment must occur in for its check to be able to fail. */
export function pageText(doc: Document): string {
  return (doc.documentElement.textContent ?? '').replace(/\s+/g, ' ');
}

/**
 * Throws, naming the fixture and the fragment, for a "gone" fragment that is not in the page's text (or, for a
 * page converted to Simplified, in that text converted the same way): such a check could never fail.
 */
export function refuseUnfailingGone(name: string, gone: string[] | undefined, page: string, converted: boolean): void {
  const texts = converted ? [page, toSimplified(page)] : [page];
  for (const fragment of gone ?? []) {
    if (!texts.some((t) => t.includes(fragment.replace(/\s+/g, ' ')))) {
      throw new Error(`fixture ${name}: "gone" fragment "${fragment}" is not in the page's own text, so its check cannot fail`);
    }
  }
}

/** `patterns` with each one that matches the line in its place replaced by that line, so a toEqual diff shows only what differs. */
function resolved(patterns: string[], lines: string[]): string[] {
  return patterns.map((p, i) => (lines[i] !== undefined && matches(p, lines[i]) ? lines[i] : p));
}

export function checkFields(name: string, fields: Record<string, unknown>, article: ArticleFields): void {
  for (const [field, want] of Object.entries(fields)) {
    if (!(field in article)) throw new Error(`fixture ${name}: expected.json names "${field}", which is no field of an article`);
    const got = article[field as keyof ArticleFields];
    if (typeof want === 'string' && typeof got === 'string') expect(got, `${name}: ${field}`).toBe(resolved([want], [got])[0]);
    else expect(got, `${name}: ${field}`).toEqual(want);
  }
}

export function checkText(name: string, checks: TextChecks, text: string): void {
  const label = (what: string) => `${name}: ${what}`;
  for (const fragment of checks.gone ?? []) expect(text, label(`"${fragment}" must not be in the text`)).not.toContain(fragment);
  if (checks.chars) {
    const chars = [...text].length;
    expect(chars, label('length in characters')).toBeGreaterThanOrEqual(checks.chars[0]);
    expect(chars, label('length in characters')).toBeLessThanOrEqual(checks.chars[1]);
  }
  const optional = checks.optional ?? [];
  const lines = text.split('\n').filter((line) => !optional.some((p) => matches(p, line)));
  if (checks.lines) expect(lines, label('lines')).toEqual(resolved(checks.lines, lines));
  if (checks.line_count !== undefined) expect(lines, label('line count')).toHaveLength(checks.line_count);
  if (checks.first_lines) {
    const head = lines.slice(0, checks.first_lines.length);
    expect(head, label('first lines')).toEqual(resolved(checks.first_lines, head));
  }
  if (checks.last_lines) {
    const tail = lines.slice(-checks.last_lines.length);
    expect(tail, label('last lines')).toEqual(resolved(checks.last_lines, tail));
  }
  for (const pattern of checks.contains ?? []) {
    expect(lines.some((line) => matches(pattern, line)), label(`a line ${pattern}`)).toBe(true);
  }
}
