// Evaluation of the extractor on a folder laid out like ../shared/evalset: per-page scoring and the summary.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromBytes } from './extractFile';
import {
  authorMatches,
  boilerplateLeaks,
  bodyScore,
  bodyScoreWithOptional,
  dateMatches,
  dateMatchesAtTruthPrecision,
  truthWithoutDay,
  namesCovered,
  snippetsOk,
  sourceMatches,
  titleMatches,
} from './score';

/** One entry of index.json. */
export interface EvalEntry {
  source: string;
  id: string;
  category?: string;
  script?: string;
  truth_kind: string;
}

interface Truth {
  url?: string | null;
  title?: string | null;
  publish_time?: string | null;
  author?: string | null;
  body?: string | null;
  with?: string[];
  without?: string[];
  truth_kind: string;
  // govset's hand annotation (see the evalset README)
  published?: { raw?: string; date?: string | null; time?: string | null } | null;
  title_alternatives?: string[];
  source?: string | null;
  editor?: string | null;
  body_optional?: string[];
  optional_leading_lines?: string[];
  boilerplate?: string[];
}

/** The truth's publish time: publish_time, or govset's published {date, time}. */
function truthDate(truth: Truth): string | null {
  if (truth.publish_time) return truth.publish_time;
  const p = truth.published;
  if (!p?.date) return null;
  return p.time ? `${p.date} ${p.time}` : p.date;
}

export interface PageResult {
  source: string;
  id: string;
  truth_kind: string;
  script: string | null;
  chars: number;
  /** null when the truth has no body. */
  f1: number | null;
  precision: number | null;
  recall: number | null;
  title_ok: boolean | null;
  /** Same day (and minute) as the truth; null when the truth gives no day or no date. */
  date_ok: boolean | null;
  /** Every truth's date at its own precision: the day, or only the year or month the truth gives. */
  date_ok_at_truth_precision: boolean | null;
  author_ok: boolean | null;
  editor_ok: boolean | null;
  source_ok: boolean | null;
  snippets_ok: boolean | null;
  /** The truth's boilerplate strings found in the body. */
  leaks: string[];
  extracted: {
    title: string | null;
    published_at: string | null;
    author: string | null;
    editor: string | null;
    source: string | null;
  };
  truth: {
    title: string | null;
    publish_time: string | null;
    author: string | null;
    editor: string | null;
    source: string | null;
  };
  ms: number;
  error: string | null;
}

/** Human-made truth (as opposed to another tool's output): the figures the targets are about. */
export function isHumanTruth(kind: string): boolean {
  return kind.startsWith('human');
}

export function readIndex(dir: string): EvalEntry[] {
  return JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as EvalEntry[];
}

export function evaluatePage(dir: string, entry: EvalEntry): PageResult {
  const base = join(dir, entry.source, entry.id);
  const truth = JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Truth;
  const started = performance.now();
  const result: PageResult = {
    source: entry.source,
    id: entry.id,
    truth_kind: truth.truth_kind ?? entry.truth_kind,
    script: entry.script ?? null,
    chars: 0,
    f1: null,
    precision: null,
    recall: null,
    title_ok: null,
    date_ok: null,
    date_ok_at_truth_precision: null,
    author_ok: null,
    editor_ok: null,
    source_ok: null,
    snippets_ok: null,
    leaks: [],
    extracted: { title: null, published_at: null, author: null, editor: null, source: null },
    truth: {
      title: truth.title ?? null,
      publish_time: truthDate(truth),
      author: truth.author ?? null,
      editor: truth.editor ?? null,
      source: truth.source ?? null,
    },
    ms: 0,
    error: null,
  };
  try {
    const a = articleFromBytes(`${base}.html`, readFileSync(`${base}.html`), truth.url ?? '');
    result.chars = [...a.text].length;
    result.extracted = { title: a.title, published_at: a.published_at, author: a.author, editor: a.editor, source: a.source };
    const optional = [...(truth.body_optional ?? []), ...(truth.optional_leading_lines ?? [])];
    if (truth.body) Object.assign(result, optional.length ? bodyScoreWithOptional(a.text, truth.body, optional) : bodyScore(a.text, truth.body));
    if (truth.title) {
      result.title_ok = [truth.title, ...(truth.title_alternatives ?? [])].some((t) => titleMatches(a.title, t));
    }
    const date = truthDate(truth);
    if (date) {
      // The same-day rule is scored on truths that give a day; a year or month alone is scored at its precision.
      result.date_ok = truthWithoutDay(date) === null ? dateMatches(a.published_at, date) : null;
      result.date_ok_at_truth_precision = dateMatchesAtTruthPrecision(a.published_at, date);
    }
    const govset = truth.published !== undefined;
    if (truth.author) {
      result.author_ok = govset ? namesCovered([a.author, a.editor], truth.author) : authorMatches(a.author, a.editor, truth.author);
    }
    if (truth.editor) result.editor_ok = namesCovered([a.editor], truth.editor);
    if (govset && truth.source) result.source_ok = sourceMatches(a.source, truth.source);
    if (truth.boilerplate?.length) result.leaks = boilerplateLeaks(a.text, truth.boilerplate, truth.body ?? '');
    if (truth.with?.length || truth.without?.length) result.snippets_ok = snippetsOk(a.text, truth.with ?? [], truth.without ?? []);
  } catch (e) {
    result.error = (e as Error).stack || String(e);
    if (truth.body) Object.assign(result, { f1: 0, precision: 0, recall: 0 });
  }
  result.ms = Math.round(performance.now() - started);
  return result;
}

