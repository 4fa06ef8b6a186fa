import { defineConfig } from 'wxt';

// Chrome and Firefox MV3 from one config; Firefox-only keys are added only for Firefox builds.
export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus', 'downloads'],
    // Asked for only when the user turns on "mark tabs already in the library" in the options page.
    optional_permissions: ['tabs'],
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
  hooks: {
    // Worker-first capture (Chromium): without a static popup the click reaches the worker at once, which starts
    // the capture and then opens the popup (action.openPopup). Firefox lets openPopup run only inside the click's
    // own handler, so its build keeps the popup, which asks for the capture itself.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') delete manifest.action?.default_popup;
    },
  },
});
