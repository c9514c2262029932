// Installs the locked dependencies (npm ci) when they are missing or older than package-lock.json,
// so `npm start` and `npm test` work on a fresh clone. Node built-ins only.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';

const mtime = (path) => {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null; // missing: treated as "not installed"
  }
};

const installed = mtime('node_modules/.package-lock.json');
const locked = mtime('package-lock.json');
if (installed === null || (locked !== null && locked > installed)) {
  console.log(installed === null ? 'Installing dependencies (npm ci)…' : 'package-lock.json changed: reinstalling (npm ci)…');
  // Inside an npm script, npm_execpath is the npm that runs us; otherwise use npm from PATH.
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'ci', '--no-audit', '--no-fund'], { stdio: 'inherit' })
    : spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error('npm ci failed: see the messages above. Node.js 20.19 or newer and npm are needed.');
    process.exit(result.status ?? 1);
  }
}
