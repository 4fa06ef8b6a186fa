import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

const ASSETS_DIR = resolve(import.meta.dirname, 'assets');
/**
 * The extension's icons, size → path in the build: assets/icons/icon-<size>.png, drawn once in assets/icon.svg and
 * rendered by scripts/make-icons.ts. assets/ is WXT's folder for files the build takes in; these are copied as they
 * are (the build:publicAssets hook below), under icons/.
 */
const ICONS: Record<string, string> = Object.fromEntries(
  readdirSync(resolve(ASSETS_DIR, 'icons')).flatMap((file) => {
    const size = /^icon-(\d+)\.png$/.exec(file)?.[1];
    return size ? [[size, `icons/${file}`]] : [];
  }),
);

// Chrome and Firefox MV3 from one config; Firefox-only keys are added only for Firefox builds.
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  // citation-js imports node-fetch, whose Node build cannot load in a page; see lib/cite/fetch-shim.ts.
  // The WACZ export worker (lib/transfer/waczWorker.ts) as an ES module like the pages: bundled as an IIFE, warcio's
  // uuid-random finds no `require` there and exports nothing.
  vite: () => ({
    resolve: { alias: { 'node-fetch': resolve(import.meta.dirname, 'lib/cite/fetch-shim.ts') } },
    worker: { format: 'es' },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    icons: ICONS,
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus', 'downloads'],
    // Each asked for at the moment it is needed (README: permissions): `tabs` for batch capture's Capture all tabs
    // and for the "mark tabs already in the library" option; host permissions for just the sites a batch needs.
    optional_permissions: ['tabs'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandCapture__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'zhengwen@zhengwen.dev',
              // 140 (the ESR) and Android 142 read data_collection_permissions: nothing leaves the browser.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      for (const path of Object.values(ICONS)) files.push({ absoluteSrc: resolve(ASSETS_DIR, path), relativeDest: path });
    },
    // Worker-first capture (Chromium): without a static popup the click reaches the worker at once, which starts
    // the capture and then opens the popup (action.openPopup). Firefox lets openPopup run only inside the click's
    // own handler, so its build keeps the popup, which asks for the capture itself.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') delete manifest.action?.default_popup;
    },
  },
});
