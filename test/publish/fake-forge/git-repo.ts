// The fake forges' state: a real bare git repository, changed only with git's own plumbing, so
// every blob id, tree and commit the app sees is what real git makes.
import { execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readCommits } from './git-read';

const run = promisify(execFile);

/** Who commits, when a fake forge commits for a token's user. */
const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test Person',
  GIT_AUTHOR_EMAIL: 'person@example.test',
  GIT_COMMITTER_NAME: 'Fake Forge',
  GIT_COMMITTER_EMAIL: 'forge@example.test',
};

/** One entry of a tree, as `git ls-tree` prints it. */
export interface GitEntry {
  mode: string;
  type: 'blob' | 'tree';
  id: string;
  name: string;
  path: string;
}

/** A commit on a branch. */
export interface GitCommit {
  id: string;
  message: string;
  parents: string[];
}

/** A bare repository on disk with the operations the fake forges need. */
export interface GitRepo {
  dir: string;
  /** Runs git in the repository and returns its output (stdin optional). */
  git(args: string[], input?: Uint8Array | string, env?: Record<string, string>): Promise<Buffer>;
  /** The branch's commit id, or null when there is no such branch. */
  head(branch: string): Promise<string | null>;
  /** Entries of a folder ("" = root) at a commit or branch; [] when missing. */
  list(commitish: string, dir: string): Promise<GitEntry[]>;
  /** A file's bytes at a commit or branch, or null. */
  read(commitish: string, path: string): Promise<Buffer | null>;
  /** Stores a blob; returns its id. */
  writeBlob(bytes: Uint8Array): Promise<string>;
  /** A tree: `base` (a tree or commit id, or null) with these files set (path → blob id). */
  writeTree(base: string | null, files: { path: string; id: string; mode?: string }[]): Promise<string>;
  /** A commit object (not yet on any branch). */
  writeCommit(tree: string, parents: string[], message: string): Promise<string>;
  /** Moves the branch from `expected` to `next`; false when the branch is no longer at `expected`. */
  moveBranch(branch: string, next: string, expected: string | null): Promise<boolean>;
  /** Commits these files onto the branch in one go (the shortcut most forge APIs take); returns the commit. */
  commitFiles(branch: string, files: { path: string; bytes: Uint8Array }[], message: string): Promise<string>;
  /** The branch's newest commits, newest first. */
  log(branch: string, limit: number): Promise<GitCommit[]>;
  /** Every commit on the branch, oldest first (for "exactly one commit" checks). */
  count(branch: string): Promise<number>;
  /** A checkout of the branch in a new temporary folder (removed by remove()). */
  checkout(branch: string): Promise<string>;
  /** Deletes the repository and every checkout. */
  remove(): Promise<void>;
}

