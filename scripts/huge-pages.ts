// Generated huge pages for scripts/bench-huge.ts and the end-to-end test of a huge table: real government prose
// from the bundled seed articles, in the layouts statistics bureaus use.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SEEDS_DIR = resolve(import.meta.dirname, '../tests/fixtures/seeds');
const TABLE_COLUMNS = 20;

/** Long paragraphs of the bundled seed articles: real government prose. */
export function seedParagraphs(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .flatMap((file) => readFileSync(join(SEEDS_DIR, file), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length >= 60 && !line.startsWith('http'));
}

/**
 * A 统计公报-style page: site chrome, an info line, two paragraphs, then one table of `cells` cells (a header row and
 * rows of a district, an indicator and figures), the way statistics bureaus publish their yearly tables.
 */
export function hugeTablePage(index: number, cells: number, paragraphs: string[]): string {
  const title = `2023年全市国民经济和社会发展统计数据（第${index + 1}表）`;
  const header = `<tr>${Array.from({ length: TABLE_COLUMNS }, (_, c) => `<th>${c === 0 ? '地区' : c === 1 ? '指标' : `${2003 + c}年`}</th>`).join('')}</tr>`;
  const rows: string[] = [];
  for (let r = 0; (r + 1) * TABLE_COLUMNS < cells; r++) {
    const figures = Array.from({ length: TABLE_COLUMNS - 2 }, (_, c) => `<td>${((r * 37 + c * 101) % 99991) / 10}</td>`);
    rows.push(`<tr><td>第${(r % 40) + 1}街道</td><td>规模以上工业增加值${r}</td>${figures.join('')}</tr>`);
  }
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} - 某市统计局</title>
<meta name="ArticleTitle" content="${title}"><meta name="PubDate" content="2024-03-01 09:00"><meta name="ContentSource" content="市统计局"></head>
<body><div class="header"><a href="/">某市统计局</a></div><ul class="nav"><li><a href="/tjsj/">统计数据</a></li><li><a href="/tjgb/">统计公报</a></li></ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/tjsj/">统计数据</a></div>
<div class="article"><h1>${title}</h1><div class="info">发布时间：2024-03-01 09:00 来源：市统计局</div>
<div id="zoom"><p>${paragraphs[index % paragraphs.length]}</p><p>${paragraphs[(index + 1) % paragraphs.length]}</p>
<table border="1">${header}${rows.join('')}</table></div></div>
<div class="footer"><p>主办单位：某市统计局</p></div></body></html>`;
}

/**
 * Runs in an extension page (page.evaluate): replaces the text of the one stored record by `bytes` of UTF-8 prose,
 * one numbered paragraph a line (`1. …`, `2. …`); returns the text's length in characters. Such a record cannot be
 * captured (no page is that large) but can be imported.
 */
export async function inflateStoredRecord({ bytes, paragraphs }: { bytes: number; paragraphs: string[] }): Promise<number> {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = `${i + 1}. ${paragraphs[i % paragraphs.length]}`;
    lines.push(line);
    size += new TextEncoder().encode(line).length + 1;
  }
  const text = lines.join('\n');
  const db = await new Promise<IDBDatabase>((ok, fail) => {
    const request = indexedDB.open('zhengwen');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  const transaction = db.transaction('captures', 'readwrite');
  const store = transaction.objectStore('captures');
  const [record] = await new Promise<any[]>((ok) => {
    const request = store.getAll();
    request.onsuccess = () => ok(request.result);
  });
  record.text = text;
  record.chars = text.length;
  store.put(record);
  // Committed before the page closes, which would abort it.
  await new Promise((ok, fail) => {
    transaction.oncomplete = ok;
    transaction.onerror = () => fail(transaction.error);
  });
  db.close();
  return text.length;
}
