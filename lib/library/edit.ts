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

/**
 * What a person changed in the form, against the record the form was filled from: only these are saved, against the
 * record as it is now, so that a form opened earlier (in another tab, or before a re-capture) never writes back
 * values it merely showed. Tags are saved as the ones added and the ones removed.
 */
export interface RecordEdit {
  corrections: Corrections;
  tagsAdded: string[];
  tagsRemoved: string[];
  note?: string;
}

export function formChanges(shown: CaptureRecord, corrections: Corrections, tags: string[], note: string): RecordEdit {
  const changed: Corrections = {};
  for (const field of EDITABLE_FIELDS) {
    if (field in corrections && cleanFieldInput(corrections[field] ?? null) !== shown[field]) changed[field] = corrections[field];
  }
  return {
    corrections: changed,
    tagsAdded: tags.filter((tag) => !shown.tags.includes(tag)),
    tagsRemoved: shown.tags.filter((tag) => !tags.includes(tag)),
    ...(note !== shown.note ? { note } : {}),
  };
}

export function isEmptyEdit(edit: RecordEdit): boolean {
  return Object.keys(edit.corrections).length === 0 && edit.tagsAdded.length === 0 && edit.tagsRemoved.length === 0 && edit.note === undefined;
}

/** Apply an edit to the current record; returns the same record when it changes nothing. */
export function applyEdit(record: CaptureRecord, edit: RecordEdit): CaptureRecord {
  const next = applyCorrections(record, edit.corrections);
  const tags = [...record.tags.filter((tag) => !edit.tagsRemoved.includes(tag)), ...edit.tagsAdded.filter((tag) => !record.tags.includes(tag))];
  const tagsChanged = tags.length !== record.tags.length || tags.some((tag, i) => tag !== record.tags[i]);
  const noteChanged = edit.note !== undefined && edit.note !== record.note;
  if (!tagsChanged && !noteChanged) return next;
  return { ...next, ...(tagsChanged ? { tags } : {}), ...(noteChanged ? { note: edit.note } : {}) };
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
