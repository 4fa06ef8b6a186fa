// Titles: site names cut off document titles, 引题 / 副题 told apart from the main title.

import { BARS, compact } from '../rules/prose';
import { repairPinyinDebris } from './script';

/**
 * Endings of site and column names that pages append to their titles; 报 as in 日报, not the documents 通报 / 举报 /
 * 预报 / 公报 / 简报 / 喜报 … that titles are (警情通报 - 某某公安局).
 */
const SITE_LIKE =
  /(网|網|网站|网站群|政府|人民政府|门户|门户网站|融媒体|融媒体中心|(?<![通举预公简情申上回捷喜舉預簡])[报報]|新闻|新聞|频道|中心|在线|官网|客户端|电视台|广播电视台|长安网|委员会|政法委|纪委监委|宣传部|组织部|发布|杂志社|报社|博客|论坛|百科|·.+)$/i;
/** A site named in Latin words after a Chinese title (标题 - Taiwan News Online). */
const LATIN_SITE = /^(?:[A-Za-z][\w.&'’-]*\s+)+[A-Za-z][\w.&'’-]*$/;
const HAN = /\p{Script=Han}/u;
/** Forum software credits in titles (`… - powered by Discuz! Archiver`), whatever their length. */
const POWERED_BY = /^powered by\b/i;
/** Separators between a title and a site name, longest first; runs (标题__栏目) count as one. */
const SEPARATOR = new RegExp(`\\s+[-–—${BARS}_»›]\\s+|\\s*(?:——|--|\\|\\||::|_+|[${BARS}»›])\\s*|(?<=\\S)[-–](?=\\S)`, 'gu');
/** After `|` or `_`, a short plain part that the title dwarfs is a site or column name (标题|游民星空). */
const BAR_OR_UNDERSCORE = new RegExp(`^\\s*(?:_+|[${BARS}])\\s*$`, 'u');
const MAX_SHORT_SUFFIX = 8;
const SHORT_SUFFIX_RATIO = 2;
const SENTENCE_PUNCTUATION = /[。，！？,!?；;：:“”"]/;
const MAX_SITE_LENGTH = 24;
/** Column names between a title and a site name (_要闻_xx市人民政府): short and plain. */
const MAX_COLUMN_LENGTH = 8;

function normalizeSpaces(s: string): string {
  return s.replace(/[\s\u00A0\u3000]+/g, ' ').trim();
}

/** `inHanTitle`: the title around the part is Chinese, so a part in Latin words is a site's name, not the title's. */
export function isSiteName(part: string, siteNames: string[], inHanTitle = true): boolean {
  const p = part.trim();
  if (POWERED_BY.test(p)) return true;
  if (!p || p.length > MAX_SITE_LENGTH || SENTENCE_PUNCTUATION.test(p)) return false;
  if (siteNames.some((name) => name && (p === name || p === normalizeSpaces(name)))) return true;
  return SITE_LIKE.test(p) || (inHanTitle && LATIN_SITE.test(p)) || /\.(?:com|cn|net|org|gov)\b/i.test(p);
}

function isShortSuffix(part: string, separator: string, title: string): boolean {
  const p = part.trim();
  return (
    BAR_OR_UNDERSCORE.test(separator) &&
    p.length > 0 &&
    p.length <= MAX_SHORT_SUFFIX &&
    !SENTENCE_PUNCTUATION.test(p) &&
    !/\d/.test(p) &&
    title.trim().length >= p.length * SHORT_SUFFIX_RATIO
  );
}

/** A document series after the title (…的决议__2007年第23号国务院公报): cut like a site name. */
const SERIES_SUFFIX = /^\s*(?:19|20)\d{2}\s*年\s*第\s*\d+\s*[号期號].{0,16}$/u;
/** The publishing unit a portal writes after the title, before its own name: 标题 东区办事处_中山网. */
const SPACED_UNIT_SUFFIX = /\s+\p{Script=Han}{2,12}(?:办事处|街道办|管委会|人民政府|委员会|办公室|政府|局|委|办|中心)$/u;
const MIN_TITLE_BEFORE_UNIT = 10;
/** A space pages put between a number and 年 / 月 / 日 (2007 年) is no part of the title. */
const SPACE_BEFORE_DATE_UNIT = /(?<=\d)\s+(?=[年月日号期])/gu;

function isColumnName(part: string): boolean {
  const p = part.trim();
  return p.length > 0 && p.length <= MAX_COLUMN_LENGTH && !SENTENCE_PUNCTUATION.test(p) && !/\d{4}/.test(p);
}

/** Splits at separators, keeping what each separator was (to rebuild a title whose dash was part of it). */
function splitParts(title: string): { parts: string[]; separators: string[] } {
  const parts: string[] = [];
  const separators: string[] = [];
  let last = 0;
  for (const m of title.matchAll(SEPARATOR)) {
    parts.push(title.slice(last, m.index));
    separators.push(m[0]);
    last = m.index + m[0].length;
  }
  parts.push(title.slice(last));
  return { parts, separators };
}

/** Blog platforms title a post `文章 @ 博客名 :: 平台 ::`: a spaced @ with a title before it starts the blog's name. */
const BLOG_SUFFIX = /\s+@\s+\S.*$/;
const MIN_BLOG_TITLE = 4;
/** A separator left dangling at the end (`… :: 痞客邦 PIXNET ::`). */
const DANGLING_SEPARATOR = new RegExp(`\\s*(?:::|\\|\\||[${BARS}_])\\s*$`, 'u');

/** Paging that article pages append to their titles: (第1页/共2页). */
const PAGE_OF_PAGES = /\s*[(（]\s*第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页\s*[)）]\s*$/;

function withoutBlogSuffixOrPaging(title: string): string {
  const m = BLOG_SUFFIX.exec(title);
  const cut = m && m.index >= MIN_BLOG_TITLE ? title.slice(0, m.index) : title;
  return cut.replace(DANGLING_SEPARATOR, '').replace(PAGE_OF_PAGES, '');
}

/**
 * The title without a site name suffix or prefix (` - 常州长安网`, `_xx市人民政府`, `新华网 | `) and without pinyin
 * debris (統(tǒng)一); never cuts inside a title.
 */
export function cleanTitle(raw: string, siteNames: string[] = []): string {
  const title = withoutBlogSuffixOrPaging(normalizeSpaces(repairPinyinDebris(raw)));
  const { parts, separators } = splitParts(title);
  if (parts.length === 1) return title.replace(SPACE_BEFORE_DATE_UNIT, '');
  let first = 0;
  let last = parts.length - 1;
  let cutSuffix = false;
  const han = HAN.test(title);
  const rest = (from: number, to: number) => parts.slice(from, to + 1).join('');
  while (
    last > first &&
    (isSiteName(parts[last], siteNames, han) ||
      SERIES_SUFFIX.test(parts[last]) ||
      isShortSuffix(parts[last], separators[last - 1], rest(first, last - 1)))
  ) {
    last--;
    cutSuffix = true;
  }
  // A column between the title and a site name: 标题_要闻_xx市人民政府.
  while (cutSuffix && last > first && isColumnName(parts[last]) && parts[last].length < rest(first, last - 1).length) last--;
  // A site name before the title: 新华网 | 标题. The title must be the longer part.
  while (first < last && isSiteName(parts[first], siteNames, han) && parts[first].length < rest(first + 1, last).length) first++;
  let result = parts[first];
  for (let i = first + 1; i <= last; i++) result += separators[i - 1] + parts[i];
  result = result.trim();
  const unit = cutSuffix ? SPACED_UNIT_SUFFIX.exec(result) : null;
  if (unit && unit.index >= MIN_TITLE_BEFORE_UNIT) result = result.slice(0, unit.index);
  return result.replace(SPACE_BEFORE_DATE_UNIT, '') || title;
}

export interface HeadingSplit {
  pretitle: string | null;
  subtitle: string | null;
}

export { compact } from '../rules/prose';

const SUBTITLE_DASH = /^\s*(?:——|—|--|－－)\s*/;

/**
 * 引题 (the heading just before the main title) and 副题 (the heading just after it, often `——记…`).
 * Headings are in page order; the title is matched ignoring spaces.
 */
export function splitHeadings(headings: string[], title: string): HeadingSplit {
  const target = compact(title);
  const clean = headings.map(normalizeSpaces).filter(Boolean);
  const at = clean.findIndex((h) => compact(h) === target || compact(cleanTitle(h)) === target);
  if (at < 0) {
    const dashed = clean.find((h) => SUBTITLE_DASH.test(h));
    return { pretitle: null, subtitle: dashed ? dashed.replace(SUBTITLE_DASH, '') || null : null };
  }
  const before = clean[at - 1];
  const after = clean[at + 1];
  const isOther = (h: string | undefined): h is string => !!h && compact(h) !== target && !target.includes(compact(h));
  return {
    pretitle: isOther(before) ? before : null,
    subtitle: isOther(after) ? after.replace(SUBTITLE_DASH, '') || null : null,
  };
}
