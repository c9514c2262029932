// A fake Gitea/Forgejo (REST API v1) over a real bare repository: exactly the routes the Gitea
// forge uses, with the shapes of Gitea's swagger (templates/swagger/v1_json.tmpl) and the
// refusals of routers/api/v1/repo/file.go and services/repository/files/update.go.
import { entryAt, intParam, jsonBody, readCommits, resolveCommit, segmentsAfter, type CommitDetails } from './git-read';
import type { GitRepo } from './git-repo';
import { startForge, type FakeForgeServer, type ForgeReply, type ForgeRequest } from './server';

/** Who the fake Gitea serves, and its [api] DEFAULT_GIT_TREES_PER_PAGE (Gitea: 1000). */
export interface FakeGiteaOptions {
  repo: GitRepo;
  token: string;
  owner: string;
  name: string;
  branch: string;
  treesPerPage?: number;
}

/** A running fake Gitea; `apiUrl` is what a connection's apiUrl would be ("…/api/v1"). */
export type FakeGitea = FakeForgeServer & { apiUrl: string };

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Starts a fake Gitea on 127.0.0.1 serving `owner/name`, whose default branch is `branch`. */
export async function startGiteaForge(options: FakeGiteaOptions): Promise<FakeGitea> {
  const { repo, owner, name, branch } = options;
  let origin = '';
  const api = () => `${origin}/api/v1/repos/${owner}/${name}`;
  const web = () => `${origin}/${owner}/${name}`;
  // Gitea's APIError: { message, url }; APIErrorNotFound adds the reasons as "errors".
  const refuse = (status: number, message: string): ForgeReply => ({ status, body: { message, url: `${origin}/api/swagger` } });
  const notFound = (...errors: string[]): ForgeReply => ({
    status: 404,
    body: { errors, message: "The target couldn't be found.", url: `${origin}/api/swagger` },
  });
  const person = (n: string, email: string, date: string) => ({ name: n, email, date });
  const commitEntity = (c: CommitDetails) => ({
    url: `${api()}/git/commits/${c.id}`,
    sha: c.id,
    created: c.committedAt,
    html_url: `${web()}/commit/${c.id}`,
    commit: {
      url: `${api()}/git/commits/${c.id}`,
      author: person(c.authorName, c.authorEmail, c.authoredAt),
      committer: person(c.committerName, c.committerEmail, c.committedAt),
      message: c.message,
      tree: { url: `${api()}/git/trees/${c.tree}`, sha: c.tree, created: c.committedAt },
      verification: null,
    },
    author: null,
    committer: null,
    parents: c.parents.map((sha) => ({ url: `${api()}/git/commits/${sha}`, sha, created: '' })),
    files: null,
    stats: null,
  });

  async function handle(request: ForgeRequest): Promise<ForgeReply> {
    const parts = segmentsAfter(request.path, '/api/v1/repos/');
    if (parts === null || parts[0] !== owner || parts[1] !== name) return notFound();
    const route = parts.slice(2);
    const at = route.join('/');
    if (request.method === 'GET' && at === '') {
      return {
        status: 200,
        body: {
          id: 1,
          owner: { id: 1, login: owner },
          name,
          full_name: `${owner}/${name}`,
          empty: false,
          private: false,
          html_url: web(),
          default_branch: branch,
          permissions: { admin: false, push: true, pull: true },
        },
      };
    }
    if (request.method === 'GET' && route[0] === 'branches' && route.length > 1) {
      const wanted = route.slice(1).join('/');
      const head = await repo.head(wanted);
      if (head === null) return notFound(`branch does not exist [name: ${wanted}]`);
      const [c] = await readCommits(repo, head, 1);
      const author = { name: c!.authorName, email: c!.authorEmail, username: '' };
      const commit = {
        id: c!.id,
        message: c!.message,
        url: `${web()}/commit/${c!.id}`,
        author,
        committer: { name: c!.committerName, email: c!.committerEmail, username: '' },
        verification: null,
        timestamp: c!.committedAt,
        added: null,
        removed: null,
        modified: null,
      };
      return {
        status: 200,
        body: {
          name: wanted,
          commit,
          protected: false,
          required_approvals: 0,
          enable_status_check: false,
          status_check_contexts: [],
          user_can_push: true,
          user_can_merge: true,
          effective_branch_protection_name: '',
        },
      };
    }
    if (request.method === 'GET' && route[0] === 'git' && route[1] === 'trees' && route.length === 3) return tree(request, route[2]!);
    if (request.method === 'GET' && route[0] === 'raw' && route.length > 1) {
      const commit = await resolveCommit(repo, request.query.get('ref') ?? branch);
      const bytes = commit === null ? null : await repo.read(commit, route.slice(1).join('/'));
      if (bytes === null) return notFound();
      return { status: 200, body: bytes.toString('utf8'), headers: { 'content-type': 'text/plain; charset=utf-8' } };
    }
    if (request.method === 'GET' && at === 'commits') {
      const commit = await resolveCommit(repo, request.query.get('sha') ?? branch);
      if (commit === null) return notFound(`sha not found [${request.query.get('sha')}]`);
      const limit = intParam(request, 'limit', 30, 50);
      const page = intParam(request, 'page', 1);
      const commits = await readCommits(repo, commit, limit, (page - 1) * limit);
      return { status: 200, body: commits.map(commitEntity), headers: { 'x-page': String(page), 'x-perpage': String(limit) } };
    }
    if (request.method === 'POST' && at === 'contents') return changeFiles(request);
    return notFound();
  }

  async function tree(request: ForgeRequest, sha: string): Promise<ForgeReply> {
    const id = await resolveCommit(repo, sha);
    const treeId = id === null ? null : (await readCommits(repo, id, 1))[0]!.tree;
    if (treeId === null) return refuse(400, `sha not found [${sha}]`);
    // `git ls-tree -r -t -l`, as Gitea's ListEntriesRecursiveWithSize.
    const flags = request.query.get('recursive') === 'true' ? ['-r', '-t'] : [];
    const out = (await repo.git(['ls-tree', ...flags, '-l', '-z', treeId])).toString();
    const entries = out
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const [meta = '', path = ''] = line.split('\t');
        const [mode = '', type = '', object = '', size = ''] = meta.split(/ +/);
        const url = type === 'tree' ? `${api()}/git/trees/${object}` : type === 'blob' ? `${api()}/git/blobs/${object}` : '';
        return { path, mode, type, size: size === '-' ? 0 : Number(size), sha: object, url };
      });
    const cap = options.treesPerPage ?? 1000;
    const perPage = intParam(request, 'per_page', cap, cap);
    const page = intParam(request, 'page', 1);
    const start = perPage * (page - 1);
    const slice = start < entries.length ? entries.slice(start, start + perPage) : null;
    const body = {
      sha: treeId,
      url: `${api()}/git/trees/${treeId}`,
      tree: slice,
      truncated: start + perPage < entries.length,
      page,
      total_count: entries.length,
    };
    return { status: 200, body };
  }

  async function changeFiles(request: ForgeRequest): Promise<ForgeReply> {
    const body = jsonBody(request) as { branch?: unknown; message?: unknown; files?: unknown } | undefined;
    if (body === undefined || body === null || typeof body !== 'object') return refuse(422, 'invalid JSON body');
    if (!Array.isArray(body.files) || body.files.length === 0) return refuse(422, '[Files]: Required');
    const files = body.files as Record<string, unknown>[];
    for (const f of files) {
      if (typeof f.operation !== 'string' || f.operation === '') return refuse(422, '[Operation]: Required');
      if (typeof f.path !== 'string' || f.path === '') return refuse(422, '[Path]: Required');
      if (f.content !== undefined && (typeof f.content !== 'string' || !BASE64.test(f.content))) return refuse(422, 'illegal base64 data at input byte 0');
    }
    const target = typeof body.branch === 'string' && body.branch !== '' ? body.branch : branch;
    const head = await repo.head(target);
    if (head === null) return refuse(404, `branch does not exist [repo_id: 1 name: ${target}]`);
    const written: { path: string; id: string }[] = [];
    for (const f of files) {
      const path = f.path as string;
      const existing = await entryAt(repo, head, path);
      if (f.operation !== 'create' && f.operation !== 'update') {
        return refuse(500, `invalid file operation: ${String(f.operation)} ${path}, supported operations are create, update, delete`);
      }
      if (f.operation === 'update') {
        if (existing === null) return refuse(404, `object does not exist [id: , rel_path: ${path}]`);
        // Without a sha Gitea checks against the head it just read, so only a given sha can be stale.
        if (typeof f.sha === 'string' && f.sha !== '' && f.sha !== existing.id)
          return refuse(422, `sha does not match [given: ${f.sha}, expected: ${existing.id}]`);
      }
      if (existing?.type === 'tree') return refuse(422, `a directory exists where you’re trying to create a file [path: ${path}]`);
      if (f.operation === 'create' && existing !== null) return refuse(422, `repository file already exists [path: ${path}]`);
      written.push({ path, id: await repo.writeBlob(Buffer.from((f.content as string | undefined) ?? '', 'base64')) });
    }
    const message = typeof body.message === 'string' ? body.message.trim() : '';
    const commit = await repo.writeCommit(await repo.writeTree(head, written), [head], message);
    if (!(await repo.moveBranch(target, commit, head))) return refuse(500, '');
    const [c] = await readCommits(repo, commit, 1);
    const entity = commitEntity(c!);
    const contents = await Promise.all(
      written.map(async (w) => {
        const bytes = (await repo.read(commit, w.path))!;
        const url = `${api()}/contents/${w.path}?ref=${target}`;
        const links = { self: url, git: `${api()}/git/blobs/${w.id}`, html: `${web()}/src/branch/${target}/${w.path}` };
        return {
          name: w.path.split('/').pop(),
          path: w.path,
          sha: w.id,
          last_commit_sha: commit,
          type: 'file',
          size: bytes.length,
          encoding: 'base64',
          content: bytes.toString('base64'),
          url,
          html_url: links.html,
          git_url: links.git,
          download_url: `${web()}/raw/branch/${target}/${w.path}`,
          _links: links,
        };
      }),
    );
    const commitResponse = {
      url: entity.url,
      sha: c!.id,
      created: c!.committedAt,
      html_url: entity.html_url,
      author: entity.commit.author,
      committer: entity.commit.committer,
      parents: entity.parents,
      message: c!.message,
      tree: entity.commit.tree,
    };
    return {
      status: 201,
      body: {
        files: contents,
        commit: commitResponse,
        verification: { verified: false, reason: 'gpg.error.not_signed_commit', signature: '', signer: null, payload: '' },
      },
    };
  }

  const server = await startForge({
    repo,
    token: options.token,
    // Gitea takes "token <t>" (and "bearer <t>") in Authorization.
    readToken: (headers) => /^(?:token|bearer) (.+)$/i.exec(headers.authorization ?? '')?.[1] ?? null,
    handler: handle,
  });
  origin = server.origin;
  return { ...server, apiUrl: `${server.origin}/api/v1` };
}
