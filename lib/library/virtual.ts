// Virtual list math: which rows of a long table are in (or near) the viewport, and where they sit.

export interface ViewportState {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  rowCount: number;
  /** Extra rows rendered above and below, so a fast scroll does not show blank space. */
  overscan: number;
}

export interface RowWindow {
  /** First row to render (inclusive). */
  first: number;
  /** Row after the last one to render (exclusive). */
  end: number;
  /** Pixel offset of row `first` from the top of the list. */
  offsetTop: number;
  /** Height of the whole list, so the scrollbar matches the row count. */
  totalHeight: number;
}

export function rowWindow(v: ViewportState): RowWindow {
  const totalHeight = v.rowCount * v.rowHeight;
  if (v.rowCount === 0 || v.rowHeight <= 0) return { first: 0, end: 0, offsetTop: 0, totalHeight: 0 };
  const top = Math.max(0, Math.min(v.scrollTop, totalHeight - v.viewportHeight));
  const firstVisible = Math.floor(top / v.rowHeight);
  const lastVisible = Math.ceil((top + v.viewportHeight) / v.rowHeight);
  const first = Math.max(0, firstVisible - v.overscan);
  const end = Math.min(v.rowCount, lastVisible + v.overscan);
  return { first, end, offsetTop: first * v.rowHeight, totalHeight };
}

/**
 * The scrollTop that brings row `index` fully into view, changing as little as possible (keyboard navigation);
 * null when it is already visible.
 */
export function scrollToRow(index: number, scrollTop: number, viewportHeight: number, rowHeight: number): number | null {
  const rowTop = index * rowHeight;
  const rowBottom = rowTop + rowHeight;
  if (rowTop < scrollTop) return rowTop;
  if (rowBottom > scrollTop + viewportHeight) return rowBottom - viewportHeight;
  return null;
}
