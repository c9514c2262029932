// Reading a GitHub repository: the branch head (REST), folders, files and recent commits (GraphQL,
// as few requests as possible: every folder blobIds needs goes in one query).
import { PublishError } from '../errors';
import type { BlogConnection, CommitInfo, Platform, TreeEntry } from '../types';
import { parentOf } from './forge-address';
import { headNamingWhatIsMissing } from './forge-http';
import { GITHUB, githubGraphql, githubRest, githubRestJson, pathPart } from './github-api';

/** Most folders per blobIds query: GitHub limits a query's cost, and 50 trees stay well under it. */
export const FOLDERS_PER_QUERY = 50;

/** The branch's head commit id; a 404 says whether the repository or the branch is missing. */
export async function readHead(connection: BlogConnection, platform: Platform): Promise<string> {
  const { owner, repo, branch } = connection;
  return headNamingWhatIsMissing(
    async () => (await githubRestJson<{ commit: { sha: string } }>(connection, platform, { method: 'GET', path: `/branches/${pathPart(branch)}` })).commit.sha,
    () => githubRestJson(connection, platform, { method: 'GET', path: '' }),
    {
      noRepository: `${GITHUB} has no repository ${owner}/${repo}, or the token cannot see it. Check owner and repository in Settings → Blog repository; a fine-grained token must be given this repository.`,
      noBranch: `The repository ${owner}/${repo} on ${GITHUB} has no branch “${branch}”. Check the branch in Settings → Blog repository.`,
    },
  );
}

interface GitObject {
  entries?: { name: string; path?: string | null; type: string; oid: string }[];
  text?: string | null;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  oid?: string;
}

const OBJECT_QUERY = `query ($owner: String!, $name: String!, $expression: String!) {
  repository(owner: $owner, name: $name) {
    object(expression: $expression) {
      ... on Tree { entries { name path type oid } }
      ... on Blob { oid text isBinary isTruncated }
    }
  }
}`;

/** One object by a rev-parse expression ("<commit>:<path>"), or null when there is none. */
async function readObject(connection: BlogConnection, platform: Platform, expression: string): Promise<GitObject | null> {
  const data = await githubGraphql<{ repository: { object: GitObject | null } | null }>(connection, platform, OBJECT_QUERY, {
    owner: connection.owner,
    name: connection.repo,
    expression,
  });
  return data.repository?.object ?? null;
}

/** The files and folders of `dir` ("" = root) at a commit; [] when there is no such folder. */
export async function listFolder(connection: BlogConnection, platform: Platform, commit: string, dir: string): Promise<TreeEntry[]> {
  const object = await readObject(connection, platform, `${commit}:${dir}`);
  return treeEntries(dir, object?.entries ?? []);
}

/** A file's text at a commit, or null when there is none. */
export async function readText(connection: BlogConnection, platform: Platform, commit: string, path: string): Promise<string | null> {
  const object = await readObject(connection, platform, `${commit}:${path}`);
  if (!object || object.entries || object.oid === undefined) return null;
  if (object.isBinary) throw new PublishError('invalid', `${path} in the repository is not a text file.`);
  if (!object.isTruncated && typeof object.text === 'string') return object.text;
  // GraphQL cuts long texts short; the raw blob has all of it.
  const raw = await githubRest(connection, platform, { method: 'GET', path: `/git/blobs/${object.oid}`, accept: 'application/vnd.github.raw+json' });
  return raw.body;
}

/** Blob ids at a commit for these paths, reading each parent folder once (one query per 50 folders). */
export async function readBlobIds(connection: BlogConnection, platform: Platform, commit: string, paths: readonly string[]): Promise<Map<string, string>> {
  const folders = [...new Set(paths.map(parentOf))];
  const wanted = new Set(paths);
  const found = new Map<string, string>();
  for (let start = 0; start < folders.length; start += FOLDERS_PER_QUERY) {
    const chunk = folders.slice(start, start + FOLDERS_PER_QUERY);
    const variables: Record<string, unknown> = { owner: connection.owner, name: connection.repo };
    for (const [i, dir] of chunk.entries()) variables[`e${i}`] = `${commit}:${dir}`;
    const query = `query ($owner: String!, $name: String!, ${chunk.map((_, i) => `$e${i}: String!`).join(', ')}) {
  repository(owner: $owner, name: $name) {
${chunk.map((_, i) => `    d${i}: object(expression: $e${i}) { ... on Tree { entries { name type oid } } }`).join('\n')}
  }
}`;
    const data = await githubGraphql<{ repository: Record<string, GitObject | null> | null }>(connection, platform, query, variables);
    chunk.forEach((dir, i) => {
      for (const entry of treeEntries(dir, data.repository?.[`d${i}`]?.entries ?? [])) {
        if (entry.type === 'blob' && wanted.has(entry.path)) found.set(entry.path, entry.id);
      }
    });
  }
  return found;
}

const RECENT_QUERY = `query ($owner: String!, $name: String!, $ref: String!, $first: Int!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target { ... on Commit { history(first: $first) { nodes { oid message url } } } }
    }
  }
}`;

/** The branch's newest commits, newest first (GitHub gives at most 100 at once). */
export async function readRecent(connection: BlogConnection, platform: Platform, limit: number): Promise<CommitInfo[]> {
  type Node = { oid: string; message: string; url: string } | null;
  const data = await githubGraphql<{ repository: { ref: { target: { history?: { nodes: Node[] | null } } } | null } | null }>(
    connection,
    platform,
    RECENT_QUERY,
    {
      owner: connection.owner,
      name: connection.repo,
      ref: `refs/heads/${connection.branch}`,
      first: Math.max(1, Math.min(100, Math.floor(limit))),
    },
  );
  const ref = data.repository?.ref;
  if (!ref)
    throw new PublishError(
      'not-found',
      `The repository ${connection.owner}/${connection.repo} on ${GITHUB} has no branch “${connection.branch}”. Check the branch in Settings → Blog repository.`,
    );
  return (ref.target.history?.nodes ?? []).flatMap((n) => (n ? [{ id: n.oid, message: n.message, url: n.url }] : []));
}

/** The folder a path is in ("" = root). */

/** GitHub's tree entries as TreeEntry; submodules (type "commit") are not files Talknotes writes, so they are left out. */
function treeEntries(dir: string, entries: NonNullable<GitObject['entries']>): TreeEntry[] {
  return entries.flatMap((e) =>
    e.type === 'blob' || e.type === 'tree' ? [{ name: e.name, path: e.path ?? (dir === '' ? e.name : `${dir}/${e.name}`), type: e.type, id: e.oid }] : [],
  );
}
