// Requests whose answer the GitLab and Gitea/Forgejo clients need whole (headers for paging, 404
// as "there is none", raw text), on top of the shared refusal wording in ../http.
import { PublishError } from '../errors';
import { errorForResponse } from '../http';
import type { Http, HttpRequest, HttpResponse } from '../types';

/** The answer itself when it is a 2xx; otherwise the PublishError ../http words for it. */
export function checked(response: HttpResponse, host: string): HttpResponse {
  if (response.status < 200 || response.status > 299) throw errorForResponse(response, host);
  return response;
}

/** Sends a request; a non-2xx answer becomes a PublishError. */
export async function send(http: Http, request: HttpRequest, host: string): Promise<HttpResponse> {
  return checked(await http(request), host);
}

/** Like send, but a 404 answers null: the folder or file is simply not there. */
export async function sendOrNull(http: Http, request: HttpRequest, host: string): Promise<HttpResponse | null> {
  const response = await http(request);
  return response.status === 404 ? null : checked(response, host);
}

export { jsonOf } from '../http';

/** True when the error is a PublishError of this kind. */
export function isKind(error: unknown, kind: PublishError['kind']): error is PublishError {
  return error instanceof PublishError && error.kind === kind;
}

/**
 * The branch's head, read by `readHead`. When the host answers "not found", `readRepository` tells
 * whether the repository itself is missing (or hidden from the token) or only the branch, and the
 * error says which, in the words given.
 */
export async function headNamingWhatIsMissing(
  readHead: () => Promise<string>,
  readRepository: () => Promise<unknown>,
  say: { noRepository: string; noBranch: string },
): Promise<string> {
  try {
    return await readHead();
  } catch (error) {
    if (!isKind(error, 'not-found')) throw error;
  }
  try {
    await readRepository();
  } catch (error) {
    if (!isKind(error, 'not-found')) throw error;
    throw new PublishError('not-found', say.noRepository);
  }
  throw new PublishError('not-found', say.noBranch);
}
