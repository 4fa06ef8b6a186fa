import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The built manifests (npm run test:e2e builds both first): minimal permissions, and no Firefox keys in Chrome's.
const manifest = (target: string) => JSON.parse(readFileSync(`.output/${target}/manifest.json`, 'utf8'));

describe('built manifests', () => {
  it('Chrome MV3: activeTab + scripting, no host permissions, no content script on every page, no Firefox keys', () => {
    const chrome = manifest('chrome-mv3');
    expect(chrome.manifest_version).toBe(3);
    expect(chrome.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'downloads', 'scripting', 'storage', 'unlimitedStorage']);
    expect(chrome.host_permissions).toBeUndefined();
    expect(chrome.content_scripts).toBeUndefined();
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    // Worker-first capture: no static popup, so the click reaches the worker (which opens the popup itself).
    expect(chrome.action.default_popup).toBeUndefined();
    // The one optional permission, asked for when the user turns on the library mark in the options page.
    expect(chrome.optional_permissions).toEqual(['tabs']);
    expect(chrome.commands['capture-page'].suggested_key.default).toBe('Alt+Shift+S');
    expect(existsSync('.output/chrome-mv3/extractor.js')).toBe(true);
    // Batch capture of other tabs asks for these at the click that needs them; nothing at install.
    expect(chrome.optional_permissions).toEqual(['tabs']);
    expect(chrome.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(existsSync('.output/chrome-mv3/batch-page.js')).toBe(true);
  });

  it('Firefox MV3: a gecko id, the same permissions, no host permissions', () => {
    const firefox = manifest('firefox-mv3');
    expect(firefox.manifest_version).toBe(3);
    expect(firefox.browser_specific_settings.gecko.id).toBe('zhengwen@zhengwen.dev');
    expect(firefox.permissions.sort()).toEqual(manifest('chrome-mv3').permissions.sort());
    expect(firefox.host_permissions).toBeUndefined();
    expect(firefox.optional_permissions).toEqual(['tabs']);
    // Firefox opens a popup only inside the click's own handler: its button keeps the popup, which captures.
    expect(firefox.action.default_popup).toBe('popup.html');
  });

  it('Firefox: web-ext lint finds no error and no warning of ours (Readability\'s and citation-js\'s innerHTML are their own)', () => {
    // web-ext exits non-zero on errors only; the JSON report lists warnings too.
    const report = JSON.parse(
      execFileSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'], { encoding: 'utf8' }),
    );
    expect(report.errors).toEqual([]);
    // A bundle that carries Readability (the extractor, the batch page script) or citation-js's HTML formatter.
    const library = (file: string) => /Readability|citation-js|citationjs|@citation/.test(readFileSync(`.output/firefox-mv3/${file}`, 'utf8'));
    const ours = report.warnings.filter((w: { code: string; file: string }) => !(w.code === 'UNSAFE_VAR_ASSIGNMENT' && library(w.file)));
    expect(ours).toEqual([]);
    // Those innerHTML warnings are the libraries': no source of ours assigns innerHTML.
    const ownSources = spawnSync('git', ['grep', '-l', 'innerHTML', '--', 'lib', 'entrypoints'], { encoding: 'utf8' });
    expect(ownSources.stdout).toBe('');
  });

  it('icons: assets/icons/icon-<size>.png, in the build at each size the manifest and the toolbar button list', () => {
    const pngSize = (file: string) => {
      const png = readFileSync(file);
      // The signature, then the IHDR chunk: width and height as 32-bit big-endian integers.
      expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      return [png.readUInt32BE(16), png.readUInt32BE(20)];
    };
    for (const target of ['chrome-mv3', 'firefox-mv3']) {
      const { icons, action } = manifest(target);
      expect(Object.keys(icons).sort(), target).toEqual(['128', '16', '32', '48']);
      expect(action.default_icon, target).toEqual(icons);
      for (const [size, path] of Object.entries<string>(icons)) {
        expect(pngSize(`.output/${target}/${path}`), `${target} ${path}`).toEqual([Number(size), Number(size)]);
        expect(readFileSync(`.output/${target}/${path}`)).toEqual(readFileSync(`assets/${path}`));
      }
    }
  });

  it('both locales define every message the English UI has', () => {
    const en = JSON.parse(readFileSync('.output/chrome-mv3/_locales/en/messages.json', 'utf8'));
    const zh = JSON.parse(readFileSync('.output/chrome-mv3/_locales/zh_CN/messages.json', 'utf8'));
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
});
