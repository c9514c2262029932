// A fake GitHub (github.com or Enterprise, /api/v3 + /api/graphql) over a real bare repository.
// Every request is checked against GitHub's published GraphQL schema and REST OpenAPI description,
// and so is every REST answer the fake gives; whatever fails lands in `problems`, which tests assert empty.
import type { GitRepo } from './git-repo';
import { startForge, type FakeForgeServer, type ForgeReply, type ForgeRequest } from './server';
import { checkGraphql, checkRest, checkRestResponse, githubExamples } from './github-check';
import { executeGithub, type GithubPlace } from './github-graphql';
import { githubRoutes, type GithubRoute } from './github-rest';

/** A running fake GitHub. */
export interface FakeGithub extends FakeForgeServer {
  /** Everything that broke GitHub's published descriptions (requests and the fake's own answers). */
  problems: string[];
}

/** Starts a fake GitHub for `owner/name`, whose branches are the repository's; the API address is `origin` (or `origin/api/v3`). */
export async function startGithubForge(options: {
  repo: GitRepo;
  token: string;
  owner: string;
  name: string;
  branch: string;
  textLimit?: number;
}): Promise<FakeGithub> {
  const problems: string[] = [];
  const place: GithubPlace = {
    repo: options.repo,
    owner: options.owner,
    name: options.name,
    branch: options.branch,
    origin: '',
    problems,
    textLimit: options.textLimit ?? 512 * 1024,
  };
  const routes = githubRoutes(await githubExamples());
  const server = await startForge({
    repo: options.repo,
    token: options.token,
    readToken: (headers) => /^(?:Bearer|token) (.+)$/.exec(headers.authorization ?? '')?.[1] ?? null,
    handler: (request) => handle(place, routes, request),
  });
  place.origin = server.origin;
  return Object.assign(server, { problems });
}

async function handle(place: GithubPlace, routes: GithubRoute[], request: ForgeRequest): Promise<ForgeReply> {
  // GitHub Enterprise Server serves the same API under /api/v3 and /api/graphql.
  const path = request.path.replace(/^\/api\/v3(?=\/)/, '').replace(/^\/api\/graphql$/, '/graphql');
  const accept = String(request.headers.accept ?? '');
  if (request.headers['x-github-api-version'] !== '2022-11-28') place.problems.push(`${request.method} ${path}: no X-GitHub-Api-Version: 2022-11-28`);
  if (!accept.startsWith('application/vnd.github')) place.problems.push(`${request.method} ${path}: Accept is “${accept}”, not a GitHub media type`);
  let body: unknown;
  try {
    body = request.body === '' ? undefined : JSON.parse(request.body);
  } catch {
    place.problems.push(`${request.method} ${path}: the body is not JSON`);
    return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest', status: '400' } };
  }
  if (request.method === 'POST' && path === '/graphql') return graphqlRequest(place, body);

  for (const route of routes) {
    const params = match(route, request.method, path);
    if (!params) continue;
    if (params.owner !== place.owner || params.repo !== place.name) {
      return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
    }
    const problems = await checkRest(request.method, route.template, body);
    if (problems.length > 0) {
      place.problems.push(...problems);
      return { status: 422, body: { message: `Invalid request.\n\n${problems.join('\n')}`, documentation_url: 'https://docs.github.com/rest', status: '422' } };
    }
    const reply = await route.handle(place, params, body, accept);
    if (typeof reply.body === 'object') place.problems.push(...(await checkRestResponse(request.method, route.template, reply.status, reply.body)));
    return reply;
  }
  place.problems.push(`${request.method} ${path}: the fake GitHub has no such route`);
  return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
}

async function graphqlRequest(place: GithubPlace, body: unknown): Promise<ForgeReply> {
  const { query, variables = {} } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
  const { document, problems } = typeof query === 'string' ? await checkGraphql(query, variables) : { document: null, problems: ['GraphQL: no query'] };
  if (problems.length > 0 || !document) {
    place.problems.push(...problems);
    return { status: 200, body: { errors: problems.map((message) => ({ message })) } };
  }
  return { status: 200, body: await executeGithub(place, document, variables) };
}

/** The route's parameters when `path` fits its template. */
function match(route: GithubRoute, method: string, path: string): Record<string, string> | null {
  if (route.method !== method) return null;
  const names: string[] = [];
  const pattern = route.template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return name === 'branch' || name === 'ref' ? '(.+)' : '([^/]+)';
  });
  const found = new RegExp(`^${pattern}$`).exec(path);
  return found ? Object.fromEntries(names.map((name, i) => [name, found[i + 1]!])) : null;
}