export interface GroupSummary {
  pages: number;
  body: { pages: number; mean: number; median: number; under05: number } | null;
  title: { right: number; of: number } | null;
  date: { right: number; of: number } | null;
  dateAtTruthPrecision: { right: number; of: number } | null;
  author: { right: number; of: number } | null;
  editor: { right: number; of: number } | null;
  source: { right: number; of: number } | null;
  snippets: { right: number; of: number } | null;
  /** Boilerplate strings left in bodies, over the pages whose truth lists some. */
  leaks: number;
  errors: number;
}

function accuracy(values: Array<boolean | null>): { right: number; of: number } | null {
  const known = values.filter((v): v is boolean => v !== null);
  return known.length ? { right: known.filter(Boolean).length, of: known.length } : null;
}

export function summarize(results: PageResult[]): GroupSummary {
  const f1s = results.map((r) => r.f1).filter((f): f is number => f !== null).sort((a, b) => a - b);
  const median = f1s.length ? (f1s[(f1s.length - 1) >> 1] + f1s[f1s.length >> 1]) / 2 : 0;
  return {
    pages: results.length,
    body: f1s.length
      ? {
          pages: f1s.length,
          mean: f1s.reduce((s, f) => s + f, 0) / f1s.length,
          median,
          under05: f1s.filter((f) => f < 0.5).length,
        }
      : null,
    title: accuracy(results.map((r) => r.title_ok)),
    date: accuracy(results.map((r) => r.date_ok)),
    dateAtTruthPrecision: accuracy(results.map((r) => r.date_ok_at_truth_precision)),
    author: accuracy(results.map((r) => r.author_ok)),
    editor: accuracy(results.map((r) => r.editor_ok)),
    source: accuracy(results.map((r) => r.source_ok)),
    snippets: accuracy(results.map((r) => r.snippets_ok)),
    leaks: results.reduce((n, r) => n + r.leaks.length, 0),
    errors: results.filter((r) => r.error).length,
  };
}

function pct(a: { right: number; of: number } | null): string {
  return a ? `${((100 * a.right) / a.of).toFixed(1)}% (${a.right}/${a.of})` : '-';
}

/** Every truth's date at its own precision (a truth giving only a year or month counts here), where it differs. */
function coarseDates(s: GroupSummary): string {
  const a = s.dateAtTruthPrecision;
  return a && (a.right !== s.date?.right || a.of !== s.date?.of) ? ` [${a.right}/${a.of} at the truth's precision]` : '';
}

export function formatSummary(name: string, s: GroupSummary): string {
  const body = s.body
    ? `body F1 mean ${s.body.mean.toFixed(4)} median ${s.body.median.toFixed(4)} under 0.5: ${s.body.under05}/${s.body.pages} (${((100 * s.body.under05) / s.body.pages).toFixed(1)}%)`
    : 'body -';
  return [
    `${name.padEnd(30)} pages ${String(s.pages).padStart(3)}  ${body}`,
    `${''.padEnd(30)} title ${pct(s.title)}  same-day date ${pct(s.date)}${coarseDates(s)}  author ${pct(s.author)}  editor ${pct(s.editor)}  source ${pct(s.source)}`,
    `${''.padEnd(30)} snippets ${pct(s.snippets)}  boilerplate left ${s.leaks}  errors ${s.errors}`,
  ].join('\n');
}

/** Per-source groups, then the pages with human truth, then all pages. */
export function report(results: PageResult[]): string {
  const sources = [...new Set(results.map((r) => r.source))].sort();
  const lines = sources.map((src) => formatSummary(src, summarize(results.filter((r) => r.source === src))));
  lines.push(formatSummary('ALL with human truth', summarize(results.filter((r) => isHumanTruth(r.truth_kind)))));
  lines.push(formatSummary('ALL', summarize(results)));
  return lines.join('\n');
}

/** The boilerplate strings each page left in its body, one line a page (empty when none). */
export function leakReport(results: PageResult[]): string {
  return results
    .filter((r) => r.leaks.length > 0)
    .map((r) => `boilerplate left in ${r.source}/${r.id}: ${r.leaks.map((l) => JSON.stringify(l)).join(', ')}\n`)
    .join('');
}
