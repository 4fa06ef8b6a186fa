// citation-js imports node-fetch for reading citations from URLs, which zhengwen never asks of it (it is handed data
// only, and the extension fetches nothing). In extension pages node-fetch's Node build fails at load, so the build
// maps it to the browser's own fetch (wxt.config.ts).
export default globalThis.fetch.bind(globalThis);
export const Headers = globalThis.Headers;
