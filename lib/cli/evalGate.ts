// The eval gate (trafilatura's eval_gate.py idea): the figures of a run, compared with floors pinned in a committed
// baseline file. A figure that falls below its floor (or a count of defects that rises above its ceiling) fails.

import { isHumanTruth, summarize, type GroupSummary, type PageResult } from './evalCore';

/** `group.figure` → value; rates are fractions, `under05` and `leaks` are counts where lower is better. */
export type Figures = Record<string, number>;

const LOWER_IS_BETTER = new Set(['under05', 'leaks', 'errors']);

/** `govset.title` → `title`. */
const figureOf = (key: string) => key.slice(key.indexOf('.') + 1);

function groupFigures(name: string, s: GroupSummary): Figures {
  const out: Figures = {};
  const rate = (key: string, a: { right: number; of: number } | null) => {
    if (a) out[`${name}.${key}`] = a.right / a.of;
  };
  if (s.body) {
    out[`${name}.body_mean`] = s.body.mean;
    out[`${name}.under05`] = s.body.under05;
  }
  rate('title', s.title);
  rate('date', s.date);
  rate('author', s.author);
  rate('editor', s.editor);
  rate('source', s.source);
  out[`${name}.leaks`] = s.leaks;
  out[`${name}.errors`] = s.errors;
  return out;
}

/** Per source, the pages with human truth, and all pages. */
export function figuresOf(results: PageResult[]): Figures {
  const sources = [...new Set(results.map((r) => r.source))].sort();
  return Object.assign(
    {},
    ...sources.map((src) => groupFigures(src, summarize(results.filter((r) => r.source === src)))),
    groupFigures('human', summarize(results.filter((r) => isHumanTruth(r.truth_kind)))),
    groupFigures('all', summarize(results)),
  );
}

/** Rounded down (rates) or up (counts) so that a rerun of the same code never fails on float noise. */
export function floorsOf(figures: Figures): Figures {
  const out: Figures = {};
  for (const [key, value] of Object.entries(figures)) {
    out[key] = LOWER_IS_BETTER.has(figureOf(key)) ? value : Math.floor(value * 10000) / 10000;
  }
  return out;
}

/** One line per figure that fell: below its floor, or above its ceiling. Figures absent from the run are skipped. */
export function gateFailures(figures: Figures, floors: Figures): string[] {
  const failures: string[] = [];
  for (const [key, floor] of Object.entries(floors)) {
    const value = figures[key];
    if (value === undefined) continue;
    if (LOWER_IS_BETTER.has(figureOf(key)) ? value > floor : value < floor) {
      failures.push(`${key} fell: ${value.toFixed(4)} against the baseline ${floor.toFixed(4)}`);
    }
  }
  return failures;
}

/** Figures above their floors by a clear margin: a hint to raise the baseline. */
export function gateGains(figures: Figures, floors: Figures): string[] {
  return Object.entries(floors)
    .filter(([key, floor]) => {
      const value = figures[key];
      if (value === undefined) return false;
      return LOWER_IS_BETTER.has(figureOf(key)) ? value < floor : value >= floor + 0.0001;
    })
    .map(([key, floor]) => `${key} rose: ${figures[key].toFixed(4)} (baseline ${floor.toFixed(4)})`);
}
