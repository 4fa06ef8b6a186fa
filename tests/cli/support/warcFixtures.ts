// WARC fixtures written with warcio itself: what a crawler (wget --warc-file, Browsertrix) leaves behind.

import { WARCRecord, WARCSerializer } from 'warcio';

export interface FixtureResponse {
  url: string;
  date: string;
  status: number;
  contentType: string;
  body: Uint8Array;
  /** Extra HTTP headers (Location of a redirect). */
  headers?: Record<string, string>;
}

async function* once(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  yield bytes;
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 301: 'Moved Permanently', 404: 'Not Found' };

/** One serialized response record (with its request record before it, as crawlers write them). */
export async function responseRecord(r: FixtureResponse, gzip: boolean): Promise<Uint8Array> {
  const warcVersion = 'WARC/1.1';
  const request = await WARCRecord.create(
    { url: r.url, date: r.date, type: 'request', warcVersion, httpHeaders: { Host: new URL(r.url).host }, statusline: `GET ${new URL(r.url).pathname} HTTP/1.1` },
    once(new Uint8Array(0)),
  );
  const response = await WARCRecord.create(
    {
      url: r.url, date: r.date, type: 'response', warcVersion,
      statusline: `HTTP/1.1 ${r.status} ${STATUS_TEXT[r.status] ?? 'Status'}`,
      httpHeaders: { 'Content-Type': r.contentType, ...r.headers },
    },
    once(r.body),
  );
  return concat([await WARCSerializer.serialize(request, { gzip }), await WARCSerializer.serialize(response, { gzip })]);
}

export async function warcinfoRecord(gzip: boolean): Promise<Uint8Array> {
  const info = await WARCRecord.createWARCInfo({ filename: 'fixture.warc', warcVersion: 'WARC/1.1' }, { software: 'zhengwen tests' });
  return WARCSerializer.serialize(info, { gzip });
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
