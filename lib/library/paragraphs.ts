// The reader shows a long text a run of paragraphs at a time: a 50 MB record has 85,000 of them, and laying them
// all out at once kept the reader from opening for seconds. Pure string functions, no DOM.

export interface ParagraphRun {
  /** The non-blank lines from `from` on, in order. */
  lines: string[];
  /** Where the next run starts, or null when this run reaches the end of the text. */
  next: number | null;
}

/**
 * The non-blank lines of `text` from character `from` (a line start), taken until they hold `maxChars` characters
 * (always at least one line). Only that part of the text is read: no split of the whole.
 */
export function paragraphRun(text: string, from: number, maxChars: number): ParagraphRun {
  const lines: string[] = [];
  let chars = 0;
  let start = from;
  while (start < text.length && (chars < maxChars || lines.length === 0)) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end === -1 ? text.length : end);
    if (line.trim() !== '') {
      lines.push(line);
      chars += line.length;
    }
    start = end === -1 ? text.length : end + 1;
  }
  return { lines, next: start < text.length ? start : null };
}
