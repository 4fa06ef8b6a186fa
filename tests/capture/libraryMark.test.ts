import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { isInLibrary } from '@/lib/capture/libraryMark';
import type { CaptureRecord } from '@/lib/model';
import { openCaptureDb } from '@/lib/store/db';
import { captureId } from '@/lib/store/id';

async function libraryWith(keyUrl: string) {
  const db = await openCaptureDb(`mark-${Math.random()}`);
  await db.put('captures', { id: await captureId(keyUrl), key_url: keyUrl, url: keyUrl, captured_at: '2026-12-01T00:00:00Z' } as CaptureRecord);
  return db;
}

describe('isInLibrary', () => {
  it('knows a captured address, also with a fragment or utm_* parameters added', async () => {
    const db = await libraryWith('https://www.gov.cn/zhengce/content/2023-06/19/content_1.htm');
    expect(await isInLibrary(db, 'https://www.gov.cn/zhengce/content/2023-06/19/content_1.htm')).toBe(true);
    expect(await isInLibrary(db, 'https://www.gov.cn/zhengce/content/2023-06/19/content_1.htm?utm_source=wx#top')).toBe(true);
  });

  it('does not mark other addresses, browser pages or tabs without an address', async () => {
    const db = await libraryWith('https://www.gov.cn/zhengce/content/2023-06/19/content_1.htm');
    expect(await isInLibrary(db, 'https://www.gov.cn/zhengce/content/2023-06/19/content_2.htm')).toBe(false);
    expect(await isInLibrary(db, 'chrome://newtab/')).toBe(false);
    expect(await isInLibrary(db, undefined)).toBe(false);
  });
});
