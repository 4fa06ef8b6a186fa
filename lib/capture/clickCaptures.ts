import type { CaptureOutcome } from '../messages';
import type { CaptureRun } from './captureTab';

/** How long a click's settled outcome waits for the popup that click opened to collect it. */
export const CLAIM_WINDOW_MS = 30_000;

interface ClickCapture {
  /** The stored record's outcome; once the snapshot step is over, the outcome with it, so a later popup shows it whole. */
  outcome: Promise<CaptureOutcome>;
  settled: boolean;
}

/**
 * Captures started by a toolbar click, by tab. The click starts the capture at once; the popup it opens arrives
 * 100–300 ms later and must show that capture rather than start another. A pending capture is shared by every
 * request for its tab (a popup's retry joins it); a settled one is handed out once, so a later popup or an Update
 * captures anew. The outcome handed out is the stored record's, or the outcome with the snapshot kept when that is
 * known by then (a huge page's "snapshot not kept" may be known before the popup asks).
 */
export class ClickCaptures {
  private readonly byTab = new Map<number, ClickCapture>();

  constructor(private readonly claimWindowMs = CLAIM_WINDOW_MS) {}

  begin(tabId: number, run: CaptureRun): Promise<CaptureOutcome> {
    const entry: ClickCapture = { outcome: run.stored, settled: false };
    this.byTab.set(tabId, entry);
    void run.settled.then(() => (entry.outcome = run.settled));
    void run.stored.finally(() => {
      entry.settled = true;
      setTimeout(() => this.forget(tabId, entry), this.claimWindowMs);
    });
    return run.stored;
  }

  /** The click's capture of this tab, if one is pending or settled and not yet collected. */
  claim(tabId: number): Promise<CaptureOutcome> | undefined {
    const entry = this.byTab.get(tabId);
    if (entry?.settled) this.forget(tabId, entry);
    return entry?.outcome;
  }

  private forget(tabId: number, entry: ClickCapture) {
    if (this.byTab.get(tabId) === entry) this.byTab.delete(tabId);
  }
}
