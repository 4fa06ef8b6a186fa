// Checkbox selection with shift-click ranges, over the rows currently shown.

export interface Selection {
  ids: Set<string>;
  /** The row a shift-click range starts from: the last row clicked without shift. */
  anchor: string | null;
}

export const emptySelection = (): Selection => ({ ids: new Set(), anchor: null });

/** Click on a row's checkbox: toggles it; with shift, sets every row between the anchor and it to the anchor's state. */
export function clickRow(selection: Selection, shown: readonly string[], id: string, shift: boolean): Selection {
  const ids = new Set(selection.ids);
  const anchorAt = selection.anchor === null ? -1 : shown.indexOf(selection.anchor);
  const at = shown.indexOf(id);
  if (shift && anchorAt >= 0 && at >= 0) {
    const select = ids.has(selection.anchor!);
    for (let i = Math.min(anchorAt, at); i <= Math.max(anchorAt, at); i++) {
      if (select) ids.add(shown[i]);
      else ids.delete(shown[i]);
    }
    return { ids, anchor: selection.anchor };
  }
  if (ids.has(id)) ids.delete(id);
  else ids.add(id);
  return { ids, anchor: id };
}

/** Select every shown row, or clear when all shown rows are already selected. */
export function toggleAll(selection: Selection, shown: readonly string[]): Selection {
  const allSelected = shown.length > 0 && shown.every((id) => selection.ids.has(id));
  return { ids: allSelected ? new Set() : new Set(shown), anchor: null };
}

/** Keep only selected ids still in the library (after a delete or a refresh). */
export function pruneSelection(selection: Selection, existing: ReadonlySet<string>): Selection {
  const ids = new Set([...selection.ids].filter((id) => existing.has(id)));
  return { ids, anchor: selection.anchor !== null && existing.has(selection.anchor) ? selection.anchor : null };
}
