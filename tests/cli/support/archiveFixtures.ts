// The archive the WARC, WARC.gz and WACZ tests read: what a crawl of two government pages leaves, written by warcio.

import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { fixturePage } from './pages';
import { concat, responseRecord, warcinfoRecord, type FixtureResponse } from './warcFixtures';


export const UTF8_URL = 'http://www.sihong.gov.cn/art/2023/6/19/art_1.html';
export const GBK_URL = 'http://www.suqian.gov.cn/art/2023/3/15/art_2.html';
export const TRUNCATED_URL = 'http://www.suqian.gov.cn/art/2023/3/16/art_3.html';
export const FETCHED_AT = '2024-05-06T07:08:09Z';

/** PNG signature and a little of an IHDR chunk: an image response, never a page. */
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

const page = (name: string) => readFileSync(fixturePage(name));

/**
 * hanweb.html in GBK, its <meta> still saying utf-8 (pages re-encoded by a CMS often keep the old tag): only the
 * HTTP header's charset=gbk decodes it right.
 */
export const gbkPage = () => iconv.encode(page('hanweb').toString('utf-8'), 'gbk');

/** hanweb.html in GBK with no charset declared anywhere: decoded by sniffing, as a browser in a Chinese locale does. */
export const undeclaredGbkPage = () =>
  iconv.encode(page('hanweb').toString('utf-8').replace(/<meta[^>]*charset[^>]*>/i, ''), 'gbk');

const responses = (): FixtureResponse[] => [
  { url: UTF8_URL, date: FETCHED_AT, status: 200, contentType: 'text/html; charset=utf-8', body: page('notice') },
  { url: 'http://www.suqian.gov.cn/old.html', date: FETCHED_AT, status: 301, contentType: 'text/html', body: new TextEncoder().encode('<a href="/art/2023/3/15/art_2.html">moved</a>'), headers: { Location: GBK_URL } },
  { url: GBK_URL, date: FETCHED_AT, status: 200, contentType: 'text/html; charset=gbk', body: gbkPage() },
  { url: 'http://www.suqian.gov.cn/logo.png', date: FETCHED_AT, status: 200, contentType: 'image/png', body: PNG },
  { url: TRUNCATED_URL, date: FETCHED_AT, status: 200, contentType: 'text/html; charset=utf-8', body: page('notice') },
];

/** warcinfo, then request + response pairs; the last response is cut off 200 bytes before its end. */
export async function fixtureWarc(gzip: boolean): Promise<Uint8Array> {
  const records = [await warcinfoRecord(gzip)];
  for (const r of responses()) records.push(await responseRecord(r, gzip));
  const whole = concat(records);
  return whole.subarray(0, whole.length - 200);
}

/** A WACZ as ArchiveWeb.page writes one: the WARC (stored, it is gzipped already) beside the package files. */
export async function fixtureWacz(): Promise<Uint8Array> {
  const warc = await fixtureWarc(true);
  const json = (o: unknown) => new TextEncoder().encode(JSON.stringify(o));
  return zipSync({
    'archive/data.warc.gz': [warc, { level: 0 }],
    'pages/pages.jsonl': json({ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }),
    'datapackage.json': json({ profile: 'data-package', wacz_version: '1.1.1', resources: [] }),
  });
}
