// How the GitHub forge talks to GitHub: its addresses, headers, REST calls and GraphQL calls,
// with GitHub's in-band GraphQL errors turned into PublishErrors like any refused request.
import { PublishError } from '../errors';
import { webOrigin } from '../hosts';
import { errorForResponse, jsonOf, REFUSALS, retryAfterMs } from '../http';
import type { BlogConnection, HttpRequest, HttpResponse, Platform } from '../types';

/** The host's name in messages. */
export const GITHUB = 'GitHub';

/** GitHub's GraphQL endpoint for a REST API address: api.github.com/graphql, or an Enterprise server's /api/graphql. */
export function githubGraphqlUrl(apiUrl: string): string {
  const base = apiUrl.replace(/\/+$/, '');
  // GitHub Enterprise Server serves REST under /api/v3 and GraphQL beside it, not under it.
  return /\/api\/v3$/.test(base) ? base.replace(/\/v3$/, '/graphql') : `${base}/graphql`;
}

/** The repository's page: github.com for api.github.com, the API's own origin for Enterprise. */
export function githubWebUrl(connection: Pick<BlogConnection, 'apiUrl' | 'owner' | 'repo'>): string {
  return `${webOrigin(connection.apiUrl)}/${connection.owner}/${connection.repo}`;
}

/** The headers every request to GitHub carries. */
export function githubHeaders(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}`, Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' };
}

/** A path segment for a URL; branch names keep their slashes, as GitHub's routes expect them. */
export function pathPart(value: string): string {
  return value.split('/').map(encodeURIComponent).join('/');
}

/** Sends one REST request under /repos/{owner}/{repo}; returns the raw answer, or throws PublishError for a refusal it does not `allow`. */
export async function githubRest(
  connection: BlogConnection,
  platform: Platform,
  request: { method: HttpRequest['method']; path: string; body?: unknown; accept?: string },
  allow: (response: HttpResponse) => boolean = () => false,
): Promise<HttpResponse> {
  const headers = githubHeaders(connection.token);
  if (request.accept) headers.Accept = request.accept;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  const url = `${connection.apiUrl.replace(/\/+$/, '')}/repos/${encodeURIComponent(connection.owner)}/${encodeURIComponent(connection.repo)}${request.path}`;
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  const response = await platform.http({ method: request.method, url, headers, ...(body === undefined ? {} : { body }) });
  if ((response.status < 200 || response.status > 299) && !allow(response)) throw errorForResponse(response, GITHUB);
  return response;
}

/** A REST request whose answer is JSON. */
export async function githubRestJson<T>(connection: BlogConnection, platform: Platform, request: Parameters<typeof githubRest>[2]): Promise<T> {
  return jsonOf<T>(await githubRest(connection, platform, request), GITHUB);
}

/** One GitHub GraphQL error, as GitHub sends it (its `type` sits beside the message). */
interface GraphqlError {
  type?: string;
  message?: string;
}

/** Runs one GraphQL query or mutation; any error in GitHub's answer becomes a PublishError. */
export async function githubGraphql<T>(connection: BlogConnection, platform: Platform, query: string, variables: Record<string, unknown>): Promise<T> {
  const headers = { ...githubHeaders(connection.token), 'Content-Type': 'application/json' };
  const response = await platform.http({ method: 'POST', url: githubGraphqlUrl(connection.apiUrl), headers, body: JSON.stringify({ query, variables }) });
  if (response.status < 200 || response.status > 299) throw errorForResponse(response, GITHUB);
  const answer = jsonOf<{ data?: T | null; errors?: GraphqlError[] }>(response, GITHUB);
  if (answer.errors && answer.errors.length > 0) throw graphqlError(answer.errors, response.headers, connection);
  if (answer.data === undefined || answer.data === null) throw new PublishError('server', `${GITHUB} sent an empty answer; Talknotes will try again.`);
  return answer.data;
}

/** The PublishError for GitHub's GraphQL errors (it answers them with status 200). */
export function graphqlError(
  errors: readonly GraphqlError[],
  headers: Record<string, string>,
  connection: Pick<BlogConnection, 'branch'>,
  now = Date.now(),
): PublishError {
  const reasons = errors.map((e) => e.message ?? e.type ?? 'unknown error').join('; ');
  const said = ` ${GITHUB} said: “${reasons}”`;
  const has = (type: string) => errors.some((e) => e.type === type);
  if (has('RATE_LIMITED')) {
    const wait = retryAfterMs(headers, now) ?? 60_000;
    return new PublishError('rate-limited', `${GITHUB} asks Talknotes to wait (too many requests); it tries again in ${Math.ceil(wait / 1000)} s.`, wait);
  }
  // createCommitOnBranch's compare-and-swap: "Expected branch to point to "<oid>" but it did not."
  if (has('STALE_DATA') || errors.some((e) => /Expected branch to point to/.test(e.message ?? ''))) {
    return new PublishError(
      'head-moved',
      `The branch “${connection.branch}” moved on while publishing (someone else committed); Talknotes reads it again.${said}`,
    );
  }
  if (has('NOT_FOUND')) {
    return new PublishError('not-found', REFUSALS.notFound(GITHUB, said));
  }
  if (has('FORBIDDEN') || has('INSUFFICIENT_SCOPES')) {
    return new PublishError('auth', REFUSALS.noPermission(said));
  }
  return new PublishError('invalid', `${GITHUB} refused the request.${said}`);
}
