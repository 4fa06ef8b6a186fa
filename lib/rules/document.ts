// The document number (文号 / 发文字号) of a government document (GB/T 9704 版头): issuing-body abbreviation, the
// year in 〔〕 (or [] 【】 （）), the serial and 号 — 国发〔2023〕5号, 吉政明电〔2022〕1号.

export const DOCUMENT_NUMBER = /[\u4e00-\u9fff]{1,12}[〔\[【（(]\s*(?:19|20)\d{2}\s*[〕\]】）)]\s*第?\d{1,4}\s*号/u;

const WHOLE_LINE = new RegExp(`^${DOCUMENT_NUMBER.source}$`, 'u');

/** A line that is only a document number (the 文号 under a document's title): metadata, not text. */
export function isDocumentNumberLine(line: string): boolean {
  return WHOLE_LINE.test(line.trim());
}
