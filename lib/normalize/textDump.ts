// A raw text dump of a page (title, info lines, body, footer; as in tests/fixtures/seeds) → ArticleFields.

import type { ArticleFields, Script } from '../model';
import { headEnd, isBoilerplateLine, withDebrisMemo } from './boilerplate';
import { cleanBodyLines } from './bodyLines';
import { creditInBodyEnds, parseInfoLines, type InfoFields } from './byline';
import { dateFromUrl } from './date';
import { detectScript, repairPinyinDebris, toSimplified } from './script';
import { normalizeText, type UnicodeForm } from './text';
import { cleanTitle, splitHeadings } from './title';
import { CLAUSE_END, SENTENCE_END } from '../rules/prose';

export interface TextDumpOptions {
  url?: string;
  form?: UnicodeForm;
}

const MAX_HEADING = 60;
/** How many lines cut below a dump's body are read for its 来源 / 作者 / 编辑: a footer, not what an end marker cut off. */
const TAIL_INFO_LINES = 40;
const MAX_TITLE_BLOCK = 3;
/** Wording of a news 副题 under the main title (…会议召开 某某出席并讲话). */
const FACTUAL_SUBTITLE = /召开|举行|出席|讲话|主持|开幕|闭幕|印发|发布|通过/;
const SUBTITLE_DASH = /^\s*(?:——|—|--)/;
/** Last breadcrumb steps that name the page itself, not its column. */
const NOT_A_COLUMN = /^(?:正文|详情|详细|正文内容|内容|文章|详细内容|新闻详情|文章详情|信息详情)$/;
const BULLET_COLUMN = /^[-•·▪]\s+(\S{1,12})$/;
const BREADCRUMB_LINE = /^(?:您现在的位置|您的位置|你现在的位置|当前位置|所在位置|位置)\s*[:：](.*)$/;
const SITE_FROM_FOOTER: RegExp[] = [
  /版权所有\s*[:：]?\s*([^\s,，.。|]{2,30})/,
  /^©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^\s,，|]{2,30})/,
  /^([^\s:：]{2,20}?)\s+(?:备案号|ICP)/i,
];

function isHeadingLike(line: string): boolean {
  return line.length <= MAX_HEADING && !SENTENCE_END.test(line) && !CLAUSE_END.test(line) && !isBoilerplateLine(line) && !BULLET_COLUMN.test(line);
}

/** The title block at the top of a dump: 1–3 heading lines, then [pretitle?, title, subtitle?]. */
function titleBlock(lines: string[], from: number): { block: string[]; title: string | null } {
  const block: string[] = [];
  let i = from;
  for (; i < lines.length && block.length < MAX_TITLE_BLOCK && isHeadingLike(lines[i]); i++) block.push(lines[i]);
  // A run of short lines longer than a headline is body (a list, a poem), not a title.
  if (block.length === 0 || (i < lines.length && isHeadingLike(lines[i]))) return { block: [], title: null };
  if (block.length === 1) return { block, title: block[0] };
  if (block.length === 3) return { block, title: block[1] };
  const second = block[1];
  return { block, title: SUBTITLE_DASH.test(second) || FACTUAL_SUBTITLE.test(second) ? block[0] : second };
}

function columnFrom(headLines: string[]): string | null {
  for (const line of headLines) {
    const crumb = BREADCRUMB_LINE.exec(line.trim());
    if (crumb) {
      const steps = crumb[1]
        .split(/[>＞»›]/)
        .map((s) => s.trim())
        .filter((s) => s && !NOT_A_COLUMN.test(s));
      if (steps.length > 1) return steps[steps.length - 1];
    }
    const bullet = BULLET_COLUMN.exec(line.trim());
    if (bullet && !/\d/.test(bullet[1])) return bullet[1];
  }
  return null;
}

/** The site's own name as a footer states it (版权所有:投促中国, © 成华区融媒体中心, 常州长安网 备案号…). */
export function siteNameFromFooter(lines: string[]): string | null {
  for (const pattern of SITE_FROM_FOOTER) {
    for (const line of lines) {
      const m = pattern.exec(line.trim());
      if (m) return m[1];
    }
  }
  return null;
}

function mergeInfo(a: InfoFields, b: InfoFields): InfoFields {
  return {
    published_at: a.published_at ?? b.published_at,
    source: a.source ?? b.source,
    issuer: a.issuer ?? b.issuer,
    index_no: a.index_no ?? b.index_no,
    doc_no: a.doc_no ?? b.doc_no,
    author: a.author ?? b.author,
    editor: a.editor ?? b.editor,
    views: a.views ?? b.views,
  };
}

/** Converts only Traditional text; Simplified text is returned untouched. */
function simplify(lines: string[], script: Script): string[] {
  return script === 'zh-Hant' ? lines.map(toSimplified) : lines;
}

/**
 * A raw text dump → ArticleFields: the title block and the debris before it found, then the one body stage
 * (cleanBodyLines) as for pages; Traditional converted, the original kept.
 */
export function normalizeTextDump(text: string, opts: TextDumpOptions = {}): ArticleFields {
  return withDebrisMemo(() => normalizeDump(text, opts));
}

function normalizeDump(text: string, opts: TextDumpOptions): ArticleFields {
  const original = normalizeText(repairPinyinDebris(text), opts.form ?? 'NFC')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const script = detectScript(original.join('\n'));
  const lines = simplify(original, script);

  const head = headEnd(lines, {}, true);
  const { block, title: rawTitle } = titleBlock(lines, head);
  const title = rawTitle === null ? null : cleanTitle(rawTitle);
  const { pretitle, subtitle } = title ? splitHeadings(block, rawTitle!) : { pretitle: null, subtitle: null };
  const bodyFrom = head + block.length;
  const body = cleanBodyLines(lines.slice(bodyFrom), original.slice(bodyFrom), { title: rawTitle, headings: block });
  const removedHead = [...lines.slice(0, head), ...body.headRemoved];
  const info = mergeInfo(parseInfoLines(removedHead), parseInfoLines(body.tailRemoved.slice(0, TAIL_INFO_LINES)));

  const converted = script === 'zh-Hant';
  return {
    url: opts.url ?? '',
    canonical_url: null,
    title,
    pretitle,
    subtitle,
    published_at: info.published_at ?? (opts.url ? dateFromUrl(opts.url) : null),
    source: info.source,
    issuer: info.issuer,
    index_no: info.index_no,
    doc_no: info.doc_no,
    print_page: null,
    author: info.author ?? body.byline ?? creditInBodyEnds(body.lines),
    editor: info.editor,
    site_name: siteNameFromFooter(body.tailRemoved),
    column: columnFrom(removedHead),
    keywords: [],
    description: null,
    views: info.views,
    lang: null,
    script_original: script,
    text: body.lines.join('\n'),
    text_original: converted ? body.original.join('\n') : null,
    title_original: converted && rawTitle !== null ? cleanTitle(original[head + block.indexOf(rawTitle)]) : null,
  };
}
