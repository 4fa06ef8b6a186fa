// A person's corrections to a capture: the record keeps the extracted value of every field that was changed.
import { EDITABLE_FIELDS, type CaptureRecord, type EditableField } from '../model';

export type Corrections = Partial<Record<EditableField, string | null>>;

/** Empty or blank input means "the page does not say": null, like the extractor. */
export function cleanFieldInput(value: string | null): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Apply corrections. The first change to a field saves the extracted value in `extracted`; setting a field back
 * to its extracted value removes the mark. Unchanged fields are left alone. Returns the same record when nothing changed.
 */
export function applyCorrections(record: CaptureRecord, corrections: Corrections): CaptureRecord {
  let next = record;
  for (const field of EDITABLE_FIELDS) {
    if (!(field in corrections)) continue;
    const value = cleanFieldInput(corrections[field] ?? null);
    if (value === next[field]) continue;
    const extracted = { ...next.extracted };
    if (!(field in extracted)) extracted[field] = next[field];
    else if (extracted[field] === value) delete extracted[field];
    next = { ...next, [field]: value, extracted };
  }
  return next;
}

/** Fields a person changed, in form order: these get the "corrected" marker. */
export function correctedFields(record: CaptureRecord): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => field in record.extracted);
}

/** Tags typed as one line: split on commas (either width), 、 and semicolons; trimmed, without repeats. */
export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,，、;；\n]/)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
  return [...new Set(tags)];
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
