// Runs the command line as a user does (`npm run zhengwen` is tsx on lib/cli/main.ts), in its own process.

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: Array<Record<string, unknown>>;
}

export function zhengwen(args: string[], input?: string | Uint8Array): CliRun {
  const done = spawnSync(`${REPO}node_modules/.bin/tsx`, [`${REPO}lib/cli/main.ts`, ...args], { input, encoding: 'utf-8', maxBuffer: 1 << 28 });
  const lines = done.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return { status: done.status, stdout: done.stdout, stderr: done.stderr, lines };
}
