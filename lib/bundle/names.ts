// File names inside and of the bundle.

const pad2 = (n: number) => String(n).padStart(2, '0');

/** zhengwen-corpus-YYYYMMDD-HHmm.zip, in local time (what the person sees on their clock). */
export function bundleFileName(now: Date, extension: 'zip' | 'jsonl' = 'zip'): string {
  const date = `${now.getFullYear()}${pad2(now.getMonth() + 1)}${pad2(now.getDate())}`;
  return `zhengwen-corpus-${date}-${pad2(now.getHours())}${pad2(now.getMinutes())}.${extension}`;
}

/**
 * texts/NNNN_<id>.txt, where NNNN is the 1-based position in capture order, zero-padded to 4 digits or to the
 * width of the largest position so that the names sort in capture order everywhere.
 */
export function textEntryName(position: number, total: number, id: string): string {
  const width = Math.max(4, String(total).length);
  return `texts/${String(position).padStart(width, '0')}_${id}.txt`;
}

export const htmlEntryName = (id: string) => `html/${id}.html`;

/** Ids become file names, so they must be plain: what lib/store produces (16 hex digits) passes easily. */
export const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Why an entry name from a zip must not be used as a path (zip-slip and friends), or null when it is fine. */
export function unsafeEntryNameReason(name: string): string | null {
  if (name.length === 0) return 'empty name';
  if (name.includes('\\')) return 'backslash in name';
  if (name.includes('\0')) return 'NUL in name';
  if (name.startsWith('/')) return 'absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'drive letter';
  if (name.split('/').some((part) => part === '..')) return 'parent directory (..)';
  return null;
}
