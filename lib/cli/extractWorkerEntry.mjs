// Entry of the worker threads of `--jobs N`. A worker thread starts without the parent's TypeScript loader when the
// parent is vitest or plain node, so this plain module loads the TypeScript worker through tsx's API itself.

import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./extractWorker.ts', import.meta.url);

export default worker.default;
