// Development aid: prints what the extractor read from one saved page (info lines, headings, the body's first and last
// lines, the fields) — `npx tsx scripts/inspect-page.ts FILE.html [URL]`.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractPage } from '../lib/extract/index';
import { normalizeArticle } from '../lib/normalize/article';
import { decodeHtml } from '../lib/cli/decode';

const [file, url = ''] = process.argv.slice(2);
const html = decodeHtml(readFileSync(file)).text;
const at = html.search(/<html[\s>]/i);
const { document } = parseHTML(at > 0 ? html.slice(at) : html);
const page = extractPage(document as unknown as Document, { keepHtml: false, url });
const a = normalizeArticle(page);
const show = (name: string, lines: string[]) => console.log(`--- ${name}\n${lines.map((l) => `  | ${l}`).join('\n')}`);
show('documentTitle', [page.documentTitle]);
show('headings', page.headings);
show('infoLines', page.infoLines);
show('tailLines?', ((page as unknown as Record<string, string[]>).tailLines ?? []));
show('body head', page.bodyBlocks.slice(0, 4));
show('body tail', page.bodyBlocks.slice(-6));
show('text head', a.text.split('\n').slice(0, 3));
show('text tail', a.text.split('\n').slice(-4));
const { text, text_original, ...fields } = a;
console.log(JSON.stringify({ ...fields, keywords: undefined, description: undefined }, null, 1));
