// Test helpers: unpack a bundle with fflate's in-memory unzip (independent of the reader under test).

import { unzipSync } from 'fflate';

export function unpack(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(zip)));
}

/** UTF-8 text of a file, byte order mark kept (metadata.csv must start with one). */
export function textOf(files: Map<string, Uint8Array>, name: string): string {
  const bytes = files.get(name);
  if (!bytes) throw new Error(`no ${name} in bundle`);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

/** RFC 4180: fields separated by commas, quoted fields may hold commas, doubled quotes, CR and LF; rows end in CRLF. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let at = 0;
  while (at < text.length) {
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error('unclosed quote');
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at++;
      }
    }
    const c = text[at];
    if (c === ',') {
      row.push(field);
      field = '';
      at++;
    } else if (c === '\r' && text[at + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      at += 2;
    } else if (c === '"' || c === '\r' || c === '\n') {
      throw new Error(`stray ${JSON.stringify(c)} at ${at}`);
    } else {
      field += c;
      at++;
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last row does not end with CRLF');
  return rows;
}
