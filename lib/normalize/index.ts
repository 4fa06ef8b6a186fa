// Public surface of the pure string normalizers (no DOM: runs in the service worker and in Node).

export { normalizeText, blocksToLines, type UnicodeForm } from './text';
export { parseChineseDate, findLabeledDate, dateFromUrl } from './date';
export {
  parseInfoLines,
  trailingByline,
  leadingByline,
  withoutTrailingByline,
  withoutLeadingByline,
  type InfoFields,
} from './byline';
export { cleanTitle, splitHeadings, type HeadingSplit } from './title';
export { detectScript, toSimplified, repairPinyinDebris } from './script';
export { stripBoilerplateLines, isBoilerplateLine, headEnd, tailStart, type BoilerplateContext, type StripResult } from './boilerplate';
export { normalizeTextDump, siteNameFromFooter, type TextDumpOptions } from './textDump';
export { normalizeArticle } from './article';
