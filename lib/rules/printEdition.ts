// The print-edition citation party-newspaper sites put under a reposted article: 《人民日报》（2024年05月10日 04 版）.
// The line is no text; it names the newspaper (the source when the page names no other) and the page (版次).

export interface PrintCitation {
  newspaper: string;
  /** ISO date of the issue. */
  date: string;
  /** The page as printed: 04, A01, 2. */
  page: string;
}

const PRINT_CITATION =
  /^[\s—–\-－]*[(（]?\s*《\s*([^《》]{2,20}?)\s*》\s*[(（]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:第\s*)?([A-Za-z]?\d{1,3})\s*版\s*[)）]\s*[)）]?$/u;

export function readPrintCitation(line: string): PrintCitation | null {
  const m = PRINT_CITATION.exec(line.replace(/[\u00A0\u3000]/g, ' ').trim());
  if (!m) return null;
  const [, newspaper, y, mo, d, page] = m;
  return { newspaper: newspaper.trim(), date: `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`, page };
}
