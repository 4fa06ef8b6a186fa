// Helpers that turn the rule layer's word lists (one entry a line) into sets and regex alternations.

/** The entries of a list written one a line (blank lines and `#` comments skipped). */
export function words(list: string): string[] {
  return list
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/** An alternation of the words, longest first so that 责任编辑 wins over 编辑; regex characters escaped. */
export function alternation(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(REGEX_SPECIAL, '\\$&'))
    .join('|');
}
