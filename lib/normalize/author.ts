// The author field: who wrote the article, from the sources a page may name them in, in one written order.

import type { PageExtract } from '../model';
import { compact } from '../rules/prose';
import { stripMarkup } from '../rules/markup';
import { postedBy, type Body } from './bodyLines';
import { creditInBodyEnds, isLikelyName, namesUnderTitle, parseInfoLines, speakerOf, unspacedName, type InfoFields } from './byline';
import { firstMeta } from './metaValues';
import { toSimplified } from './script';

const AUTHOR_META_KEYS = [
  'author', 'article:author', 'og:article:author', 'dc.creator', 'byline', 'sailthru.author', 'citation_author',
];
const URL_LIKE = /^(https?:)?\/\/|^www\.|\.(com|cn|net|org)(\/|$)/i;

function jsonLdAuthor(objects: Record<string, unknown>[]): string | null {
  for (const o of objects) {
    const a = o['author'];
    const list = Array.isArray(a) ? a : a ? [a] : [];
    const names = list
      .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? (x as Record<string, unknown>)['name'] : null))
      .filter((n): n is string => typeof n === 'string' && n.trim().length > 0)
      .map((n) => n.trim());
    if (names.length) return names.join(' ');
  }
  return null;
}

const MAX_PERSON = 24;
const TRAILING_ASIDE = /[（(][^（）()]*[）)]$/u;
/** Words that end the names of outlets, units, channels and roles, not of people (中国经济网 财经频道, 大汉网络, 小编). */
const NOT_A_PERSON_ENDING =
  /(?:网|網|网络|網絡|频道|頻道|中心|报|報|社|台|局|部|委|办|辦|院|所|处|處|厅|廳|公司|集团|集團|政府|新闻|新聞|消息|资讯|資訊|科技|财经|財經|时报|時報|周刊|週刊|在线|在線|综合|綜合|站|杂志|雜誌|工作室|办公室|辦公室|委员会|委員會|协会|協會|联合会|聯合會|馆|館|署|法院|检察院|檢察院|平台|媒体|媒體|官方|官微|小编|小編|编辑|編輯|管理员|管理員|admin|administrator|editor|webmaster)$/i;

/** A CMS's author field holds a byline as typed (记者 武彩霞, 本报记者 张三 李四): read like a labelled 作者 line. */
function cmsAuthor(raw: string | undefined): string | null {
  return raw ? parseInfoLines([`作者：${raw}`]).author : null;
}

/**
 * A byline from metas, JSON-LD or Readability that names people: not the site, an outlet, a unit, a number, a URL,
 * a date or a description.
 */
function personLike(raw: string | null, sites: string[], title: string | null): string | null {
  if (!raw) return null;
  const t = unspacedName(stripMarkup(raw).replace(/\s+/g, ' ').trim());
  if (!t || t.length > MAX_PERSON || URL_LIKE.test(t) || /[，,。:：@]/.test(t) || /\d/.test(t)) return null;
  // A parenthesis after the name is an aside (正北方网（原北方新闻网）, a unit after a person's name): the word before it ends the name.
  if (t.split(' ').some((w) => NOT_A_PERSON_ENDING.test(w.replace(TRAILING_ASIDE, '')))) return null;
  if (title && compact(t) === compact(title)) return null;
  // A site's short name as author (网易 on 网易新闻) is not a person.
  return sites.some((n) => n === t || n.startsWith(t)) ? null : t;
}

/**
 * Readability's byline is a guess from class names and may be any short text (【华视新闻╱报导】, 我已授权): it
 * counts only when every word is a personal name.
 */
