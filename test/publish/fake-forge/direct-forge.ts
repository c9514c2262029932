// A stand-in Forge over a real bare git repository, called directly (no HTTP): for testing what
// sits above the forges (planning, sending, the outbox) with faults injected one commit at a time.
import { PublishError } from '../../../src/publish/errors';
import type { CommitInfo, FileChange, Forge } from '../../../src/publish/types';
import type { GitRepo } from './git-repo';

/** What happens to one commit request, in the order they come. */
export type CommitHook =
  | { kind: 'throw'; error: PublishError } // refused before anything lands
  | { kind: 'move' } // someone else commits to the branch first
  | { kind: 'land-then-throw'; error: PublishError } // lands, but the answer is lost
  | { kind: 'land-then-hang' }; // lands, and the app is killed before the answer

/** The stand-in, with its hooks and a record of what was asked of it. */
export interface DirectForge extends Forge {
  hooks: CommitHook[];
  /** Commits bigger than this are refused as too large (the host's real limit), null = none. */
  tooLargeAbove: number | null;
  /** Every call, by method name. */
  calls: string[];
  /** The changes of every commit that landed. */
  sent: FileChange[][];
}

const url = (id: string) => `https://forge.example.test/commit/${id}`;

/** A Forge for `branch` of `repo`. */
export function directForge(repo: GitRepo, branch: string, maxCommitBytes = 10_000_000): DirectForge {
  let others = 0;
  const headOf = async () => {
    const head = await repo.head(branch);
    if (!head) throw new PublishError('not-found', `No branch ${branch}.`);
    return head;
  };
  const forge: DirectForge = {
    hooks: [],
    tooLargeAbove: null,
    calls: [],
    sent: [],
    maxCommitBytes,
    webUrl: () => 'https://forge.example.test/repo',
    async head() {
      forge.calls.push('head');
      return headOf();
    },
    async list(commit, dir) {
      forge.calls.push('list');
      return (await repo.list(commit, dir)).map(({ name, path, type, id }) => ({ name, path, type, id }));
    },
    async readText(commit, path) {
      forge.calls.push('readText');
      return (await repo.read(commit, path))?.toString() ?? null;
    },
    async blobIds(commit, paths) {
      forge.calls.push('blobIds');
      const out = new Map<string, string>();
      if (paths.length === 0) return out;
      const listing = (await repo.git(['ls-tree', '-r', '-z', commit, '--', ...paths])).toString();
      for (const line of listing.split('\0').filter(Boolean)) {
        const [meta = '', path = ''] = line.split('\t');
        const [, type, id = ''] = meta.split(' ');
        if (type === 'blob' && paths.includes(path)) out.set(path, id);
      }
      return out;
    },
    async recent(limit) {
      forge.calls.push('recent');
      return (await repo.log(branch, limit)).map((c): CommitInfo => ({ id: c.id, message: c.message, url: url(c.id) }));
    },
    async commit({ expectedHead, message, changes }) {
      forge.calls.push('commit');
      const hook = forge.hooks.shift();
      if (hook?.kind === 'throw') throw hook.error;
      if (hook?.kind === 'move') await repo.commitFiles(branch, [{ path: `other/${++others}.txt`, bytes: Buffer.from(`other ${others}\n`) }], 'Someone else');
      const size = changes.reduce((sum, c) => sum + c.bytes.length, 0);
      if (forge.tooLargeAbove !== null && size > forge.tooLargeAbove) throw new PublishError('too-large', 'The commit is too large.');
      if ((await headOf()) !== expectedHead) throw new PublishError('head-moved', 'The branch changed while publishing.');
      const ids = await Promise.all(changes.map((c) => repo.writeBlob(c.bytes)));
      const tree = await repo.writeTree(
        expectedHead,
        changes.map((c, i) => ({ path: c.path, id: ids[i]! })),
      );
      const id = await repo.writeCommit(tree, [expectedHead], message);
      if (!(await repo.moveBranch(branch, id, expectedHead))) throw new PublishError('head-moved', 'The branch changed while publishing.');
      forge.sent.push([...changes]);
      if (hook?.kind === 'land-then-throw') throw hook.error;
      if (hook?.kind === 'land-then-hang') return new Promise<CommitInfo>(() => undefined);
      return { id, message, url: url(id) };
    },
  };
  return forge;
}
