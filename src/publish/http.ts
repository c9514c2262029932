// One helper for every forge request: send, read JSON, and turn a refusal into a PublishError.
import { PublishError } from './errors';
import type { Http, HttpRequest, HttpResponse } from './types';

/** Sends a request and parses its JSON answer; a non-2xx answer becomes a PublishError. */
export async function requestJson<T>(http: Http, request: HttpRequest, host: string): Promise<T> {
  const response = await http(request);
  if (response.status < 200 || response.status > 299) throw errorForResponse(response, host);
  if (response.body === '') return undefined as T;
  return jsonOf<T>(response, host);
}

/** The answer's JSON body; an unreadable one is the host's failure, not ours. */
export function jsonOf<T>(response: HttpResponse, host: string): T {
  try {
    return JSON.parse(response.body) as T;
  } catch {
    throw new PublishError('server', `${host} sent an answer Talknotes cannot read (status ${response.status}).`);
  }
}

/** The host's own reason, when its answer carries one ({ message } or { error }). */
export function hostReason(body: string): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown; error?: unknown; errors?: unknown };
    const reason = parsed.message ?? parsed.error;
    if (typeof reason === 'string') return reason;
    if (Array.isArray(reason)) return reason.map(String).join('; ');
    if (reason && typeof reason === 'object') return JSON.stringify(reason);
  } catch {
    // Not JSON: a proxy's or server's own page. Its first line is still the best reason there is.
  }
  return body.split('\n')[0]?.slice(0, 200) ?? '';
}

/** How long the host asks us to wait, from Retry-After or X-RateLimit-Reset, or null. */
export function retryAfterMs(headers: Record<string, string>, now: number): number | null {
  const after = headers['retry-after'];
  if (after !== undefined && /^\d+$/.test(after.trim())) return Number(after) * 1000;
  if (after !== undefined) {
    const at = Date.parse(after);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  // GitHub and GitLab send the reset time as epoch seconds.
  const reset = headers['x-ratelimit-reset'] ?? headers['ratelimit-reset'];
  if (reset !== undefined && /^\d+$/.test(reset.trim())) {
    const value = Number(reset);
    // RateLimit-Reset is seconds from now on some hosts, an epoch time on others.
    return value > 1e9 ? Math.max(0, value * 1000 - now) : value * 1000;
  }
  return null;
}

/** The sentences a refusal is told in, the same for every host (`said` is the host's own reason, or ""). */
export const REFUSALS = {
  noPermission: (said: string) =>
    `The token lacks permission to write to this repository. Give it read and write access to the repository's contents, or make a new one, in Settings → Blog repository.${said}`,
  notFound: (host: string, said: string) =>
    `${host} found no such repository or branch (or the token cannot see it). Check owner, repository and branch in Settings → Blog repository.${said}`,
  nothingToCommit: 'There is nothing to commit: every file is already on the branch.',
};

/** The PublishError for a refused request, worded for the person. */
export function errorForResponse(response: HttpResponse, host: string, now = Date.now()): PublishError {
  const { status, headers } = response;
  const reason = hostReason(response.body);
  const said = reason ? ` ${host} said: “${reason}”` : '';
  const wait = retryAfterMs(headers, now);
  const limited = status === 429 || (status === 403 && (headers['x-ratelimit-remaining'] === '0' || headers['retry-after'] !== undefined));
  if (limited) {
    const seconds = Math.ceil((wait ?? 60_000) / 1000);
    return new PublishError('rate-limited', `${host} asks Talknotes to wait (too many requests); it tries again in ${seconds} s.`, wait ?? 60_000);
  }
  if (status === 401) {
    return new PublishError(
      'auth',
      `${host} refused the token: it may have expired or been revoked. Make a new one and paste it in Settings → Blog repository.${said}`,
    );
  }
  if (status === 403) {
    return new PublishError('auth', REFUSALS.noPermission(said));
  }
  if (status === 404) {
    return new PublishError('not-found', REFUSALS.notFound(host, said));
  }
  if (status === 409) return new PublishError('head-moved', `The branch changed while publishing.${said}`);
  if (status === 413) return new PublishError('too-large', `The commit is larger than ${host} accepts at once.${said}`);
  if (status >= 500) return new PublishError('server', `${host} had a problem (status ${status}); Talknotes will try again.${said}`);
  return new PublishError('invalid', `${host} refused the request (status ${status}).${said}`);
}
