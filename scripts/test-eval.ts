// `npm test`'s quality gate: scores ../shared/evalset (when it is there) and fails when a figure falls below the
// floors pinned in lib/cli/eval-baseline.json. On a machine without the evaluation set it says so, loudly.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '..');
const evalset = resolve(repo, '..', 'shared', 'evalset');
if (!existsSync(join(evalset, 'index.json'))) {
  const bar = '!'.repeat(78);
  console.log(`${bar}\n!! zhengwen: NO EVALUATION SET at ${evalset}\n!! the eval gate (extraction quality against lib/cli/eval-baseline.json) did NOT run\n${bar}`);
  process.exit(0);
}
console.log(`zhengwen: eval gate over ${evalset} (floors: lib/cli/eval-baseline.json)`);
const run = spawnSync(process.execPath, [join(repo, 'node_modules/tsx/dist/cli.mjs'), join(repo, 'lib/cli/eval.ts'), evalset], {
  stdio: 'inherit',
  cwd: repo,
});
process.exit(run.status ?? 1);
