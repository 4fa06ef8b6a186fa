// Progress of a long run on stderr: records read, articles, skipped, errors, rate. One line every few seconds and
// a summary at the end; nothing with --quiet.

export interface Counts {
  /** Items read: pages, WARC records, NDJSON lines. */
  records: number;
  articles: number;
  skipped: number;
  errors: number;
}

export function progressLine(counts: Counts, seconds: number): string {
  const rate = seconds > 0 ? (counts.records / seconds).toFixed(1) : '0.0';
  return `records ${counts.records}, articles ${counts.articles}, skipped ${counts.skipped}, errors ${counts.errors}, ${rate} records/s`;
}

const EVERY_MS = 2000;

export class Progress {
  readonly counts: Counts = { records: 0, articles: 0, skipped: 0, errors: 0 };
  private readonly started = Date.now();
  private lastShown = this.started;

  constructor(private readonly write: ((line: string) => void) | null) {}

  /** Called after each item; shows a line when the last one is a few seconds old. */
  tick(): void {
    const now = Date.now();
    if (this.write && now - this.lastShown >= EVERY_MS) {
      this.lastShown = now;
      this.write(progressLine(this.counts, (now - this.started) / 1000));
    }
  }

  done(): void {
    this.write?.(`done: ${progressLine(this.counts, (Date.now() - this.started) / 1000)}`);
  }
}
