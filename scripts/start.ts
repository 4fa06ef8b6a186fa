// npm start: build the extension, find (or install) Chromium, serve the bundled sample pages on 127.0.0.1, then
// - with a display: open Chromium with zhengwen loaded on a sample article and wait until the browser is closed;
// - without one: capture every sample article through the toolbar button, headless, and write them to a bundle.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeBundleFile } from '../lib/cli/bundle';
import type { CaptureRecord } from '../lib/model';
import { buildExtension, ExtensionBrowser, findChromium } from './chromium';
import { fixturePages, serveRoutes, type StaticServer } from './serve';

const REPO = resolve(import.meta.dirname, '..');
const BUNDLE_PATH = resolve(REPO, 'out/zhengwen-samples.zip');
/** The page the headed browser opens on. */
const FIRST_SAMPLE = 'trs';

type Sample = ReturnType<typeof fixturePages>[number];

const hasDisplay = () => Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

async function browseHeaded(server: StaticServer, samples: Sample[]): Promise<void> {
  const browser = await ExtensionBrowser.launch({ headless: false });
  const closed = new Promise<void>((resolveClosed) => browser.context.on('close', () => resolveClosed()));
  process.once('SIGINT', () => void browser.close());
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(server.url(samples.find((s) => s.name === FIRST_SAMPLE)!.path));
  console.log('Chromium is open with zhengwen loaded. Click its toolbar button (pin it from the puzzle-piece menu)');
  console.log('to capture the page; the other samples are:');
  for (const sample of samples) console.log(`  ${server.url(sample.path)}  (${sample.name})`);
  console.log('Close the browser window to finish.');
  await closed;
  await browser.close();
  console.log('Chromium closed.');
}

/** One line per capture: outcome, sample, site · date · size · title. */
function summaryLine(sample: Sample, state: string, record: CaptureRecord | undefined): string {
  const head = `${state.padEnd(16)} ${sample.name.padEnd(22)}`;
  if (!record) return head;
  const parts = [record.site_name ?? '—', record.published_at ?? 'no date', `${record.chars.toLocaleString('en-US')} chars`, record.title ?? record.url];
  if (record.near_duplicate_of) parts.push(`near-duplicate of ${record.near_duplicate_of}`);
  return `${head} ${parts.join(' · ')}`;
}

async function captureHeadless(server: StaticServer, samples: Sample[]): Promise<void> {
  console.log('No display ($DISPLAY / $WAYLAND_DISPLAY unset): capturing the samples headless through the toolbar button.');
  const browser = await ExtensionBrowser.launch({ headless: true });
  try {
    const outcomes: { sample: Sample; state: string }[] = [];
    // Pages with no article (a column list) are there to show "no article", not samples to capture.
    for (const sample of samples.filter((s) => s.isArticle)) {
      const page = await browser.context.newPage();
      await page.goto(server.url(sample.path));
      const popup = await browser.clickAction(page);
      outcomes.push({ sample, state: await popup.settledState() });
      await popup.close();
      await page.close();
    }
    const records = await browser.storedRecords();
    for (const { sample, state } of outcomes) {
      console.log(summaryLine(sample, state, records.find((r) => r.url === server.url(sample.path))));
    }
    mkdirSync(resolve(BUNDLE_PATH, '..'), { recursive: true });
    const bundle = await writeBundleFile(BUNDLE_PATH, records, {
      includeHtml: true,
      getHtml: async (id) => (await browser.storedSnapshot(id))?.html ?? null,
    });
    console.log(`\nWrote ${bundle.articles} articles (${bundle.htmlSnapshots} page snapshots) to ${BUNDLE_PATH}`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  console.log('Building the extension (wxt build)…');
  buildExtension();
  console.log(`Chromium: ${findChromium()}`);
  const samples = fixturePages();
  const server = await serveRoutes(new Map(samples.map((s) => [s.path, s.html])));
  console.log(`Serving ${samples.length} sample pages on ${server.origin}`);
  try {
    if (hasDisplay()) await browseHeaded(server, samples);
    else await captureHeadless(server, samples);
  } finally {
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
