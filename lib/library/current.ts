// What the library page currently shows, for other parts of the page (export) to act on.
import type { CaptureRecord } from '../model';
import type { LibraryView } from './view';

let current: LibraryView | null = null;

/** Called once by the library page with its view. */
export function setCurrentLibraryView(view: LibraryView | null): void {
  current = view;
}

/** Records shown in the table now (search, filters, sort and group applied), in table order; [] outside the library page. */
export function currentShownRecords(): CaptureRecord[] {
  return current?.shown() ?? [];
}

/** Ids to act on: the checked rows in table order, or every shown row when none is checked. */
export function currentSelectionIds(): string[] {
  return current?.selectionOrShownIds() ?? [];
}