/** Makes a bare repository whose `branch` holds `files` in one first commit. */
export async function createRepo(branch: string, files: Record<string, string | Uint8Array>): Promise<GitRepo> {
  const dir = await mkdtemp(join(tmpdir(), 'talknotes-forge-'));
  const extra: string[] = [];
  // One git command at a time: update-ref and the temporary index must not interleave.
  let queue: Promise<unknown> = Promise.resolve();

  const git = (args: string[], input?: Uint8Array | string, env: Record<string, string> = {}): Promise<Buffer> => {
    const job = queue.then(
      () =>
        new Promise<Buffer>((resolve, reject) => {
          const child = spawn('git', args, { cwd: dir, env: { ...process.env, ...IDENTITY, GIT_DIR: dir, ...env } });
          const out: Buffer[] = [];
          const err: Buffer[] = [];
          child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
          child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
          child.on('error', reject);
          child.on('close', (code) =>
            code === 0 ? resolve(Buffer.concat(out)) : reject(new Error(`git ${args.join(' ')}: ${Buffer.concat(err).toString()}`)),
          );
          child.stdin.end(input === undefined ? undefined : Buffer.from(input));
        }),
    );
    queue = job.catch(() => undefined);
    return job;
  };
  const text = async (args: string[], input?: Uint8Array | string, env?: Record<string, string>) => (await git(args, input, env)).toString().trim();

  const repo: GitRepo = {
    dir,
    git,
    async head(name) {
      try {
        return await text(['rev-parse', '--verify', '--quiet', `refs/heads/${name}^{commit}`]);
      } catch {
        return null;
      }
    },
    async list(commitish, folder) {
      const spec = folder === '' ? `${commitish}^{tree}` : `${commitish}:${folder}`;
      let out: string;
      try {
        out = await text(['ls-tree', '-z', spec]);
      } catch {
        return [];
      }
      return out
        .split('\0')
        .filter(Boolean)
        .map((line) => {
          const [meta = '', name = ''] = line.split('\t');
          const [mode = '', type = '', id = ''] = meta.split(' ');
          return { mode, type: type === 'tree' ? 'tree' : 'blob', id, name, path: folder === '' ? name : `${folder}/${name}` } as GitEntry;
        });
    },
    async read(commitish, path) {
      try {
        return await git(['cat-file', 'blob', `${commitish}:${path}`]);
      } catch {
        return null;
      }
    },
    writeBlob: (bytes) => text(['hash-object', '-w', '--stdin'], bytes),
    async writeTree(base, entries) {
      // A throwaway index: read the base tree, set each path, write the tree out.
      const index = join(dir, `index-${process.pid}-${Math.random().toString(36).slice(2)}`);
      const env = { GIT_INDEX_FILE: index };
      try {
        if (base) await git(['read-tree', base], undefined, env);
        else await git(['read-tree', '--empty'], undefined, env);
        if (entries.length > 0) {
          const lines = entries.map((e) => `${e.mode ?? '100644'} ${e.id}\t${e.path}\0`).join('');
          await git(['update-index', '--add', '-z', '--index-info'], lines, env);
        }
        return await text(['write-tree'], undefined, env);
      } finally {
        await rm(index, { force: true });
      }
    },
    writeCommit: (tree, parents, message) => text(['commit-tree', tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'], message),
    async moveBranch(name, next, expected) {
      try {
        await git(['update-ref', `refs/heads/${name}`, next, expected ?? '0'.repeat(40)]);
        return true;
      } catch {
        return false;
      }
    },
    async commitFiles(name, changed, message) {
      const parent = await repo.head(name);
      const ids = await Promise.all(changed.map((f) => repo.writeBlob(f.bytes)));
      const tree = await repo.writeTree(
        parent,
        changed.map((f, i) => ({ path: f.path, id: ids[i]! })),
      );
      const commit = await repo.writeCommit(tree, parent ? [parent] : [], message);
      if (!(await repo.moveBranch(name, commit, parent))) throw new Error(`branch ${name} moved while committing`);
      return commit;
    },
    async log(name, limit) {
      const commits = await readCommits(repo, `refs/heads/${name}`, limit);
      return commits.map(({ id, parents, message }) => ({ id, parents, message: message.replace(/\n+$/, '') }));
    },
    async count(name) {
      return Number(await text(['rev-list', '--count', `refs/heads/${name}`]));
    },
    async checkout(name) {
      const into = await mkdtemp(join(tmpdir(), 'talknotes-checkout-'));
      extra.push(into);
      await run('git', ['clone', '--quiet', '--branch', name, dir, into]);
      return into;
    },
    async remove() {
      await Promise.all([dir, ...extra].map((d) => rm(d, { recursive: true, force: true })));
    },
  };

  await git(['init', '--quiet', '--bare', `--initial-branch=${branch}`]);
  await repo.commitFiles(
    branch,
    Object.entries(files).map(([path, content]) => ({ path, bytes: typeof content === 'string' ? Buffer.from(content) : content })),
    'First commit',
  );
  return repo;
}
