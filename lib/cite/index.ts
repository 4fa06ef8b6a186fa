// Citations of captures: CSL-JSON items, RIS / BibTeX export, GB/T 7714 and APA-like reference text.

export { cslItem, type CslItem } from './csl';
export { CITATION_FILES, cslJson, formatCitations, referenceText, type CitationFormat, type ReferenceStyle } from './formats';
export { gbt7714Reference } from './gbt7714';
