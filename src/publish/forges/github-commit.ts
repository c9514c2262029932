// One commit on GitHub: GraphQL createCommitOnBranch (one request, compare-and-swap on the head),
// or above its size limit the Git Data API (blobs → tree → commit → non-forced ref update).
// Never the Contents API (one commit per file), never a deletion.
import { PublishError } from '../errors';
import { hostReason } from '../http';
import { blobId } from '../git-blob';
import type { BlogConnection, CommitInfo, FileChange, Platform } from '../types';
import { GITHUB, githubGraphql, githubRest, githubRestJson, pathPart } from './github-api';

/** What commit() gets. */
export interface CommitInput {
  expectedHead: string;
  message: string;
  changes: readonly FileChange[];
}

/** A commit message as GitHub's CommitMessage takes it: the first line, and the rest without the blank line. */
export function splitMessage(message: string): { headline: string; body: string } {
  const at = message.indexOf('\n');
  if (at < 0) return { headline: message, body: '' };
  return { headline: message.slice(0, at), body: message.slice(at + 1).replace(/^\n+/, '') };
}

/** How long the files are once base64-encoded (what a GraphQL commit carries), without encoding them. */
export function base64Length(changes: readonly FileChange[]): number {
  return changes.reduce((sum, c) => sum + Math.ceil(c.bytes.length / 3) * 4, 0);
}

const COMMIT_MUTATION = `mutation ($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid url message } }
}`;

/** The commit in one GraphQL request; GitHub refuses it when the branch is no longer at expectedHead. */
export async function commitWithGraphql(connection: BlogConnection, platform: Platform, input: CommitInput): Promise<CommitInfo> {
  const { headline, body } = splitMessage(input.message);
  const variables = {
    input: {
      branch: { repositoryNameWithOwner: `${connection.owner}/${connection.repo}`, branchName: connection.branch },
      expectedHeadOid: input.expectedHead,
      message: body === '' ? { headline } : { headline, body },
      fileChanges: { additions: input.changes.map((c) => ({ path: c.path, contents: platform.base64(c.bytes) })) },
    },
  };
  type Answer = { createCommitOnBranch: { commit: { oid: string; url: string; message: string } | null } | null };
  const data = await githubGraphql<Answer>(connection, platform, COMMIT_MUTATION, variables);
  const commit = data.createCommitOnBranch?.commit;
  if (!commit) throw new PublishError('server', `${GITHUB} did not say which commit it made; Talknotes looks for it before trying again.`);
  return { id: commit.oid, message: commit.message, url: commit.url };
}

/** How many blobs travel at once: a few, as GitHub asks clients not to flood it with parallel writes. */
const PARALLEL_BLOBS = 3;

/** The commit through the Git Data API; the ref update is not forced, so a moved branch refuses it. */
export async function commitWithGitData(connection: BlogConnection, platform: Platform, input: CommitInput): Promise<CommitInfo> {
  const base = await githubRestJson<{ tree: { sha: string } }>(connection, platform, { method: 'GET', path: `/git/commits/${input.expectedHead}` });
  const shas = await mapLimited(input.changes, PARALLEL_BLOBS, async (change) => {
    const blob = await githubRestJson<{ sha: string }>(connection, platform, {
      method: 'POST',
      path: '/git/blobs',
      body: { content: platform.base64(change.bytes), encoding: 'base64' },
    });
    // A blob stored under another id than git's own would publish different bytes than shown.
    const expected = await blobId(change.bytes, platform.sha1);
    if (blob.sha !== expected) throw new PublishError('server', `${GITHUB} stored ${change.path} differently than it was sent; Talknotes will try again.`);
    return blob.sha;
  });
  const tree = await githubRestJson<{ sha: string }>(connection, platform, {
    method: 'POST',
    path: '/git/trees',
    body: { base_tree: base.tree.sha, tree: input.changes.map((c, i) => ({ path: c.path, mode: '100644', type: 'blob', sha: shas[i] })) },
  });
  const commit = await githubRestJson<{ sha: string; message: string; html_url: string }>(connection, platform, {
    method: 'POST',
    path: '/git/commits',
    body: { message: input.message, tree: tree.sha, parents: [input.expectedHead] },
  });
  const update = await githubRest(
    connection,
    platform,
    { method: 'PATCH', path: `/git/refs/heads/${pathPart(connection.branch)}`, body: { sha: commit.sha, force: false } },
    (r) => r.status === 422 && /fast.forward/i.test(hostReason(r.body)),
  );
  if (update.status === 422) {
    throw new PublishError(
      'head-moved',
      `The branch “${connection.branch}” moved on while publishing (someone else committed); Talknotes reads it again. ${GITHUB} said: “${hostReason(update.body)}”`,
    );
  }
  return { id: commit.sha, message: commit.message, url: commit.html_url };
}

/** `fn` over every item, at most `limit` at a time, in order; stops starting new ones after a failure. */
async function mapLimited<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        out[i] = await fn(items[i]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
