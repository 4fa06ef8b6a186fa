// A capture's identity is its canonical URL: the same article captured twice gets the same id.

const TRACKING_PARAM = /^(utm_|spm$|from$|isappinstalled$)/i;

/** The URL an article is keyed by: canonical when the page gives one on the same site, no fragment, no tracking params. */
export function captureKeyUrl(pageUrl: string, canonicalUrl: string | null): string {
  const chosen = canonicalUrl && sameSite(pageUrl, canonicalUrl) ? canonicalUrl : pageUrl;
  let url: URL;
  try {
    url = new URL(chosen);
  } catch {
    return chosen;
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) {
    if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  }
  return url.toString();
}

/** A canonical link to another host is often a template mistake (every page pointing at the portal home). */
function sameSite(a: string, b: string): boolean {
  try {
    const hostA = new URL(a).hostname.replace(/^www\./, '');
    const hostB = new URL(b).hostname.replace(/^www\./, '');
    return hostA === hostB && new URL(b).pathname.length > 1;
  } catch {
    return false;
  }
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** First 16 hex digits of SHA-256 of the key URL. */
export async function captureId(keyUrl: string): Promise<string> {
  return (await sha256Hex(keyUrl)).slice(0, 16);
}
