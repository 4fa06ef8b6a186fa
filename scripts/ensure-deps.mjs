// Runs before `npm start` and `npm test` (plain Node, no dependencies): a fresh clone installs its
// packages from the lock file, so that a newcomer needs no step besides the two commands.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000;
if (stale) {
  console.log('zhengwen: installing npm packages from package-lock.json (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
}
