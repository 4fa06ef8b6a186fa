import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CaptureOutcome } from '@/lib/messages';
import { buildCaptureRecord } from '@/lib/store/record';
import { renderCaptureCard, renderDeletedCard } from '@/lib/ui/captureCard';
import { renderCaptureList } from '@/lib/ui/captureList';
import { makeFields } from '../helpers/fields';
import { useLocale } from '../helpers/i18n';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const text = (card: HTMLElement, testid: string) => card.querySelector(`[data-testid="${testid}"]`)?.textContent ?? null;

async function record(overrides = {}) {
  return buildCaptureRecord(makeFields(overrides), { now: new Date('2026-11-22T02:00:00Z'), hasHtml: false, fingerprint: '', nearDuplicateOf: null });
}

describe('capture card', () => {
  beforeEach(() => useLocale('zh_CN'));

  it('shows what a researcher checks after a capture: title, site, date, source, author, length, first lines', async () => {
    const card = renderCaptureCard(document, { kind: 'stored', record: await record(), created: true });
    expect(card.dataset.state).toBe('stored');
    expect(text(card, 'card-status')).toBe('已采集');
    expect(text(card, 'card-title')).toBe('常州举行庆祝中国共产党成立101周年座谈会');
    expect(text(card, 'card-site')).toBe('常州长安网');
    expect(text(card, 'card-date')).toBe('发布 2022-07-01 10:30');
    expect(text(card, 'card-source')).toBe('来源 常州市委政法委');
    expect(text(card, 'card-author')).toBe('作者 —');
    expect(text(card, 'card-chars')).toBe('62 字');
    expect(text(card, 'card-excerpt')).toContain('7月1日上午');
  });

  it('says when a huge page was stored without its snapshot', async () => {
    const card = renderCaptureCard(document, { kind: 'stored', record: await record(), created: true, snapshotTooLarge: true });
    expect(text(card, 'card-message')).toContain('快照');
  });

  it('renders captured text as text, never as markup', async () => {
    const card = renderCaptureCard(document, {
      kind: 'stored',
      record: await record({ title: '<img src=x onerror=alert(1)>标题', text: '<script>alert(1)</script>正文内容足够长的一段话。' }),
      created: true,
    });
    expect(card.querySelector('img, script')).toBeNull();
    expect(text(card, 'card-title')).toBe('<img src=x onerror=alert(1)>标题');
  });

  it('offers Update for a URL already captured, and Delete', async () => {
    const onUpdate = vi.fn();
    const onDelete = vi.fn();
    const stored = await record();
    const card = renderCaptureCard(document, { kind: 'already-captured', record: stored }, { onUpdate, onDelete });
    expect(text(card, 'card-status')).toMatch(/^此网址已于 .+ 采集$/);
    (card.querySelector('[data-testid=update]') as HTMLButtonElement).click();
    (card.querySelector('[data-testid=delete]') as HTMLButtonElement).click();
    expect(onUpdate).toHaveBeenCalledOnce();
    expect(onDelete).toHaveBeenCalledWith(stored);
  });

  it.each<[CaptureOutcome, string, string]>([
    [{ kind: 'no-article', url: 'https://x.gov.cn/' }, '未识别到正文', '未保存任何内容'],
    [{ kind: 'restricted', url: 'chrome://version', reason: 'browser-page' }, '无法采集此页面', '浏览器不允许'],
    [{ kind: 'restricted', url: 'file:///a.html', reason: 'file-access' }, '无法采集此页面', '允许访问文件网址'],
    [{ kind: 'error', url: null, code: 'storage-full', message: 'QuotaExceededError' }, '采集失败', '已保存的内容不受影响'],
    [{ kind: 'error', url: null, code: 'no-reply', message: 'the background worker did not answer' }, '采集失败', '后台没有回应'],
  ])('explains %j', (outcome, status, message) => {
    const card = renderCaptureCard(document, outcome);
    expect(text(card, 'card-status')).toBe(status);
    expect(text(card, 'card-message')).toContain(message);
    expect(card.querySelector('button')).toBeNull();
  });

  it('says "No article text found" in English', () => {
    useLocale('en');
    expect(text(renderCaptureCard(document, { kind: 'no-article', url: 'https://x.gov.cn/' }), 'card-status')).toBe('No article text found');
  });

  it('after Delete, offers Undo', () => {
    const onUndo = vi.fn();
    const card = renderDeletedCard(document, onUndo);
    (card.querySelector('[data-testid=undo]') as HTMLButtonElement).click();
    expect(onUndo).toHaveBeenCalledOnce();
  });
});

describe('recent list', () => {
  beforeEach(() => useLocale('zh_CN'));

  it('lists title, site and publish day', async () => {
    const list = renderCaptureList(document, [await record()], false);
    const item = list.querySelector('li')!;
    expect(item.querySelector('.title')!.textContent).toBe('常州举行庆祝中国共产党成立101周年座谈会');
    expect(item.querySelector('.site')!.textContent).toBe('常州长安网');
    expect(item.querySelector('.date')!.textContent).toBe('2022-07-01');
  });

  it('a record with an address that is no URL (stored before import checked them) does not blank the list', async () => {
    const bad = { ...(await record()), site_name: null, url: '不是网址' };
    const list = renderCaptureList(document, [await record(), bad], false);
    expect([...list.querySelectorAll('.site')].map((site) => site.textContent)).toEqual(['常州长安网', '不是网址']);
  });

  it('says when nothing matches a search, and when nothing is captured yet', () => {
    expect(renderCaptureList(document, [], true).textContent).toBe('没有匹配的采集。');
    expect(renderCaptureList(document, [], false).textContent).toContain('尚未采集');
  });
});
