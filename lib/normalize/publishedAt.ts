// The publication time: the page's machine-readable dates, the one it shows readers, and the fallbacks, in one order.

import type { PageExtract } from '../model';
import { isCopyrightLine } from '../rules/prose';
import { POSTED_BY } from './bodyLines';
import { citedIssueDate, dateFromUrl, labeledDates, parseChineseDate, signedDate } from './date';
import { firstMeta, jsonLdString } from './metaValues';

/** Meta keys (lower-cased) that carry the publication time, best first. */
const DATE_META_KEYS = [
  'pubdate', 'enpproperty:date', 'publishdate', 'publish_date', 'publishtime', 'publish-time', 'article:published_time',
  'og:article:published_time', 'og:published_time', 'datepublished', 'dc.date.issued', 'dc.date', 'dcterms.issued',
  'dcterms.created', 'firstpublishedtime', 'ptime', 'releasedate', 'og:release_date', 'sailthru.date',
  'parsely-pub-date', 'weibo:article:create_at', 'og:time', 'pubtime', 'publishedtime', 'published_time', 'date',
  'createdate', 'created', 'wechat:published',
];
/** Meta keys of the last modification: a publication time only when the page states no other date. */
const MODIFIED_META_KEYS = ['dateupdate', 'datemodified', 'article:modified_time', 'og:updated_time'];

/** A date printed near the title without a label (2005年03月21日 11:21 《理财周刊》); never a copyright line. */
function visibleDate(infoLines: string[]): string | null {
  for (const line of infoLines) {
    if (isCopyrightLine(line)) continue;
    const d = parseChineseDate(line);
    if (d) return d;
  }
  return null;
}

const hasTime = (iso: string) => iso.includes('T');

/**
 * The publication time. The page's machine-readable date (metas, JSON-LD) and the one it shows readers (labelled
 * info lines, a date near the title) usually agree; on the same day the shown one wins, being what readers cite,
 * unless only the machine one has a time. On different days the machine one wins. Then a labelled date right under
 * the body, a forum post line, a citation of the issue the article comes from at its end, Readability, the URL,
 * the date the document is signed with, and only then the time of the last change.
 */
export function pickDate(
  x: PageExtract,
  infoDate: string | null,
  ld: Record<string, unknown>[],
  postLines: string[],
  underBody: string[],
  articleEnd: string[],
): string | null {
  const machineRaw = [firstMeta(x.meta, DATE_META_KEYS), jsonLdString(ld, 'datePublished'), jsonLdString(ld, 'dateCreated')];
  const machine = machineRaw.map((raw) => (raw ? parseChineseDate(raw) : null)).find((d) => d) ?? null;
  const shown = infoDate ?? visibleDate(x.infoLines);
  if (machine && shown) {
    const sameDay = machine.slice(0, 10) === shown.slice(0, 10);
    return sameDay && (hasTime(shown) || !hasTime(machine)) ? shown : machine;
  }
  if (machine || shown) return machine ?? shown;
  // A labelled 发布时间 right under the body (其后 come lists, whose dates are never taken).
  const under = labeledDates(underBody).published;
  if (under) return under;
  // A blog or forum post line at the body's end (本贴由 某某 于2005年8月12日16:12:21).
  const posted = postLines.find((l) => POSTED_BY.some((p) => p.test(l)));
  const postedDate = posted ? parseChineseDate(posted) : null;
  if (postedDate) return postedDate;
  // A reprint's closing citation (——《北京之春》1998年3月号) dates the issue it first appeared in.
  const cited = articleEnd.map(citedIssueDate).find((d) => d);
  if (cited) return cited;
  const readabilityDate = x.readability?.publishedTime ? parseChineseDate(x.readability.publishedTime) : null;
  const urlDate = dateFromUrl(x.canonicalUrl || x.url) ?? (x.canonicalUrl ? dateFromUrl(x.url) : null);
  // A document's signing date (落款) closing it is its 成文日期: later than nothing, earlier than its last change.
  const signed = articleEnd.map(signedDate).find((d) => d) ?? null;
  return readabilityDate ?? urlDate ?? signed ?? modifiedDate(x, ld);
}

/** The machine-readable time of the last change (dateUpdate, dateModified): like a labelled 更新时间, a last resort. */
function modifiedDate(x: PageExtract, ld: Record<string, unknown>[]): string | null {
  const raw = firstMeta(x.meta, MODIFIED_META_KEYS) ?? jsonLdString(ld, 'dateModified');
  return raw ? parseChineseDate(raw) : null;
}

