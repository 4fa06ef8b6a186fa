// Sizes the store keeps to, whether a record comes from a capture or an import.

/** Page snapshots above this size are not kept (the article still is): one huge page must not fill the quota. */
export const MAX_SNAPSHOT_CHARS = 8_000_000;
