import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { itemsToEnqueue, type BatchItem } from '@/lib/batch/queue';
import type { BatchView } from '@/lib/messages';
import { renderBatchQueue, summaryText } from '@/lib/ui/batchQueue';
import { renderLinkPicker } from '@/lib/ui/linkPicker';
import { useLocale } from '../helpers/i18n';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const buttons = (panel: HTMLElement) =>
  Object.fromEntries([...panel.querySelectorAll('button')].map((b) => [b.textContent, !(b as HTMLButtonElement).disabled]));

const queued = itemsToEnqueue([], ['a', 'b', 'c'].map((n) => ({ url: `http://x.gov.cn/${n}.html`, title: `标题${n}`, date: null })), (u) => u);
const view = (state: BatchView['run']['state'], items: BatchItem[]): BatchView => ({ run: { state, tab_id: 1, reason: null }, items });
const noop = { onControl: vi.fn(), onCopySummary: vi.fn(), onSaveCsv: vi.fn() };

describe('batch queue panel', () => {
  beforeEach(() => useLocale('zh_CN'));

  it('names its controls as the issue does, enabled for what can be done now', () => {
    const [a, b, c] = queued as [BatchItem, BatchItem, BatchItem];
    const running = renderBatchQueue(document as unknown as Document, view('running', [{ ...a, status: 'stored' }, { ...b, status: 'running' }, c]), noop);
    expect(buttons(running)).toMatchObject({ 暂停: true, 继续: false, 取消: true, 重试失败项: false });
    expect(running.querySelector('[data-testid=batch-progress]')?.textContent).toBe('进行中 · 第 1 / 3 篇');
    expect(running.querySelector('[data-testid=batch-current]')?.textContent).toBe('标题b');

    const paused = renderBatchQueue(document as unknown as Document, view('paused', [{ ...a, status: 'failed', reason: 'HTTP 500' }, b, c]), noop);
    expect(buttons(paused)).toMatchObject({ 暂停: false, 继续: true, 取消: true, 重试失败项: true, 复制摘要: true, '保存 CSV': true });
    expect(paused.querySelector('li[data-status=failed] .reason')?.textContent).toBe('HTTP 500');
  });

  it('sends the control pressed', () => {
    const onControl = vi.fn();
    const panel = renderBatchQueue(document as unknown as Document, view('running', queued), { ...noop, onControl });
    ([...panel.querySelectorAll('button')].find((b) => b.textContent === '暂停') as HTMLButtonElement).click();
    expect(onControl).toHaveBeenCalledWith('pause');
  });

  it('shows captured titles as text, never as markup', () => {
    const hostile = { ...queued[0]!, status: 'stored' as const, title: '<img src=x onerror=alert(1)>标题' };
    const panel = renderBatchQueue(document as unknown as Document, view('done', [hostile]), noop);
    expect(panel.querySelector('img')).toBeNull();
    expect(panel.querySelector('li .title')?.textContent).toBe('<img src=x onerror=alert(1)>标题');
  });

  it('the summary text: counts, then a line per page with its reason', () => {
    const [a, b] = queued as [BatchItem, BatchItem];
    expect(summaryText([{ ...a, status: 'stored' }, { ...b, status: 'failed', reason: 'HTTP 404 Not Found' }])).toBe(
      '已保存 1 · 已采集过 0 · 无正文 0 · 失败 1 · 已取消 0\n已保存\thttp://x.gov.cn/a.html\n失败\thttp://x.gov.cn/b.html\tHTTP 404 Not Found',
    );
  });
});

describe('link picker', () => {
  beforeEach(() => useLocale('en'));

  it('ticks new links, leaves captured ones unticked, and starts with what is ticked', () => {
    const onStart = vi.fn();
    const picker = renderLinkPicker(
      document as unknown as Document,
      [
        { url: 'http://x.gov.cn/a.html', title: 'A', date: '2024-03-05', captured: false },
        { url: 'http://x.gov.cn/b.html', title: 'B', date: null, captured: true },
      ],
      '2 article links on 1 list pages',
      onStart,
      { option: 'read in background tabs' },
    );
    const boxes = [...picker.querySelectorAll('[data-testid=batch-links] input')] as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, false]);
    expect(picker.querySelector('li[data-captured] .captured')?.textContent).toBe('already captured');
    ([...picker.querySelectorAll('button')].find((b) => b.textContent === 'Start') as HTMLButtonElement).click();
    expect(onStart).toHaveBeenCalledWith([{ url: 'http://x.gov.cn/a.html', title: 'A', date: '2024-03-05', tabId: undefined }], false);
  });
});
