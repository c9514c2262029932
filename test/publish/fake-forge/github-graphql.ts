// The fake GitHub's GraphQL side: GitHub's own schema executed over the bare repository, with
// resolvers for only what Talknotes asks (objects by expression, a branch's history, and
// createCommitOnBranch with its compare-and-swap on the head).
import { GraphQLError, execute, type DocumentNode } from 'graphql';
import type { GitRepo } from './git-repo';
import { githubSchema } from './github-check';

/** Where the fake lives and what it serves. */
export interface GithubPlace {
  repo: GitRepo;
  owner: string;
  name: string;
  /** The repository's default branch. */
  branch: string;
  /** The fake's origin, for html URLs. */
  origin: string;
  /** Problems with what the client sent that the schema cannot see (e.g. deletions). */
  problems: string[];
  /** Longest Blob.text before it is cut short (isTruncated), as GitHub cuts large files; the figure is the fake's. */
  textLimit: number;
}

/** GitHub's error shape: the `type` beside the message, not in `extensions`. */
function githubError(type: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { type } });
}

/** Executes a request already checked against the schema; answers as GitHub does (status 200, `errors` in the body). */
export async function executeGithub(place: GithubPlace, document: DocumentNode, variables: Record<string, unknown>): Promise<unknown> {
  const result = await execute({ schema: await githubSchema(), document, rootValue: root(place), variableValues: variables });
  const errors = result.errors?.map((e) => ({ type: e.extensions.type ?? 'INTERNAL', path: e.path, locations: e.locations, message: e.message }));
  return errors ? { data: result.data ?? null, errors } : { data: result.data };
}

function root(place: GithubPlace) {
  const { repo, owner, name } = place;
  const checkRepository = (o: string, n: string) => {
    if (o !== owner || n !== name) throw githubError('NOT_FOUND', `Could not resolve to a Repository with the name '${o}/${n}'.`);
  };
  return {
    repository: ({ owner: o, name: n }: { owner: string; name: string }) => {
      checkRepository(o, n);
      return {
        object: ({ expression }: { expression?: string }) => (expression === undefined ? null : gitObject(place, expression)),
        ref: async ({ qualifiedName }: { qualifiedName: string }) => {
          const branch = qualifiedName.replace(/^refs\/heads\//, '');
          const head = await repo.head(branch);
          return head ? { name: branch, prefix: 'refs/heads/', target: await commitObject(place, head) } : null;
        },
      };
    },
    createCommitOnBranch: async ({ input }: { input: CommitInput }) => {
      const [o = '', n = ''] = (input.branch.repositoryNameWithOwner ?? '').split('/');
      checkRepository(o, n);
      const branch = input.branch.branchName ?? '';
      if (input.fileChanges?.deletions?.length) place.problems.push('createCommitOnBranch: Talknotes never deletes, but the request has deletions');
      const head = await repo.head(branch);
      if (!head) throw githubError('NOT_FOUND', `Could not resolve to a Ref with the name 'refs/heads/${branch}'.`);
      const stale = () => githubError('STALE_DATA', `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`);
      if (head !== input.expectedHeadOid) throw stale();
      const additions = input.fileChanges?.additions ?? [];
      const files = await Promise.all(additions.map(async (a) => ({ path: a.path, id: await repo.writeBlob(Buffer.from(a.contents, 'base64')) })));
      const tree = await repo.writeTree(head, files);
      const message = input.message.body ? `${input.message.headline}\n\n${input.message.body}` : input.message.headline;
      const commit = await repo.writeCommit(tree, [head], message);
      if (!(await repo.moveBranch(branch, commit, head))) throw stale();
      return { commit: await commitObject(place, commit), ref: null };
    },
  };
}

interface CommitInput {
  branch: { repositoryNameWithOwner?: string; branchName?: string };
  expectedHeadOid: string;
  message: { headline: string; body?: string };
  fileChanges?: { additions?: { path: string; contents: string }[]; deletions?: { path: string }[] };
}

/** An object by a rev-parse expression, as GitHub's GitObject (Tree, Blob or Commit), or null. */
async function gitObject(place: GithubPlace, expression: string): Promise<object | null> {
  // An expression is never an option to git.
  if (expression.startsWith('-')) return null;
  let oid: string;
  try {
    oid = (await place.repo.git(['rev-parse', '--verify', '--quiet', expression])).toString().trim();
  } catch {
    return null;
  }
  const type = (await place.repo.git(['cat-file', '-t', oid])).toString().trim();
  if (type === 'commit') return commitObject(place, oid);
  if (type === 'blob') {
    const bytes = await place.repo.git(['cat-file', 'blob', oid]);
    // git's own test for binary: a NUL byte in the first 8000 bytes.
    const isBinary = bytes.subarray(0, 8000).includes(0);
    const isTruncated = bytes.length > place.textLimit;
    const text = isBinary ? null : bytes.subarray(0, place.textLimit).toString('utf8');
    return { __typename: 'Blob', oid, byteSize: bytes.length, isBinary, isTruncated, text };
  }
  if (type !== 'tree') return null;
  const at = expression.indexOf(':');
  const dir = at < 0 ? '' : expression.slice(at + 1).replace(/\/+$/, '');
  const entries = await place.repo.list(oid, '');
  return {
    __typename: 'Tree',
    oid,
    entries: entries.map((e) => ({
      name: e.name,
      path: dir === '' ? e.name : `${dir}/${e.name}`,
      type: e.mode === '160000' ? 'commit' : e.type,
      oid: e.id,
      mode: parseInt(e.mode, 8),
    })),
  };
}

/** A commit as GitHub's Commit, with its history. */
async function commitObject(place: GithubPlace, oid: string): Promise<object> {
  const url = (id: string) => `${place.origin}/${place.owner}/${place.name}/commit/${id}`;
  const message = (await place.repo.git(['log', '-1', '--format=%B', oid])).toString().replace(/\n+$/, '');
  return {
    __typename: 'Commit',
    oid,
    message,
    url: url(oid),
    history: async ({ first }: { first?: number }) => {
      const out = await place.repo.git(['log', `-${Math.min(first ?? 100, 100)}`, '--format=%H%x00%B%x1e', oid]);
      const nodes = out
        .toString()
        .split('\x1e')
        .map((r) => r.replace(/^\n/, ''))
        .filter(Boolean)
        .map((r) => {
          const [id = '', text = ''] = r.split('\0');
          return { oid: id, message: text.replace(/\n+$/, ''), url: url(id) };
        });
      return { nodes, totalCount: nodes.length };
    },
  };
}
