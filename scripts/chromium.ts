// Drives Debian's Chromium with the built extension loaded: find (or, as root on Debian, install) the browser,
// launch it with a fresh profile, click the toolbar action through CDP, and talk to the action popup it opens.
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CaptureRecord, PageSnapshot } from '../lib/model';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const APT_INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

const isRoot = () => process.getuid?.() === 0;

/** `wxt build` into .output/chrome-mv3; throws when the build fails. */
export function buildExtension(): void {
  const wxt = resolve(import.meta.dirname, '../node_modules/wxt/bin/wxt.mjs');
  const result = spawnSync(process.execPath, [wxt, 'build'], { stdio: 'inherit', cwd: resolve(import.meta.dirname, '..') });
  if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status})`);
}

/** Path of a Chromium to drive: $CHROMIUM_PATH, then Debian's package; installs that package as root on Debian. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  if (isRoot() && existsSync('/etc/debian_version')) {
    console.log(`Chromium not found; installing it: ${APT_INSTALL}`);
    const result = spawnSync('sh', ['-c', APT_INSTALL], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = CHROMIUM_CANDIDATES.find((path) => existsSync(path));
    if (result.status === 0 && installed) return installed;
    throw new Error(`Installing Chromium failed (exit ${result.status}). Run as root: ${APT_INSTALL}`);
  }
  throw new Error(
    'Chromium not found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser). ' +
      `On Debian/Ubuntu install it with: sudo sh -c '${APT_INSTALL}', or set CHROMIUM_PATH to a Chromium binary.`,
  );
}

export function chromiumArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    ...(isRoot() ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

export interface LaunchOptions {
  headless: boolean;
  extensionDir?: string;
  /** More switches, e.g. --lang=zh-CN for a Chinese browser. */
  extraArgs?: string[];
  /** The worker listens for toolbar clicks (default); false for a popup-only extension, whose worker never does. */
  toolbarListener?: boolean;
}

/**
 * Waits until the worker's script has run its top level. Chromium reports a new worker before that, and a toolbar
 * click in between reaches no onClicked listener and is dropped: a first click right after launch opened nothing.
 */
async function untilListening(worker: Worker, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // A string: the worker has `chrome`, this Node script's types do not.
  while (!(await worker.evaluate<boolean>('chrome.action.onClicked.hasListeners()').catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`the extension's worker registered no toolbar listener within ${timeoutMs} ms`);
    await sleep(10);
  }
}

/** Chromium with the extension loaded in a throw-away profile. */
export class ExtensionBrowser {
  private constructor(
    readonly context: BrowserContext,
    readonly extensionId: string,
    private readonly browserSession: CDPSession,
    private readonly userDataDir: string,
  ) {}