function namesOnlyByline(byline: string | null): string | null {
  if (!byline) return null;
  const words = byline.split(' ');
  const isName = (w: string) => isLikelyName(toSimplified(w)) || /^[A-Z][A-Za-z.'’-]+$/.test(w);
  return words.every(isName) ? byline : null;
}

/** Government sites (*.gov.cn) are never a person's: their rights holder is no author. */
function isGovernmentSite(url: string): boolean {
  try {
    return /\.gov(?:\.[a-z]{2})?$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/**
 * Old portal templates put the writer in the 来源 field (来源: 尹娟), and personal sites name their owner in the
 * copyright line (Copyright © 李建忠): a source or rights holder that is a personal name is the author.
 */
function personAsSource(source: string | null): string | null {
  return source && isLikelyName(toSimplified(source.trim())) ? source.trim() : null;
}

/** The names of both space-separated lists, each once, in order. */
function unionNames(a: string, b: string): string {
  const out: string[] = [];
  for (const n of [...a.split(' '), ...b.split(' ')]) if (!out.some((o) => toSimplified(o) === toSimplified(n))) out.push(n);
  return out.join(' ');
}

/** Where a speech's speaker line may stand: among the info lines, the lines cut above the body, or its first lines. */
const SPEAKER_HEAD_LINES = 6;
const SPEAKER_BODY_LINES = 2;

/** What the author sources read: the page's facts and what the other fields and the body stage found. */
export interface AuthorEvidence {
  x: PageExtract;
  sites: string[];
  title: string | null;
  subtitle: string | null;
  info: InfoFields;
  body: Body;
  ld: Record<string, unknown>[];
  /** The post line, the info lines and the lines at the body's end, where a forum or blog names its poster. */
  postLines: string[];
  /** The rights holder the footer's copyright line names. */
  footerHolder: string | null;
}

export interface AuthorSource {
  name: string;
  read: (e: AuthorEvidence) => string | null;
}

/**
 * Templates fill the author meta with the web editor's name, sometimes after the desk's (青网校园崔宁宁 beside
 * 责任编辑：崔宁宁): a name the page credits as its editor is no author.
 */
function notTheEditor(e: AuthorEvidence, a: string | null): string | null {
  if (!a || !e.info.editor) return a;
  const meta = a.trim();
  const deskAndName = (name: string) => name.length >= 2 && meta.endsWith(name) && !meta.includes(' ') && !isLikelyName(toSimplified(meta));
  return e.info.editor.split(' ').some((name) => meta === name || deskAndName(name)) ? null : a;
}

/** The author's sources, best first: the first that names somebody is the author. */
export const AUTHOR_SOURCES: readonly AuthorSource[] = [
  // A labelled 作者 and the reporters the text credits (本站讯（通讯员 李四）) are all the article's writers.
  {
    name: 'labelled line',
    read: (e) => (e.info.author && e.body.byline ? unionNames(e.info.author, e.body.byline) : e.info.author),
  },
  {
    name: 'speech speaker',
    read: (e) =>
      speakerOf([e.title, e.subtitle], [
        ...e.x.infoLines,
        ...e.body.headRemoved.slice(0, SPEAKER_HEAD_LINES),
        ...e.body.lines.slice(0, SPEAKER_BODY_LINES),
      ]),
  },
  { name: 'author meta', read: (e) => notTheEditor(e, personLike(firstMeta(e.x.meta, AUTHOR_META_KEYS), e.sites, e.title)) },
  { name: 'CMS record', read: (e) => notTheEditor(e, cmsAuthor(e.x.meta['enpproperty:author'])) },
  { name: 'JSON-LD', read: (e) => notTheEditor(e, personLike(jsonLdAuthor(e.ld), e.sites, e.title)) },
  {
    name: 'Readability byline',
    read: (e) => notTheEditor(e, namesOnlyByline(personLike(e.x.readability?.byline ?? null, e.sites, e.title))),
  },
  { name: 'body byline', read: (e) => e.body.byline },
  { name: 'credit at the body ends', read: (e) => creditInBodyEnds(e.body.lines) },
  { name: 'post line', read: (e) => postedBy(e.postLines) },
  { name: 'names under the title', read: (e) => namesUnderTitle(e.body.lines) },
  { name: 'person as source', read: (e) => personAsSource(e.info.source) },
  { name: 'footer rights holder', read: (e) => (isGovernmentSite(e.x.url) ? null : personAsSource(e.footerHolder)) },
];

/** The author: what the first of AUTHOR_SOURCES that names somebody gives; null when none does. */
export function authorOf(e: AuthorEvidence): string | null {
  for (const source of AUTHOR_SOURCES) {
    const found = source.read(e);
    if (found) return found;
  }
  return null;
}
