/** What the worker asks the script it injects into a list page to do. */
export type BatchPageRequest = { kind: 'fetch'; url: string } | { kind: 'scan'; maxPages: number };
