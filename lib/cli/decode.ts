// Decodes saved HTML bytes as a browser would: BOM; else strict UTF-8; else the declared charset; else GB18030.

/** How many leading bytes are searched for a <meta> charset declaration (browsers prescan 1024; pages pad). */
const PRESCAN_BYTES = 4096;

const BOMS: Array<{ bytes: number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const bom of BOMS) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) return { encoding: bom.encoding, length: bom.bytes.length };
  }
  return null;
}

/** GB2312 and GBK pages use GBK extensions freely; GB18030 is their superset. */
export function widenEncoding(label: string): string {
  const l = label.trim().toLowerCase();
  if (l === 'gb2312' || l === 'gbk' || l === 'x-gbk' || l === 'gb_2312-80' || l === 'cp936') return 'gb18030';
  return l;
}

/**
 * The charset of a <meta charset> or <meta http-equiv="Content-Type" content="…charset=…"> tag in the first bytes.
 * Only <meta> tags count: <script charset> names the script's encoding, not the page's.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const tag of head.match(/<meta\b[^>]*>/gi) || []) {
    // Covers both <meta charset="gbk"> and content="text/html; charset=gbk".
    const m = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (m) return m[1];
  }
  return null;
}

function tryDecode(bytes: Uint8Array, encoding: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

export interface Decoded {
  text: string;
  /** The encoding actually used. */
  encoding: string;
}

/** @param httpCharset the charset of the HTTP Content-Type (archived responses): it outranks the page's <meta>. */
export function decodeHtml(bytes: Uint8Array, httpCharset: string | null = null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom) return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), encoding: bom.encoding };
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const declared = httpCharset ?? declaredCharset(bytes);
  if (declared) {
    const encoding = widenEncoding(declared);
    const text = tryDecode(bytes, encoding, false);
    if (text !== null) return { text, encoding };
  }
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
}
