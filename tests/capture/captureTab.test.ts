import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { captureTab, startCapture, type CaptureDeps } from '@/lib/capture/captureTab';
import { formChanges } from '@/lib/library/edit';
import type { CaptureRecord, PageExtract } from '@/lib/model';
import { countCaptures, getCapture, getPageHtml } from '@/lib/store/captures';
import { saveEdit } from '@/lib/store/edits';
import { openCaptureDb } from '@/lib/store/db';
import { MAX_SNAPSHOT_CHARS } from '@/lib/store/limits';

const BODY = [
  '7月1日上午,我市举行庆祝中国共产党成立101周年座谈会,纪念党的生日,畅谈党的事业。市委书记陈金虎代表市委,向全市各级党组织和共产党员致以节日的问候。',
  '市委副书记、市长盛蕾主持会议,市委副书记、政法委书记梁一波出席会议。',
  '市委党建工作领导小组成员、部分基层党务工作者和党员代表参加座谈会。',
];

function pageExtract(overrides: Partial<PageExtract> = {}): PageExtract {
  return {
    url: 'http://www.czsfj.gov.cn/202207/t20220701_123.html',
    canonicalUrl: null,
    lang: 'zh-CN',
    documentTitle: '常州举行庆祝中国共产党成立101周年座谈会 - 常州长安网',
    meta: { articletitle: '常州举行庆祝中国共产党成立101周年座谈会', pubdate: '2022-07-01 10:30', contentsource: '常州市委政法委', sitename: '常州长安网' },
    jsonLd: [],
    readability: { title: '常州举行庆祝中国共产党成立101周年座谈会', byline: null, siteName: null, publishedTime: null, excerpt: null },
    bodyBlocks: BODY,
    headings: ['常州举行庆祝中国共产党成立101周年座谈会'],
    infoLines: ['发布时间:2022-07-01 10:30 来源:常州市委政法委'],
    breadcrumb: [],
    footerLines: [],
    html: '<html><body>page</body></html>',
    ...overrides,
  };
}

let n = 0;
async function deps(extract: PageExtract | Error, overrides: Partial<CaptureDeps> = {}): Promise<CaptureDeps> {
  const db = await openCaptureDb(`capture-${++n}-${Date.now()}`);
  return {
    db: async () => db,
    runExtractor: async () => {
      if (extract instanceof Error) throw extract;
      return extract;
    },
    fileAccessAllowed: async () => false,
    // The page's HTML as the browser hands it out after the record: only its length past the snapshot cap.
    readSnapshot: async (_tabId, maxChars) => {
      const html = extract instanceof Error ? null : extract.html;
      if (html === null) throw new Error('no page');
      return html.length <= maxChars ? html : html.length;
    },
    settings: async () => ({ unicodeForm: 'NFC', keepPageHtml: extract instanceof Error || extract.html !== null }),
    now: () => new Date('2026-11-22T02:00:00Z'),
    ...overrides,
  };
}

const request = { tabId: 1, url: 'http://www.czsfj.gov.cn/202207/t20220701_123.html', update: false };

