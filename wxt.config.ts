import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

// Chrome and Firefox MV3 from one config; Firefox-only keys are added only for Firefox builds.
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  // citation-js imports node-fetch, whose Node build cannot load in a page; see lib/cite/fetch-shim.ts.
  vite: () => ({ resolve: { alias: { 'node-fetch': resolve(import.meta.dirname, 'lib/cite/fetch-shim.ts') } } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus', 'downloads'],
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandCapture__',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'zhengwen@zhengwen.dev', strict_min_version: '128.0' } } }
      : {}),
  }),
});
