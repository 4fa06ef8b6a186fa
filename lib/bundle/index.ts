// The corpus bundle: export (zip or JSONL), import (read, check, plan). Runs in extension pages and in Node.

export { writeBundle, type BundleSummary, type RecordSource, type WriteBundleOptions } from './write';
export { createBlobSink, type BlobSink, type BundleSink } from './sink';
export { readBundle, type ReadOptions, type ReadResult } from './read';
export { planImport, type ImportPlan, type ImportPolicy } from './plan';
export { BundleError, type BundleErrorCode } from './errors';
export { bundleFileName } from './names';
