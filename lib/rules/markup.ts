// Markup that templates let into text values (a meta's content, a CMS record, a script-written line): never part of
// any field. One pattern for every place that drops it.

export const MARKUP = /<\/?[a-z][^>]*>/gi;

/** The text without its tags, the spaces they leave collapsed. */
export function stripMarkup(s: string): string {
  return s.includes('<') ? s.replace(MARKUP, ' ').replace(/\s+/g, ' ').trim() : s;
}
