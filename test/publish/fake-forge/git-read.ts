// Reads of the fake forges' bare repository that the GitLab and Gitea fakes both answer from:
// refs to commits, commit details, what sits at a path, and query/body parsing they share.
import type { ForgeRequest } from './server';
import type { GitRepo } from './git-repo';

/** A commit with what the hosts' commit entities show. */
export interface CommitDetails {
  id: string;
  parents: string[];
  tree: string;
  authorName: string;
  authorEmail: string;
  authoredAt: string;
  committerName: string;
  committerEmail: string;
  committedAt: string;
  message: string;
}

/** The commit a branch name or commit id points at, or null. */
export async function resolveCommit(repo: GitRepo, ref: string): Promise<string | null> {
  if (ref === '' || ref.startsWith('-')) return null;
  try {
    return (await repo.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])).toString().trim() || null;
  } catch {
    return null;
  }
}

/** Commits reachable from `commit`, newest first, skipping `skip`. */
export async function readCommits(repo: GitRepo, commit: string, limit: number, skip = 0): Promise<CommitDetails[]> {
  const format = `${['%H', '%P', '%T', '%an', '%ae', '%aI', '%cn', '%ce', '%cI', '%B'].join('%x00')}%x1e`;
  const out = await repo.git(['log', `--skip=${skip}`, `-${limit}`, `--format=${format}`, commit]);
  return out
    .toString()
    .split('\x1e')
    .map((record) => record.replace(/^\n/, ''))
    .filter(Boolean)
    .map((record) => {
      const [id = '', parents = '', tree = '', an = '', ae = '', ad = '', cn = '', ce = '', cd = '', message = ''] = record.split('\0');
      return {
        id,
        parents: parents.split(' ').filter(Boolean),
        tree,
        authorName: an,
        authorEmail: ae,
        authoredAt: ad,
        committerName: cn,
        committerEmail: ce,
        committedAt: cd,
        message: message.replace(/\n+$/, '\n'),
      };
    });
}

/** What is at `path` in a commit: a blob (with its id), a tree, or nothing. */
export async function entryAt(repo: GitRepo, commit: string, path: string): Promise<{ type: 'blob' | 'tree'; id: string } | null> {
  const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const entry = (await repo.list(commit, parent)).find((e) => e.path === path);
  return entry ? { type: entry.type, id: entry.id } : null;
}

/** A positive integer query parameter, with the host's default and cap. */
export function intParam(request: ForgeRequest, name: string, fallback: number, max = Infinity): number {
  const value = Number(request.query.get(name));
  return Number.isInteger(value) && value > 0 ? Math.min(value, max) : fallback;
}

/** The request body as JSON, or undefined when it is none. */
export function jsonBody(request: ForgeRequest): unknown {
  try {
    return JSON.parse(request.body) as unknown;
  } catch {
    return undefined;
  }
}

/** The path's segments after `prefix`, each URL-decoded ("a%2Fb/c" → ["a/b", "c"]). */
export function segmentsAfter(path: string, prefix: string): string[] | null {
  if (!path.startsWith(prefix)) return null;
  return path
    .slice(prefix.length)
    .split('/')
    .filter(Boolean)
    .map((s) => decodeURIComponent(s));
}
