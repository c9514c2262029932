// A fake GitLab (REST API v4) over a real bare repository: exactly the routes the GitLab forge
// uses, answering with GitLab's shapes, pages and refusals (docs.gitlab.com/api/commits,
// /api/repositories, /api/repository_files, /api/branches; Grape's validation messages).
import { entryAt, intParam, jsonBody, readCommits, resolveCommit, segmentsAfter, type CommitDetails } from './git-read';
import type { GitRepo } from './git-repo';
import { startForge, type FakeForgeServer, type ForgeReply, type ForgeRequest } from './server';

/** Who the fake GitLab serves. */
export interface FakeGitlabOptions {
  repo: GitRepo;
  token: string;
  /** Namespace, with any subgroups ("group/sub"). */
  owner: string;
  name: string;
  branch: string;
}

/** A running fake GitLab; `apiUrl` is what a connection's apiUrl would be ("…/api/v4"). */
export type FakeGitlab = FakeForgeServer & { apiUrl: string };

const ACTIONS = ['create', 'delete', 'move', 'update', 'chmod'];
const ENCODINGS = ['text', 'base64'];

/** Starts a fake GitLab on 127.0.0.1 serving `owner/name`, whose default branch is `branch`. */
export async function startGitlabForge(options: FakeGitlabOptions): Promise<FakeGitlab> {
  const { repo, owner, name, branch } = options;
  let origin = '';
  let web = '';
  const notFound = (what: string): ForgeReply => ({ status: 404, body: { message: `404 ${what} Not Found` } });
  const entity = (c: CommitDetails) => ({
    id: c.id,
    short_id: c.id.slice(0, 8),
    created_at: c.committedAt,
    parent_ids: c.parents,
    title: c.message.split('\n')[0],
    message: c.message,
    author_name: c.authorName,
    author_email: c.authorEmail,
    authored_date: c.authoredAt,
    committer_name: c.committerName,
    committer_email: c.committerEmail,
    committed_date: c.committedAt,
    trailers: {},
    extended_trailers: {},
    web_url: `${web}/-/commit/${c.id}`,
  });

  async function handle(request: ForgeRequest): Promise<ForgeReply> {
    const parts = segmentsAfter(request.path, '/api/v4/projects/');
    if (parts === null) return { status: 404, body: { error: '404 Not Found' } };
    const [project, ...route] = parts;
    if (project !== `${owner}/${name}`) return notFound('Project');
    const at = route.join('/');
    if (request.method === 'GET' && at === '') {
      return {
        status: 200,
        body: { id: 1, name, path: name, path_with_namespace: `${owner}/${name}`, default_branch: branch, web_url: web, empty_repo: false },
      };
    }
    if (request.method === 'GET' && route[0] === 'repository' && route[1] === 'branches' && route.length > 2) {
      const wanted = route.slice(2).join('/');
      const head = await repo.head(wanted);
      if (head === null) return notFound('Branch');
      const [commit] = await readCommits(repo, head, 1);
      const body = {
        name: wanted,
        commit: entity(commit!),
        merged: false,
        protected: false,
        developers_can_push: false,
        developers_can_merge: false,
        can_push: true,
        default: wanted === branch,
        web_url: `${web}/-/tree/${wanted}`,
      };
      return { status: 200, body };
    }
    if (request.method === 'GET' && at === 'repository/tree') return tree(request);
    if (request.method === 'GET' && route[0] === 'repository' && route[1] === 'files' && route.length === 4 && route[3] === 'raw') {
      const commit = await resolveCommit(repo, request.query.get('ref') ?? branch);
      const bytes = commit === null ? null : await repo.read(commit, route[2]!);
      if (bytes === null) return notFound('File');
      return { status: 200, body: bytes.toString('utf8'), headers: { 'content-type': 'text/plain; charset=utf-8' } };
    }
    if (request.method === 'GET' && at === 'repository/commits') {
      const commit = await resolveCommit(repo, request.query.get('ref_name') ?? branch);
      if (commit === null) return notFound('Commit');
      const perPage = intParam(request, 'per_page', 20, 100);
      const page = intParam(request, 'page', 1);
      return { status: 200, body: (await readCommits(repo, commit, perPage, (page - 1) * perPage)).map(entity) };
    }
    if (request.method === 'POST' && at === 'repository/commits') return createCommit(request);
    return { status: 404, body: { error: '404 Not Found' } };
  }

  async function tree(request: ForgeRequest): Promise<ForgeReply> {
    const commit = await resolveCommit(repo, request.query.get('ref') ?? branch);
    if (commit === null) return notFound('Tree');
    const path = (request.query.get('path') ?? '').replace(/^\/+|\/+$/g, '');
    if (path !== '' && (await entryAt(repo, commit, path))?.type !== 'tree') return notFound('invalid revision or path');
    const all = (await repo.list(commit, path)).map((e) => ({
      id: e.id,
      name: e.name,
      type: e.mode === '160000' ? 'commit' : e.type,
      path: e.path,
      mode: e.mode,
    }));
    const perPage = intParam(request, 'per_page', 20, 100);
    const page = intParam(request, 'page', 1);
    const next = page * perPage < all.length ? String(page + 1) : '';
    const link = (p: number, rel: string) => {
      const query = new URLSearchParams(request.query);
      query.set('page', String(p));
      return `<${origin}${request.path}?${query.toString()}>; rel="${rel}"`;
    };
    const headers = {
      'x-page': String(page),
      'x-per-page': String(perPage),
      'x-next-page': next,
      'x-prev-page': page > 1 ? String(page - 1) : '',
      link: [next ? link(page + 1, 'next') : '', link(1, 'first')].filter(Boolean).join(', '),
    };
    return { status: 200, body: all.slice((page - 1) * perPage, page * perPage), headers };
  }

  async function createCommit(request: ForgeRequest): Promise<ForgeReply> {
    const body = jsonBody(request) as { branch?: unknown; commit_message?: unknown; actions?: unknown } | undefined;
    if (body === undefined || typeof body !== 'object' || body === null)
      return { status: 400, body: { error: 'branch is missing, commit_message is missing, actions is missing' } };
    // Grape checks every parameter first and names each bad one, joined by ", ".
    const problems: string[] = [];
    if (typeof body.branch !== 'string') problems.push('branch is missing');
    if (typeof body.commit_message !== 'string') problems.push('commit_message is missing');
    if (!Array.isArray(body.actions)) problems.push('actions is missing');
    const actions = (Array.isArray(body.actions) ? body.actions : []) as Record<string, unknown>[];
    if (Array.isArray(body.actions) && actions.length === 0) problems.push('actions is empty');
    actions.forEach((a, i) => {
      if (!ACTIONS.includes(a.action as string)) problems.push(`actions[${i}][action] does not have a valid value`);
      if (typeof a.file_path !== 'string') problems.push(`actions[${i}][file_path] is missing`);
      if (a.encoding !== undefined && !ENCODINGS.includes(a.encoding as string)) problems.push(`actions[${i}][encoding] does not have a valid value`);
    });
    if (problems.length > 0) return { status: 400, body: { error: problems.join(', ') } };
    const target = body.branch as string;
    const head = await repo.head(target);
    if (head === null) return { status: 400, body: { message: 'You can only create or edit files when you are on a branch' } };
    const files: { path: string; id: string }[] = [];
    for (const action of actions) {
      const path = action.file_path as string;
      const existing = await entryAt(repo, head, path);
      if (action.action === 'create' && existing !== null) return { status: 400, body: { message: 'A file with this name already exists' } };
      if (action.action === 'update' && existing?.type !== 'blob') return { status: 400, body: { message: "A file with this name doesn't exist" } };
      if (action.action !== 'create' && action.action !== 'update')
        return { status: 501, body: { message: `The fake GitLab does not implement "${String(action.action)}"` } };
      // Without encoding GitLab stores the text as given, so base64 sent as "text" lands as base64.
      const content = typeof action.content === 'string' ? action.content : '';
      const bytes = action.encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
      files.push({ path, id: await repo.writeBlob(bytes) });
    }
    const commit = await repo.writeCommit(await repo.writeTree(head, files), [head], body.commit_message as string);
    if (!(await repo.moveBranch(target, commit, head)))
      return { status: 400, body: { message: `Could not update refs/heads/${target}. Please refresh and try again.` } };
    const [details] = await readCommits(repo, commit, 1);
    return { status: 201, body: { ...entity(details!), stats: { additions: 0, deletions: 0, total: 0 }, status: null, project_id: 1, last_pipeline: null } };
  }

  const server = await startForge({
    repo,
    token: options.token,
    // GitLab takes a personal access token as PRIVATE-TOKEN or as a Bearer token.
    readToken: (headers) => {
      const direct = headers['private-token'];
      if (typeof direct === 'string') return direct;
      return /^Bearer (.+)$/i.exec(headers.authorization ?? '')?.[1] ?? null;
    },
    handler: handle,
  });
  origin = server.origin;
  web = `${origin}/${owner}/${name}`;
  return { ...server, apiUrl: `${server.origin}/api/v4` };
}
