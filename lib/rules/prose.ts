// What makes a line prose, the one copyright test and the one way strings are compared without their spaces: shared
// by the extractor (in the page) and the normalizer, so that "a sentence" means the same thing everywhere.

/** A line that ends a sentence: 。！？!?… with a closing quote or bracket after it. */
export const SENTENCE_END = /[。！？!?…]["”’」』)）]?$/;

/** A line that ends a clause and so runs on (，；：): a heading never ends so. */
export const CLAUSE_END = /[，,；;：:]$/;

/** Punctuation that marks prose anywhere in a block: a sentence mark or a clause's ；. */
export const SENTENCE_MARK = /[。！？；!?…]/;

/**
 * The vertical bars pages write between a label and its value and between credits (编辑|某某, 文丨张三, 作者︱春春):
 * ASCII, fullwidth and the look-alikes. For use inside a character class.
 */
export const BARS = '|｜∣︱丨┃│';

/** A Han character that is not 丨, the Han look-alike of a bar: where a Han boundary is tested, 丨 is no letter. */
export const HAN_LETTER = '(?:(?!丨)\\p{Script=Han})';

/** s without any spaces (ASCII, no-break, ideographic): how titles, headings and lines are compared. */
export function compact(s: string): string {
  return s.replace(/[\s\u00A0\u3000]+/g, '');
}

const COPYRIGHT = /^\(c\)|©|copyright|版权所有|版權所有|allrightsreserved/i;

/** A copyright line (© 2005-2023 某某网 版权所有, Copyright All Rights Reserved): a footer, its years no date. */
export function isCopyrightLine(line: string): boolean {
  return COPYRIGHT.test(compact(line));
}
