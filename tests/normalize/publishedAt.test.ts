// The publication time's fallbacks: a document's signing date (落款) counts only when the page states no other date.
import { describe, expect, it } from 'vitest';
import { normalizeArticle } from '../../lib/normalize/article';
import { extractPage } from '../../lib/extract/index';
import { loadDocument } from '../extract/helpers';

const P = '会议强调，要坚持党建引领，健全完善县、乡、村、网格四级组织体系，推动党组织向网格、楼栋、小区延伸，切实把党的政治优势转化为基层治理效能。';
const SIGNED = '<p>某县人民政府办公室</p><p>2024年5月10日</p>';

function dateOf(info: string, url = 'http://www.example.gov.cn/xw/content_1.html'): string | null {
  const doc = loadDocument(`<!DOCTYPE html><html><head><title>某县关于做好防汛工作的通知_某县人民政府</title></head><body>
    <h1>某县关于做好防汛工作的通知</h1>${info}<div id="zoom"><p>${P}</p><p>${P}</p>${SIGNED}</div>
    <div class="footer">主办单位：某县人民政府办公室</div></body></html>`);
  return normalizeArticle(extractPage(doc, { keepHtml: false, url })).published_at;
}

describe('the publication time', () => {
  it('falls back to the date the document is signed with', () => {
    expect(dateOf('')).toBe('2024-05-10');
  });

  it('takes a shown date and the URL date over the signing date', () => {
    expect(dateOf('<div class="info">发布时间：2024-05-13 09:00</div>')).toBe('2024-05-13T09:00+08:00');
    expect(dateOf('', 'http://www.example.gov.cn/xw/202405/t20240513_123456.html')).toBe('2024-05-13');
  });
});