describe('captureTab', () => {
  it('stores a normalized article with its snapshot', async () => {
    const d = await deps(pageExtract());
    const outcome = await captureTab(request, d);
    expect(outcome.kind).toBe('stored');
    if (outcome.kind !== 'stored') return;
    expect(outcome.created).toBe(true);
    expect(outcome.record.title).toBe('常州举行庆祝中国共产党成立101周年座谈会');
    expect(outcome.record.published_at).toBe('2022-07-01T10:30+08:00');
    expect(outcome.record.source).toBe('常州市委政法委');
    expect(outcome.record.text.split('\n')).toEqual(BODY);
    expect(outcome.record.revisions).toBe(1);
    expect(await getPageHtml(await d.db(), outcome.record.id)).toBe('<html><body>page</body></html>');
  });

  it('says a URL was already captured, stores nothing new, and updates on request', async () => {
    const d = await deps(pageExtract());
    const first = await captureTab(request, d);
    const again = await captureTab(request, d);
    expect(again.kind).toBe('already-captured');
    const updated = await captureTab({ ...request, update: true }, { ...d, now: () => new Date('2026-11-23T02:00:00Z') });
    expect(updated.kind).toBe('stored');
    if (first.kind !== 'stored' || updated.kind !== 'stored') return;
    expect(updated.created).toBe(false);
    expect(updated.record.id).toBe(first.record.id);
    expect(updated.record.revisions).toBe(2);
    expect(await countCaptures(await d.db())).toBe(1);
  });

  it('reports a page without an article and stores nothing', async () => {
    const d = await deps(pageExtract({ readability: null, bodyBlocks: [] }));
    expect(await captureTab(request, d)).toEqual({ kind: 'no-article', url: request.url });
    expect(await countCaptures(await d.db())).toBe(0);
  });

  it('refuses browser pages before injecting anything', async () => {
    const d = await deps(new Error('must not be called'));
    expect(await captureTab({ ...request, url: 'chrome://extensions' }, d)).toEqual({
      kind: 'restricted',
      url: 'chrome://extensions',
      reason: 'browser-page',
    });
  });

  it('says so when there is no tab at all', async () => {
    const d = await deps(new Error('must not be called'));
    expect(await captureTab({ tabId: -1, url: undefined, update: false }, d)).toMatchObject({ kind: 'restricted', reason: 'no-tab' });
  });

  it('turns the browser refusing to script a page into a reason', async () => {
    const d = await deps(new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'));
    const outcome = await captureTab({ ...request, url: 'https://x.gov.cn/files/report.pdf' }, d);
    expect(outcome).toMatchObject({ kind: 'restricted', reason: 'pdf-viewer' });
  });

  it('reports a full disk without losing what is stored', async () => {
    const d = await deps(pageExtract());
    const first = await captureTab(request, d);
    const db = await d.db();
    // Reads work; the write transaction is refused the way a browser refuses one on a full disk.
    const full = {
      get: db.get.bind(db),
      transaction: (stores: never, mode?: IDBTransactionMode) => {
        if (mode === 'readwrite') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return db.transaction(stores, mode);
      },
    } as unknown as typeof db;
    const outcome = await captureTab(
      { ...request, url: 'http://www.czsfj.gov.cn/202207/t20220702_9.html' },
      { ...d, runExtractor: async () => pageExtract({ url: 'http://www.czsfj.gov.cn/202207/t20220702_9.html' }), db: async () => full },
    );
    expect(outcome).toMatchObject({ kind: 'error', code: 'storage-full' });
    expect(first.kind).toBe('stored');
    expect(await countCaptures(db)).toBe(1);
  });

  it('flags the same article reposted by another site as a near-duplicate of the earlier capture', async () => {
    const d = await deps(pageExtract());
    const first = await captureTab(request, d);
    const repostUrl = 'http://www.jintan.gov.cn/art/2022/7/2/art_1.html';
    const repost = await captureTab(
      { ...request, url: repostUrl },
      { ...d, runExtractor: async () => pageExtract({ url: repostUrl, bodyBlocks: [...BODY, '(来源:常州长安网)'] }) },
    );
    if (first.kind !== 'stored' || repost.kind !== 'stored') throw new Error('both must be stored');
    expect(first.record.near_duplicate_of).toBeNull();
    expect(repost.record.id).not.toBe(first.record.id);
    expect(repost.record.near_duplicate_of).toBe(first.record.id);
  });

  it('stores the article of a huge page but not its snapshot, and says so', async () => {
    const huge = '<html>' + '<p>栏目链接</p>'.repeat(1_000_000) + '</html>';
    const d = await deps(pageExtract({ html: huge }));
    const outcome = await captureTab(request, d);
    expect(outcome).toMatchObject({ kind: 'stored', snapshotTooLarge: true, record: { has_html: false } });
    if (outcome.kind === 'stored') expect(await getPageHtml(await d.db(), outcome.record.id)).toBeNull();
  });

  it('does not keep a snapshot when the user turned snapshots off (the page script then sends no HTML)', async () => {
    const d = await deps(pageExtract({ html: null }));
    const outcome = await captureTab(request, d);
    expect(outcome.kind === 'stored' && outcome.record.has_html).toBe(false);
  });

  it('stores the record before reading the snapshot, then adds the snapshot to the record as it is by then', async () => {
    const d = await deps(pageExtract());
    const db = await d.db();
    const outcome = await captureTab(request, {
      ...d,
      readSnapshot: async () => {
        const [stored] = await db.getAll('captures');
        expect(stored).toMatchObject({ has_html: false, title: '常州举行庆祝中国共产党成立101周年座谈会' });
        await db.put('captures', { ...stored!, note: 'saved by a person meanwhile' });
        return '<html><body>page</body></html>';
      },
    });
    expect(outcome).toMatchObject({ kind: 'stored', record: { has_html: true, note: 'saved by a person meanwhile' } });
    const [record] = await db.getAll('captures');
    expect(record).toMatchObject({ has_html: true, note: 'saved by a person meanwhile' });
    expect(await getPageHtml(db, record!.id)).toBe('<html><body>page</body></html>');
  });

  it('gives the stored record before the snapshot is read, and the record with its snapshot once that is kept', async () => {
    let giveHtml = (_html: string) => {};
    const d = await deps(pageExtract(), { readSnapshot: () => new Promise<string>((resolve) => (giveHtml = resolve)) });
    const run = startCapture(request, d);
    const stored = await run.stored; // resolves while the page has not handed out its HTML yet
    expect(stored).toMatchObject({ kind: 'stored', created: true, record: { has_html: false } });
    expect((await (await d.db()).getAll('captures'))[0]).toMatchObject({ has_html: false });
    giveHtml('<html><body>page</body></html>');
    expect(await run.settled).toMatchObject({ kind: 'stored', record: { has_html: true } });
    expect(await getPageHtml(await d.db(), stored.kind === 'stored' ? stored.record.id : '')).toBe('<html><body>page</body></html>');
  });

  it('says a snapshot was too large only once it is known, after the stored record', async () => {
    const run = startCapture(request, await deps(pageExtract({ html: 'x'.repeat(MAX_SNAPSHOT_CHARS + 1) })));
    expect(await run.stored).not.toHaveProperty('snapshotTooLarge');
    expect(await run.settled).toMatchObject({ kind: 'stored', snapshotTooLarge: true, record: { has_html: false } });
  });

  it('settles with the stored outcome itself when nothing is to be kept (a page with no article)', async () => {
    const run = startCapture(request, await deps(pageExtract({ bodyBlocks: [], infoLines: [], headings: [] })));
    const stored = await run.stored;
    expect(stored.kind).toBe('no-article');
    expect(await run.settled).toBe(stored);
  });

  it('keeps the record without a snapshot when the page cannot give its HTML any more (closed, navigated)', async () => {
    const d = await deps(pageExtract());
    const outcome = await captureTab(request, { ...d, readSnapshot: async () => Promise.reject(new Error('No tab with id: 1')) });
    expect(outcome).toMatchObject({ kind: 'stored', record: { has_html: false } });
    expect(await countCaptures(await d.db())).toBe(1);
  });
});

describe('captureTab at the same time as another capture or an edit', () => {
  it('two Updates of one URL at once raise revisions by 2', async () => {
    const d = await deps(pageExtract());
    await captureTab(request, d);
    const both = await Promise.all([captureTab({ ...request, update: true }, d), captureTab({ ...request, update: true }, d)]);
    // Each outcome shows the record as it is once its snapshot is attached; what counts is that no Update is lost.
    expect(both.map((o) => o.kind)).toEqual(['stored', 'stored']);
    expect((await getCapture(await d.db(), (both[0] as { record: CaptureRecord }).record.id))!.revisions).toBe(3);
  });

  it('two first captures of one URL at once: one is created, the other finds it', async () => {
    const d = await deps(pageExtract());
    const both = await Promise.all([captureTab(request, d), captureTab(request, d)]);
    expect(both.map((o) => (o.kind === 'stored' ? `created:${o.created}` : o.kind)).sort()).toEqual(['already-captured', 'created:true']);
    expect(await countCaptures(await d.db())).toBe(1);
  });

  it('the same article from several sites at once: every capture but the first is a near-duplicate', async () => {
    const d = await deps(pageExtract());
    const urls = Array.from({ length: 6 }, (_, i) => `http://www${i}.example.gov.cn/art/2022/7/2/art_${i}.html`);
    const outcomes = await Promise.all(
      urls.map((url) => captureTab({ ...request, url }, { ...d, runExtractor: async () => pageExtract({ url }) })),
    );
    const flagged = outcomes.filter((o) => o.kind === 'stored' && o.record.near_duplicate_of !== null);
    expect(flagged).toHaveLength(5);
  });

  it('an Update that overlaps a Save keeps the correction', async () => {
    const d = await deps(pageExtract());
    const first = await captureTab(request, d);
    if (first.kind !== 'stored') throw new Error('must be stored');
    const db = await d.db();
    const edit = formChanges(first.record, { author: '魏宁' }, ['党建'], '');
    // The person presses Save while the capture is under way (after its page was read, before it is stored).
    let saving: Promise<unknown> = Promise.resolve();
    const now = () => {
      saving = saveEdit(db, first.record.id, edit);
      return new Date('2026-11-23T02:00:00Z');
    };
    const update = await captureTab({ ...request, update: true }, { ...d, now });
    await saving;
    const stored = (await getCapture(db, first.record.id))!;
    expect(stored).toMatchObject({ author: '魏宁', tags: ['党建'], revisions: 2 });
    expect(update.kind === 'stored' && update.record.revisions).toBe(2);
  });
});
