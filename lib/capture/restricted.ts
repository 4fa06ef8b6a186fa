import type { RestrictedReason } from '../messages';

// Pages no extension may script: the browser's own pages, the extension galleries, other extensions.
const BROWSER_SCHEMES = /^(chrome|edge|brave|opera|vivaldi|about|chrome-extension|moz-extension|devtools|view-source|chrome-search|chrome-untrusted):/i;
const WEB_STORES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];

/**
 * Why a tab cannot be captured, judged from its URL before trying; null when we may try.
 * Without the `tabs` permission the browser hides the URL of exactly the pages activeTab does not cover
 * (its own pages, other extensions' pages), so an unknown URL is one of those.
 */
export function restrictedReason(url: string | undefined, fileAccessAllowed: boolean): RestrictedReason | null {
  if (!url) return 'browser-page';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (WEB_STORES.some((store) => store.test(url))) return 'web-store';
  if (/^file:/i.test(url) && !fileAccessAllowed) return 'file-access';
  return null;
}

/** Map the browser's refusal to inject into a reason a person can act on; null when it is not a refusal. */
export function reasonFromInjectionError(url: string | undefined, message: string): RestrictedReason | null {
  if (/gallery cannot be scripted|web ?store/i.test(message)) return 'web-store';
  if (/file:|file scheme|file URLs/i.test(message)) return 'file-access';
  if (/chrome:\/\/|cannot be scripted|Cannot access a chrome/i.test(message)) return 'browser-page';
  if (/Cannot access contents of|Missing host permission|must request permission/i.test(message)) {
    // Chromium's PDF viewer (and other non-HTML documents) refuse activeTab scripting with this message.
    return url && /\.pdf($|[?#])/i.test(url) ? 'pdf-viewer' : 'browser-page';
  }
  return null;
}