  static async launch({ headless, extensionDir = EXTENSION_DIR, extraArgs = [], toolbarListener = true }: LaunchOptions): Promise<ExtensionBrowser> {
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`No built extension at ${extensionDir}: run \`npx wxt build\` first.`);
    }
    const userDataDir = mkdtempSync(join(tmpdir(), 'zhengwen-profile-'));
    // A private copy: Chromium reads extractor.js from disk on every capture, and a `wxt build` running meanwhile
    // (another terminal, another test run) would swap the files under it.
    const extensionCopy = join(userDataDir, 'extension');
    cpSync(extensionDir, extensionCopy, { recursive: true });
    let context: BrowserContext | undefined;
    try {
      context = await chromium.launchPersistentContext(join(userDataDir, 'profile'), {
        executablePath: findChromium(),
        headless,
        viewport: headless ? { width: 1280, height: 900 } : null,
        args: [...chromiumArgs(extensionCopy), ...extraArgs],
      });
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
      const extensionId = new URL(worker.url()).host;
      if (toolbarListener) await untilListening(worker);
      const browser = context.browser();
      if (!browser) throw new Error('playwright-core gave no Browser for the persistent context');
      return new ExtensionBrowser(context, extensionId, await browser.newBrowserCDPSession(), userDataDir);
    } catch (error) {
      await context?.close();
      rmSync(userDataDir, { recursive: true, force: true });
      throw error;
    }
  }

  get extensionOrigin(): string {
    return `chrome-extension://${this.extensionId}`;
  }

  /** The extension's service worker (it may have been restarted since launch). */
  async worker(): Promise<Worker> {
    const isOurs = (w: Worker) => w.url().startsWith(this.extensionOrigin + '/');
    return (
      this.context.serviceWorkers().find(isOurs) ??
      (await this.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 10_000 }))
    );
  }

  /**
   * Clicks the toolbar button for `page`'s tab, the way a person does: Chromium opens the action popup with
   * activeTab granted for that tab. Returns the popup once its document has loaded.
   */
  async clickAction(page: Page): Promise<ActionPopup> {
    const before = await this.popupTargetIds();
    await this.triggerAction(page);
    return this.waitForPopup(before);
  }

  /** The action popups open now, to tell a new one apart with waitForPopup. */
  async popupTargetIds(): Promise<Set<string>> {
    return new Set((await this.popupTargets()).map((t) => t.targetId));
  }

  /** Waits for a popup that is not in `before` and attaches to it once its document has loaded. */
  async waitForPopup(before: Set<string>, timeoutMs = 10_000): Promise<ActionPopup> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const opened = (await this.popupTargets()).find((t) => !before.has(t.targetId));
      if (opened) return ActionPopup.attach(this.browserSession, opened.targetId);
      if (Date.now() > deadline) throw new Error(`the toolbar action opened no popup within ${timeoutMs} ms`);
      await sleep(10);
    }
  }

  /** Only the click; resolves once Chromium has accepted it, with the performance.now() of just before the click. */
  async triggerAction(page: Page): Promise<number> {
    await page.bringToFront();
    const tabTargetId = await this.tabTargetId(page);
    const clickedAt = performance.now();
    await this.browserSession.send('Extensions.triggerAction', { id: this.extensionId, targetId: tabTargetId });
    return clickedAt;
  }

  /** Every record in IndexedDB `zhengwen` / `captures`, oldest first by captured_at. */
  async storedRecords(): Promise<CaptureRecord[]> {
    const records = await (await this.worker()).evaluate(readStore, { store: 'captures' });
    return (records as CaptureRecord[]).sort((a, b) => a.captured_at.localeCompare(b.captured_at));
  }

  /** The page snapshot stored for a capture, or null. */
  async storedSnapshot(id: string): Promise<PageSnapshot | null> {
    const [snapshot] = (await (await this.worker()).evaluate(readStore, { store: 'pages', key: id })) as PageSnapshot[];
    return snapshot ?? null;
  }

  /**
   * Waits until the most recently captured record is `url`'s (its url or key_url) with at least `minRevisions`;
   * polls inside the worker every 5 ms.
   */
  async waitForLatestRecord(url: string, minRevisions: number, timeoutMs = 10_000): Promise<CaptureRecord> {
    const record = await (await this.worker()).evaluate(waitForLatest, { url, minRevisions, timeoutMs });
    if (!record) throw new Error(`no capture of ${url} with revisions >= ${minRevisions} within ${timeoutMs} ms`);
    return record as CaptureRecord;
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.userDataDir, { recursive: true, force: true });
  }

  private async allTargets() {
    // An empty filter entry means every target type, including the "tab" targets that own pages.
    return (await this.browserSession.send('Target.getTargets', { filter: [{}] })).targetInfos;
  }

  private async popupTargets() {
    const popupUrl = `${this.extensionOrigin}/popup.html`;
    return (await this.allTargets()).filter((t) => t.type === 'page' && t.url.startsWith(popupUrl));
  }

  // Extensions.triggerAction wants the tab target, which CDP links to its page only by URL.
  private async tabTargetId(page: Page): Promise<string> {
    const tabs = (await this.allTargets()).filter((t) => t.type === 'tab' && t.url === page.url());
    if (tabs.length !== 1) {
      throw new Error(`expected one tab showing ${page.url()}, found ${tabs.length}; close the other tabs first`);
    }
    return tabs[0]!.targetId;
  }
}

