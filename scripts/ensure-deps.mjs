// Installs the locked dependencies (npm ci) when they are missing or differ from package-lock.json,
// so `npm start` and `npm test` work on a fresh clone. Node built-ins only.
// Compared by content, not by file dates: a checkout (a clone, a git worktree, a branch switch)
// rewrites package-lock.json with a new date but the same packages, and must not reinstall them.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const read = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null; // missing or unreadable: treated as "not installed"
  }
};

/** What differs between the lock file and what npm last installed (its node_modules/.package-lock.json). */
function differences(locked, installed) {
  if (!installed) return ['nothing is installed'];
  const out = [];
  for (const [path, entry] of Object.entries(locked?.packages ?? {})) {
    if (path === '') continue; // the project itself
    const have = installed.packages?.[path];
    // Optional packages for other platforms (other CPUs, other systems) are never installed here.
    if (!have) {
      if (!entry.optional) out.push(`${path} is missing`);
    } else if (have.version !== entry.version) out.push(`${path} is ${have.version}, not ${entry.version}`);
  }
  return out;
}

const changed = differences(read('package-lock.json'), read('node_modules/.package-lock.json'));
if (changed.length > 0) {
  console.log(`Installing dependencies (npm ci): ${changed.slice(0, 3).join('; ')}${changed.length > 3 ? '; …' : ''}`);
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
