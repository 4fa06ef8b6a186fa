import { i18n } from '#i18n';
import type { CaptureRecord } from '../model';
import { siteOf } from '../library/query';
import { el, formatPublished } from './dom';

/** The popup's list of recent captures: title, site and publish date, newest capture first. */
export function renderCaptureList(doc: Document, records: CaptureRecord[], searching: boolean): HTMLElement {
  if (records.length === 0) {
    return el(doc, 'p', { 'data-testid': 'recent-list', class: 'empty' }, searching ? i18n.t('listNoMatches') : i18n.t('listEmpty'));
  }
  return el(
    doc,
    'ul',
    { 'data-testid': 'recent-list', class: 'recent' },
    ...records.map((record) =>
      el(
        doc,
        'li',
        { 'data-id': record.id },
        el(doc, 'a', { class: 'title', href: record.url, target: '_blank', rel: 'noreferrer', title: record.title ?? '' }, record.title ?? record.url),
        el(doc, 'span', { class: 'site' }, siteOf(record)),
        el(doc, 'span', { class: 'date' }, formatPublished(record.published_at).slice(0, 10)),
      ),
    ),
  );
}
