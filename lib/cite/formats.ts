// The selection's citations as CSL-JSON, RIS or BibTeX, and one capture's reference text (GB/T 7714 or APA-like).
// RIS, BibTeX and APA come from citation-js; it is loaded on first use so that pages which never cite stay small.

import type { CaptureRecord } from '../model';
import { cslItem, type CslItem } from './csl';
import { gbt7714Reference } from './gbt7714';

export type CitationFormat = 'csl-json' | 'ris' | 'bibtex';
export type ReferenceStyle = 'gbt7714' | 'apa';

export const CITATION_FILES: Record<CitationFormat, { extension: string; mediatype: string }> = {
  'csl-json': { extension: 'json', mediatype: 'application/vnd.citationstyles.csl+json' },
  ris: { extension: 'ris', mediatype: 'application/x-research-info-systems' },
  bibtex: { extension: 'bib', mediatype: 'application/x-bibtex' },
};

/** CSL-JSON as citations.json holds it: a list of items, one per line, so a diff shows which changed. */
export const cslJson = (items: readonly CslItem[]) => `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]\n`;

let citationJs: Promise<typeof import('@citation-js/core')> | null = null;

async function loadCitationJs() {
  citationJs ??= (async () => {
    const core = await import('@citation-js/core');
    await Promise.all([import('@citation-js/plugin-csl'), import('@citation-js/plugin-ris'), import('@citation-js/plugin-bibtex')]);
    // Keep Chinese as UTF-8: the ASCII-only default drops every character it has no LaTeX command for (all of CJK).
    core.plugins.config.get('@bibtex').format.asciiOnly = false;
    return core;
  })();
  return citationJs;
}

/** LaTeX's special characters, which citation-js passes through verbatim once ASCII-only output is off. */
const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};
const escapeLatex = (value: string) => value.replace(/[\\{}%&$#_^~]/g, (char) => LATEX_SPECIALS[char]);

/** Every string of an item but its URL and key escaped for BibTeX (url fields are verbatim in BibTeX and biblatex). */
function forBibtex(item: CslItem): CslItem {
  const escaped: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) {
    if (key === 'URL' || key === 'id' || key === 'citation-key') escaped[key] = value;
    else if (typeof value === 'string') escaped[key] = escapeLatex(value);
    else if (key === 'author') escaped[key] = (value as CslItem['author'])!.map((name) => ({ literal: escapeLatex(name.literal) }));
    else escaped[key] = value;
  }
  return escaped as unknown as CslItem;
}

type RisEntry = Record<string, string | string[]>;

/**
 * RIS from citation-js's mapping (its `object` output), written out here for two of its gaps: it maps a newspaper
 * article's AU lines to a CSL variable nothing fills (so the reporters were lost), and it breaks values every 70
 * characters, which splits URLs. A line per value; a value's own line breaks become "; " (RIS has no multi-line value).
 */
function risText(items: readonly CslItem[], entries: RisEntry[]): string {
  return entries
    .map((entry, index) => {
      const authors = items[index].author?.map((name) => name.literal);
      const tags = entry.TY === 'NEWS' && authors && !entry.AU ? { ...entry, AU: authors } : entry;
      const lines = [`TY  - ${tags.TY}`];
      for (const [tag, value] of Object.entries(tags)) {
        if (tag === 'TY') continue;
        for (const one of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(one).replace(/\s*\n\s*/g, '; ')}`);
      }
      return [...lines, 'ER  - '].join('\n');
    })
    .join('\n');
}

export async function formatCitations(items: readonly CslItem[], format: CitationFormat): Promise<string> {
  if (format === 'csl-json') return cslJson(items);
  if (items.length === 0) return '';
  const { Cite } = await loadCitationJs();
  if (format === 'ris') return risText(items, new Cite(items).format('ris', { format: 'object' }) as unknown as RisEntry[]) + '\n';
  return new Cite(items.map(forBibtex)).format('bibtex');
}

export async function referenceText(record: CaptureRecord, style: ReferenceStyle): Promise<string> {
  const item = cslItem(record);
  if (style === 'gbt7714') return gbt7714Reference(item);
  const { Cite } = await loadCitationJs();
  return new Cite([item]).format('bibliography', { template: 'apa', lang: 'en-US', format: 'text' }).trim();
}
