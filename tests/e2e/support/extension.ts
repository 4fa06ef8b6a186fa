// Page object for the end-to-end tests: the built extension in Debian Chromium, the fixture pages on 127.0.0.1,
// the toolbar click, the popup it opens, and what landed in IndexedDB.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ActionPopup, ExtensionBrowser } from '../../../scripts/chromium';
import { fixturePages, serveRoutes, type StaticServer } from '../../../scripts/serve';
import type { CaptureRecord, PageSnapshot } from '../../../lib/model';

const REPO = resolve(import.meta.dirname, '../../..');
/**
 * Where a screenshot goes: out/e2e (not committed), or docs/ when ZHENGWEN_DOCS_SCREENSHOTS=1 refreshes the
 * pictures the README shows (they carry capture times, so every run would otherwise change them).
 */
export function screenshotPath(name: string): string {
  const path = resolve(REPO, process.env.ZHENGWEN_DOCS_SCREENSHOTS === '1' ? 'docs' : 'out/e2e', name);
  mkdirSync(dirname(path), { recursive: true });
  return path;
}

/** What the capture card shows, read with textContent as a person reads it. */
export interface CardView {
  state: string;
  status: string | null;
  title: string | null;
  site: string | null;
  date: string | null;
  source: string | null;
  author: string | null;
  chars: string | null;
  excerpt: string | null;
  message: string | null;
  /** data-testid of every button on the card. */
  buttons: string[];
}

export interface ListItemView {
  title: string;
  site: string;
  date: string;
}

const READ_CARD = `(() => {
  const card = document.querySelector('[data-testid=capture-card]');
  if (!card) return null;
  const text = (id) => card.querySelector('[data-testid=' + id + ']')?.textContent ?? null;
  return {
    state: card.getAttribute('data-state'),
    status: text('card-status'), title: text('card-title'), site: text('card-site'), date: text('card-date'),
    source: text('card-source'), author: text('card-author'), chars: text('card-chars'),
    excerpt: text('card-excerpt'), message: text('card-message'),
    buttons: [...card.querySelectorAll('button[data-testid]')].map((b) => b.getAttribute('data-testid')),
  };
})()`;

/** Reads the recent list; runs in an extension page (passed to page.evaluate or serialized for the popup). */
export function readList(): ListItemView[] {
  return [...document.querySelectorAll('[data-testid=recent-list] li')].map((li) => ({
    title: li.querySelector('.title')?.textContent ?? '',
    site: li.querySelector('.site')?.textContent ?? '',
    date: li.querySelector('.date')?.textContent ?? '',
  }));
}

/** The toolbar popup after a click. */
export class PopupCard {
  constructor(readonly popup: ActionPopup) {}

  /** Waits until the card leaves `working`, then reads it. */
  async settled(): Promise<CardView> {
    await this.popup.settledState();
    return this.read();
  }

  async read(): Promise<CardView> {
    const card = await this.popup.evaluate<CardView | null>(READ_CARD);
    if (!card) throw new Error('the popup shows no [data-testid=capture-card]');
    return card;
  }

  /** Clicks a card button by data-testid and waits for the card to settle in a new state (not `working`). */
  async click(testid: 'update' | 'delete' | 'undo', expectState: string): Promise<CardView> {
    await this.popup.evaluate(`document.querySelector('[data-testid=${testid}]').click()`);
    await this.popup.waitFor(
      `document.querySelector('[data-testid=capture-card]')?.getAttribute('data-state') === ${JSON.stringify(expectState)}`,
      20_000,
    );
    return this.read();
  }

  async recentList(): Promise<ListItemView[]> {
    return this.popup.evaluate<ListItemView[]>(`(${readList.toString()})()`);
  }

  close(): Promise<void> {
    return this.popup.close();
  }
}

export class ZhengwenExtension {
  private constructor(
    readonly browser: ExtensionBrowser,
    readonly server: StaticServer,
    private readonly pathByName: Map<string, string>,
  ) {}

  /** Serves the fixture pages and launches headless Chromium with `.output/chrome-mv3`. Debian's Chromium ships
   *  only the en-US UI locale, so the extension speaks English here. */
  static async launch(extraArgs: string[] = []): Promise<ZhengwenExtension> {
    const pages = fixturePages();
    const server = await serveRoutes(new Map(pages.map((p) => [p.path, p.html])));
    try {
      const browser = await ExtensionBrowser.launch({ headless: true, extraArgs });
      return new ZhengwenExtension(browser, server, new Map(pages.map((p) => [p.name, p.path])));
    } catch (error) {
      await server.close();
      throw error;
    }
  }

  get extensionId(): string {
    return this.browser.extensionId;
  }

  /** chrome-extension://<id> */
  get extensionOrigin(): string {
    return this.browser.extensionOrigin;
  }

  /** Where the fixture page `name` (tests/fixtures/pages/<name>/) is served. */
  fixtureUrl(name: string): string {
    const path = this.pathByName.get(name);
    if (!path) throw new Error(`no fixture page ${name}: a fixture is named by its folder in tests/fixtures/pages (trs, not trs.html)`);
    return this.server.url(path);
  }

  /** Opens a fixture page in a new tab. */
  async openFixture(name: string): Promise<Page> {
    return this.open(this.fixtureUrl(name));
  }

  async open(url: string): Promise<Page> {
    const page = await this.browser.context.newPage();
    await page.goto(url);
    return page;
  }

  /** Clicks the toolbar button on `page` and waits for the popup's card to show the outcome. */
  async captureByToolbar(page: Page): Promise<{ popup: PopupCard; card: CardView }> {
    const popup = new PopupCard(await this.browser.clickAction(page));
    return { popup, card: await popup.settled() };
  }

  /** popup.html opened as an ordinary tab: the recent list, without capturing anything. */
  async openPopupTab(): Promise<Page> {
    const page = await this.open(`${this.browser.extensionOrigin}/popup.html`);
    await page.locator('[data-testid=total][data-count]').waitFor();
    return page;
  }

  storedRecords(): Promise<CaptureRecord[]> {
    return this.browser.storedRecords();
  }

  storedSnapshot(id: string): Promise<PageSnapshot | null> {
    return this.browser.storedSnapshot(id);
  }

  /** Saves a PNG of the popup (see screenshotPath). */
  async screenshot(name: string, popup: PopupCard): Promise<string> {
    const path = screenshotPath(name);
    await popup.popup.screenshot(path);
    return path;
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }
}
