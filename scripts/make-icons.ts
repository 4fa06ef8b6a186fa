// Renders assets/icon.svg to assets/icons/icon-<size>.png, which wxt.config.ts lists in the manifest: Chromium's own SVG
// renderer, so the drawing has one source. Chrome does not take SVG icons in a manifest. Usage: npx tsx scripts/make-icons.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from './chromium';

const ASSETS = resolve(import.meta.dirname, '../assets');
/** Toolbar (16, 32 on high-density screens), the extensions page (48), install and store (128). */
const ICON_SIZES = [16, 32, 48, 128];
const svg = readFileSync(resolve(ASSETS, 'icon.svg'), 'utf8');

const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: process.getuid?.() === 0 ? ['--no-sandbox'] : [] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<html><body style="margin:0;background:transparent"><img style="display:block" width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`);
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(resolve(ASSETS, `icons/icon-${size}.png`), png);
    console.log(`assets/icons/icon-${size}.png`);
    await page.close();
  }
} finally {
  await browser.close();
}
