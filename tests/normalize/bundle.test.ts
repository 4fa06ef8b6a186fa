// The Traditional→Simplified converter must ship only opencc-js's t2cn preset (≈110 KB), never the full
// dictionary set (≈1.2 MB): bundle the normalizers as the extension would and look at what went in.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../../lib/normalize/index.ts', import.meta.url));

describe('bundle of lib/normalize', () => {
  it('contains the t2cn preset of opencc-js and nothing else of it', async () => {
    const result = await build({ entryPoints: [ENTRY], bundle: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent' });
    const openccInputs = Object.keys(result.metafile.inputs).filter((path) => path.includes('opencc-js'));
    expect(openccInputs).toEqual(['node_modules/opencc-js/dist/esm/t2cn.js']);
    expect(result.outputFiles[0].contents.length).toBeLessThan(400_000);
  });
});
