// Unicode and whitespace clean-up shared by every other normalizer.

export type UnicodeForm = 'NFC' | 'NFKC';

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const NO_BREAK_SPACE = /[\u00A0\u2007\u202F]/g;
const LINE_BREAK = /\r\n?|[\u2028\u2029\u0085]/g;
const LEADING_INDENT = /^[ \u3000]+/gm;
const TRAILING_SPACE = /[ \t\u3000]+$/gm;
const BLANK_RUN = /\n{3,}/g;
const SPACE_RUN = / {2,}/g;
/** Han, kana, CJK punctuation and full-width forms: no space is needed between two of them. */
const CJK_CHAR = /[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF\u{20000}-\u{3FFFF}]/u;

/** Unicode form, NBSP → space, invisible characters removed, indentation and trailing spaces trimmed, blank runs collapsed. */
export function normalizeText(s: string, form: UnicodeForm = 'NFC'): string {
  return s
    .normalize(form)
    .replace(LINE_BREAK, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(NO_BREAK_SPACE, ' ')
    .replace(LEADING_INDENT, '')
    .replace(TRAILING_SPACE, '')
    .replace(BLANK_RUN, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** Joins two pieces of one paragraph: no space between CJK characters, one between anything else. */
function joinPieces(a: string, b: string): string {
  if (!a) return b;
  if (!b) return a;
  const last = a[a.length - 1];
  const first = b[0];
  return CJK_CHAR.test(last) || CJK_CHAR.test(first) ? a + b : `${a} ${b}`;
}

/** One line per block: breaks inside a paragraph joined, space runs collapsed (tabs of table rows kept), empty blocks dropped. */
export function blocksToLines(blocks: string[], form: UnicodeForm = 'NFC'): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    const pieces = normalizeText(block, form).split('\n');
    let line = '';
    for (const piece of pieces) line = joinPieces(line, piece.trim().replace(SPACE_RUN, ' '));
    if (line) lines.push(line);
  }
  return lines;
}
