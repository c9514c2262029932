// The fake GitHub's REST routes Talknotes uses, over the bare repository, answering in the shapes
// of GitHub's OpenAPI description (and with its real refusals: 404 Not Found, 422 not a fast forward).
import type { ForgeReply } from './server';
import type { GithubPlace } from './github-graphql';

/** A REST route: method, GitHub's path template, and what it does. `{branch}` and `{ref}` may hold slashes. */
export interface GithubRoute {
  method: 'GET' | 'POST' | 'PATCH';
  template: string;
  handle(place: GithubPlace, params: Record<string, string>, body: unknown, accept: string): Promise<ForgeReply>;
}

const notFound = (docs: string, message = 'Not Found'): ForgeReply => ({
  status: 404,
  body: { message, documentation_url: `https://docs.github.com/rest/${docs}`, status: '404' },
});
const unprocessable = (docs: string, message: string): ForgeReply => ({
  status: 422,
  body: { message, documentation_url: `https://docs.github.com/rest/${docs}`, status: '422' },
});

/** URLs of the fake's API and pages for this repository. */
function urls(place: GithubPlace) {
  const api = `${place.origin}/repos/${place.owner}/${place.name}`;
  return { api, html: `${place.origin}/${place.owner}/${place.name}` };
}

/** A commit in the git-commit shape of GitHub's OpenAPI description, read from `git cat-file`. */
async function gitCommit(place: GithubPlace, sha: string): Promise<Record<string, unknown> | null> {
  let raw: string;
  try {
    raw = (await place.repo.git(['cat-file', 'commit', sha])).toString();
  } catch {
    return null;
  }
  const at = raw.indexOf('\n\n');
  const headers = raw.slice(0, at).split('\n');
  const field = (name: string) => headers.filter((h) => h.startsWith(`${name} `)).map((h) => h.slice(name.length + 1));
  const person = (line = '') => {
    const match = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line);
    return { name: match?.[1] ?? '', email: match?.[2] ?? '', date: new Date(Number(match?.[3] ?? 0) * 1000).toISOString().replace(/\.000Z$/, 'Z') };
  };
  const { api, html } = urls(place);
  const tree = field('tree')[0] ?? '';
  return {
    sha,
    node_id: Buffer.from(`commit:${sha}`).toString('base64'),
    url: `${api}/git/commits/${sha}`,
    html_url: `${html}/commit/${sha}`,
    author: person(field('author')[0]),
    committer: person(field('committer')[0]),
    message: raw.slice(at + 2).replace(/\n$/, ''),
    tree: { sha: tree, url: `${api}/git/trees/${tree}` },
    parents: field('parent').map((p) => ({ sha: p, url: `${api}/git/commits/${p}`, html_url: `${html}/commit/${p}` })),
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

async function objectType(place: GithubPlace, sha: string): Promise<string | null> {
  if (!/^[0-9a-f]{40}$/.test(sha)) return null;
  try {
    return (await place.repo.git(['cat-file', '-t', sha])).toString().trim();
  } catch {
    return null;
  }
}

/** The routes; `examples` are GitHub's own example answers, the base for the big shapes. */
export function githubRoutes(examples: Record<string, Record<string, unknown>>): GithubRoute[] {
  return [
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}',
      async handle(place) {
        const { api, html } = urls(place);
        const owner = { ...(examples['full-repository']!.owner as object), login: place.owner };
        const body = {
          ...examples['full-repository'],
          name: place.name,
          full_name: `${place.owner}/${place.name}`,
          owner,
          url: api,
          html_url: html,
          private: true,
          has_discussions: false,
          default_branch: place.branch,
        };
        return { status: 200, body };
      },
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/branches/{branch}',
      async handle(place, { branch = '' }) {
        const head = await place.repo.head(branch);
        if (!head) return notFound('branches/branches#get-a-branch', 'Branch not found');
        const example = examples['branch-with-protection']!;
        const commit = {
          ...(example.commit as object),
          sha: head,
          url: `${urls(place).api}/commits/${head}`,
          html_url: `${urls(place).html}/commit/${head}`,
        };
        // An unprotected branch, as GitHub describes one.
        const protection = { enabled: false, required_status_checks: { enforcement_level: 'off', contexts: [], checks: [] } };
        return { status: 200, body: { ...example, name: branch, commit, protected: false, protection } };
      },
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/git/commits/{commit_sha}',
      async handle(place, { commit_sha = '' }) {
        const commit = (await objectType(place, commit_sha)) === 'commit' ? await gitCommit(place, commit_sha) : null;
        return commit ? { status: 200, body: commit } : notFound('git/commits#get-a-commit-object');
      },
    },
    {
      method: 'GET',
      template: '/repos/{owner}/{repo}/git/blobs/{file_sha}',
      async handle(place, { file_sha = '' }, _body, accept) {
        if ((await objectType(place, file_sha)) !== 'blob') return notFound('git/blobs#get-a-blob');
        const bytes = await place.repo.git(['cat-file', 'blob', file_sha]);
        if (accept.includes('raw')) return { status: 200, body: bytes.toString('utf8'), headers: { 'content-type': 'application/vnd.github.raw' } };
        const url = `${urls(place).api}/git/blobs/${file_sha}`;
        return { status: 200, body: { sha: file_sha, node_id: file_sha, url, size: bytes.length, content: bytes.toString('base64'), encoding: 'base64' } };
      },
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/git/blobs',
      async handle(place, _params, body) {
        const { content, encoding } = body as { content: string; encoding?: string };
        const sha = await place.repo.writeBlob(Buffer.from(content, encoding === 'base64' ? 'base64' : 'utf8'));
        return { status: 201, body: { url: `${urls(place).api}/git/blobs/${sha}`, sha } };
      },
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/git/trees',
      async handle(place, _params, body) {
        const { tree, base_tree } = body as { base_tree?: string; tree: { path: string; mode: string; type: string; sha?: string | null; content?: string }[] };
        if (base_tree && (await objectType(place, base_tree)) !== 'tree') return unprocessable('git/trees#create-a-tree', 'base_tree is not a valid tree oid');
        const entries: { path: string; id: string; mode: string }[] = [];
        for (const entry of tree) {
          if (entry.sha === null) place.problems.push(`POST git/trees: Talknotes never deletes, but ${entry.path} has sha null`);
          const id = entry.content !== undefined ? await place.repo.writeBlob(Buffer.from(entry.content)) : (entry.sha ?? '');
          if ((await objectType(place, id)) !== entry.type) return unprocessable('git/trees#create-a-tree', `GitRPC::BadObjectState for ${entry.path}`);
          entries.push({ path: entry.path, id, mode: entry.mode });
        }
        const sha = await place.repo.writeTree(base_tree ?? null, entries);
        const { api } = urls(place);
        const top = await place.repo.list(sha, '');
        const sizes = await Promise.all(
          top.map(async (e) => (e.type === 'blob' ? Number((await place.repo.git(['cat-file', '-s', e.id])).toString()) : undefined)),
        );
        const listed = top.map((e, i) => ({
          path: e.name,
          mode: e.mode,
          type: e.type,
          sha: e.id,
          ...(sizes[i] === undefined ? {} : { size: sizes[i] }),
          url: `${api}/git/${e.type}s/${e.id}`,
        }));
        return { status: 201, body: { sha, url: `${api}/git/trees/${sha}`, tree: listed, truncated: false } };
      },
    },
    {
      method: 'POST',
      template: '/repos/{owner}/{repo}/git/commits',
      async handle(place, _params, body) {
        const { message, tree, parents = [] } = body as { message: string; tree: string; parents?: string[] };
        if ((await objectType(place, tree)) !== 'tree') return unprocessable('git/commits#create-a-commit', 'Tree SHA does not exist');
        for (const parent of parents) {
          if ((await objectType(place, parent)) !== 'commit')
            return unprocessable('git/commits#create-a-commit', 'Parent SHA does not exist or is not a commit object');
        }
        const sha = await place.repo.writeCommit(tree, parents, message);
        return { status: 201, body: await gitCommit(place, sha) };
      },
    },
    {
      method: 'PATCH',
      template: '/repos/{owner}/{repo}/git/refs/{ref}',
      async handle(place, { ref = '' }, body) {
        const { sha, force } = body as { sha: string; force?: boolean };
        if (force) place.problems.push('PATCH git/refs: Talknotes never forces a ref update');
        const branch = ref.replace(/^heads\//, '');
        const current = ref.startsWith('heads/') ? await place.repo.head(branch) : null;
        if (!current) return unprocessable('git/refs#update-a-reference', 'Reference does not exist');
        if ((await objectType(place, sha)) !== 'commit') return unprocessable('git/refs#update-a-reference', 'Object does not exist');
        const fastForward = await place.repo.git(['merge-base', '--is-ancestor', current, sha]).then(
          () => true,
          () => false,
        );
        if ((!fastForward && !force) || !(await place.repo.moveBranch(branch, sha, current))) {
          return unprocessable('git/refs#update-a-reference', 'Update is not a fast forward');
        }
        const { api } = urls(place);
        return {
          status: 200,
          body: {
            ref: `refs/${ref}`,
            node_id: Buffer.from(`ref:${ref}`).toString('base64'),
            url: `${api}/git/refs/${ref}`,
            object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
          },
        };
      },
    },
  ];
}
