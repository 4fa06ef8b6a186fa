// The selection's citations (CSL-JSON, RIS, BibTeX) as a Blob for a download.

import { CITATION_FILES, cslItem, formatCitations, type CitationFormat } from '../cite';
import type { CaptureRecord } from '../model';

/** zhengwen-citations-YYYYMMDDHHmm.json / .ris / .bib */
export const citationsFileName = (format: CitationFormat, now: Date) =>
  `zhengwen-citations-${now.toISOString().slice(0, 16).replace(/\D/g, '')}.${CITATION_FILES[format].extension}`;

export async function citationsBlob(records: readonly CaptureRecord[], format: CitationFormat, now = new Date()) {
  const text = await formatCitations(records.map(cslItem), format);
  return { blob: new Blob([text], { type: CITATION_FILES[format].mediatype }), fileName: citationsFileName(format, now), count: records.length };
}