/** The popup Chromium opened for the toolbar action. Playwright does not attach to it, so this speaks raw CDP. */
export class ActionPopup {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: CdpReply) => void>();
  private readonly onMessage = (event: { sessionId: string; message: string }) => {
    if (event.sessionId !== this.sessionId) return;
    const reply = JSON.parse(event.message) as CdpReply;
    if (reply.id === undefined) return;
    this.pending.get(reply.id)?.(reply);
    this.pending.delete(reply.id);
  };

  private constructor(
    private readonly browserSession: CDPSession,
    readonly targetId: string,
    private readonly sessionId: string,
  ) {
    browserSession.on('Target.receivedMessageFromTarget', this.onMessage);
  }

  static async attach(browserSession: CDPSession, targetId: string): Promise<ActionPopup> {
    const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId, flatten: false });
    const popup = new ActionPopup(browserSession, targetId, sessionId);
    await popup.waitFor('document.readyState === "complete"');
    return popup;
  }

  /** Evaluates a JavaScript expression (promises awaited) in the popup and returns its JSON value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.call('Runtime.evaluate', {
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) {
      throw new Error(`in the popup: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    }
    return result.value as T;
  }

  /** Polls `expression` until it is truthy; returns its value. */
  async waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`popup: still false after ${timeoutMs} ms: ${expression}`);
      await sleep(20);
    }
  }

  /** Waits until the capture card ([data-testid=capture-card]) leaves `working`; returns its data-state. */
  async settledState(timeoutMs = 20_000): Promise<string> {
    return this.waitFor<string>(
      `(() => {
        const state = document.querySelector('[data-testid=capture-card]')?.getAttribute('data-state');
        return state && state !== 'working' ? state : null;
      })()`,
      timeoutMs,
    );
  }

  /** A PNG of the whole popup at twice its CSS size, sharp enough for documentation. */
  async screenshot(path: string): Promise<void> {
    const { width, height } = await this.evaluate<{ width: number; height: number }>(
      '({ width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight })',
    );
    const { data } = await this.call('Page.captureScreenshot', {
      format: 'png',
      clip: { x: 0, y: 0, width, height, scale: 2 },
      captureBeyondViewport: false,
    });
    writeFileSync(path, Buffer.from(data as string, 'base64'));
  }

  async close(): Promise<void> {
    this.browserSession.off('Target.receivedMessageFromTarget', this.onMessage);
    await this.browserSession.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
  }

  // Non-flattened sessions: Playwright's CDPSession cannot address a flattened child session.
  private call(method: string, params: object): Promise<Record<string, any>> {
    const id = ++this.nextId;
    return new Promise((resolveCall, rejectCall) => {
      this.pending.set(id, (reply) =>
        reply.error ? rejectCall(new Error(`${method}: ${reply.error.message}`)) : resolveCall(reply.result ?? {}),
      );
      this.browserSession
        .send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) })
        .catch((error: unknown) => {
          this.pending.delete(id);
          rejectCall(error);
        });
    });
  }
}

interface CdpReply {
  id?: number;
  result?: Record<string, any>;
  error?: { message: string };
}

export const sleep = (ms: number) => new Promise((resolveSleep) => setTimeout(resolveSleep, ms));

// The two functions below run inside the extension's service worker (serialized by Playwright: no closures).
// Opening a database that does not exist would create it at version 1 and break the extension's own upgrade,
// so both look it up first.

async function readStore({ store, key }: { store: string; key?: string }): Promise<unknown[]> {
  if (!(await indexedDB.databases()).some((db) => db.name === 'zhengwen')) return [];
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const request = indexedDB.open('zhengwen');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  try {
    if (!db.objectStoreNames.contains(store)) return [];
    const objectStore = db.transaction(store, 'readonly').objectStore(store);
    const request = key === undefined ? objectStore.getAll() : objectStore.getAll(key);
    return await new Promise<unknown[]>((ok, fail) => {
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
    });
  } finally {
    db.close();
  }
}

async function waitForLatest({ url, minRevisions, timeoutMs }: { url: string; minRevisions: number; timeoutMs: number }) {
  const deadline = Date.now() + timeoutMs;
  // The newest record's keys, as last read: its value (a whole article, megabytes for a huge page) is read only when
  // they change, so that polling every 5 ms does not load that article 200 times a second beside the capture.
  let seen: string | null = null;
  while (Date.now() < deadline) {
    if ((await indexedDB.databases()).some((db) => db.name === 'zhengwen')) {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const request = indexedDB.open('zhengwen');
        request.onsuccess = () => ok(request.result);
        request.onerror = () => fail(request.error);
      });
      try {
        if (db.objectStoreNames.contains('captures')) {
          const index = db.transaction('captures', 'readonly').objectStore('captures').index('captured_at');
          const newest = await new Promise<string | null>((ok, fail) => {
            const request = index.openKeyCursor(null, 'prev');
            request.onsuccess = () => ok(request.result ? JSON.stringify([request.result.key, request.result.primaryKey]) : null);
            request.onerror = () => fail(request.error);
          });
          if (newest !== null && newest !== seen) {
            seen = newest;
            const [capturedAt, id] = JSON.parse(newest) as [string, string];
            const latest = await new Promise<{ url: string; key_url: string; revisions: number; captured_at: string } | undefined>((ok, fail) => {
              const request = db.transaction('captures', 'readonly').objectStore('captures').get(id);
              request.onsuccess = () => ok(request.result);
              request.onerror = () => fail(request.error);
            });
            const matches = latest && latest.captured_at === capturedAt && (latest.url === url || latest.key_url === url);
            if (matches && latest.revisions >= minRevisions) return latest;
            // Read between two writes: look again next time.
            if (latest && latest.captured_at !== capturedAt) seen = null;
          }
        }
      } finally {
        db.close();
      }
    }
    await new Promise((ok) => setTimeout(ok, 5));
  }
  return null;
}
