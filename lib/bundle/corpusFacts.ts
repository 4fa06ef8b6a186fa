// What a dataset card and a data package say about the corpus as a whole: date ranges, sites, capture runs.
// Gathered record by record during the writer's first pass, so no pass has to hold the records.

import type { CaptureRecord } from '../model';

export interface DateRange {
  from: string;
  to: string;
}

/** One capture run: the captures one extractor version made on one (UTC) day. */
export interface CaptureRun {
  extractor: string;
  day: string;
  articles: number;
}

export interface CorpusFacts {
  articles: number;
  /** published_at as the pages give it (precisions mixed: 2022-07 sorts before 2022-07-01). */
  published: DateRange | null;
  captured: DateRange | null;
  /** Sites by number of articles, most first; pages naming no site are counted under null. */
  sites: Array<{ name: string | null; articles: number }>;
  runs: CaptureRun[];
}

function widen(range: DateRange | null, value: string | null): DateRange | null {
  if (!value) return range;
  if (!range) return { from: value, to: value };
  return { from: value < range.from ? value : range.from, to: value > range.to ? value : range.to };
}

export function createFactsCollector() {
  let published: DateRange | null = null;
  let captured: DateRange | null = null;
  let articles = 0;
  const sites = new Map<string | null, number>();
  const runs = new Map<string, CaptureRun>();
  return {
    add(record: CaptureRecord) {
      articles++;
      published = widen(published, record.published_at);
      captured = widen(captured, record.captured_at);
      sites.set(record.site_name, (sites.get(record.site_name) ?? 0) + 1);
      const extractor = `${record.extractor.name} ${record.extractor.version}`;
      const day = record.first_captured_at.slice(0, 10);
      const key = `${extractor}\n${day}`;
      const run = runs.get(key) ?? { extractor, day, articles: 0 };
      run.articles++;
      runs.set(key, run);
    },
    facts(): CorpusFacts {
      return {
        articles,
        published,
        captured,
        sites: [...sites].map(([name, count]) => ({ name, articles: count })).sort((a, b) => b.articles - a.articles),
        runs: [...runs.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0)),
      };
    },
  };
}
