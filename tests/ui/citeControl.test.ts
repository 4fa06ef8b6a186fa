import { parseHTML } from 'linkedom';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderCiteControl } from '@/lib/ui/citeControl';
import { makeCaptureRecord } from '../helpers/records';
import { useLocale } from '../helpers/i18n';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const byTestId = (root: HTMLElement, id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
const settled = () => new Promise((done) => setTimeout(done, 0));

describe('Copy citation', () => {
  beforeEach(() => useLocale('zh_CN'));

  it('copies one GB/T 7714 reference a line for the given captures and says how many', async () => {
    const records = [makeCaptureRecord({ published_at: '2024-11-20' }), makeCaptureRecord({ author: '王五', published_at: '2024-11-21' })];
    const copied: string[] = [];
    const control = renderCiteControl(document as unknown as Document, { records: () => records, writeText: async (t) => void copied.push(t) });
    byTestId(control, 'cite-copy').click();
    await expect.poll(() => copied.length).toBe(1);
    const lines = copied[0].split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`张三. ${records[0].title}[EB/OL]. (2024-11-20)[${records[0].captured_at.slice(0, 10)}]. ${records[0].url}.`);
    expect(lines[1]).toMatch(/^王五\. /);
    expect(byTestId(control, 'cite-status').textContent).toBe('已复制 2 条引文。');
  });

  it('says so when nothing is chosen, and when the clipboard refuses, without losing anything', async () => {
    const control = renderCiteControl(document as unknown as Document, { records: () => [], writeText: async () => {} });
    byTestId(control, 'cite-copy').click();
    await settled();
    expect(byTestId(control, 'cite-status').textContent).toBe('没有可引用的文章。');

    const refusing = renderCiteControl(document as unknown as Document, {
      records: () => [makeCaptureRecord()],
      writeText: async () => {
        throw new Error('Document is not focused.');
      },
    });
    byTestId(refusing, 'cite-copy').click();
    await expect.poll(() => byTestId(refusing, 'cite-status').textContent).toBe('未能复制：Document is not focused.');
  });
});
