// Every way a publish can fail, as one error type whose message a person can act on.

/** What went wrong, in the terms the outbox acts on. */
export type PublishErrorKind =
  | 'network' // no answer at all (offline, DNS, refused): the host may or may not have acted
  | 'timeout' // no answer in time: the host may or may not have acted
  | 'auth' // 401/403: the token expired or lacks permission
  | 'not-found' // 404: no such repository or branch (or the token cannot see it)
  | 'head-moved' // the branch moved on since it was read, or a file changed under us
  | 'rate-limited' // the host asks us to wait (retryAfterMs)
  | 'too-large' // the commit is more than the host takes at once
  | 'server' // 5xx: the host failed; it may or may not have acted
  | 'invalid'; // any other refusal, with the host's reason

/** A failed publishing step, with a message in plain words. */
export class PublishError extends Error {
  override name = 'PublishError';
  constructor(
    readonly kind: PublishErrorKind,
    message: string,
    /** For "rate-limited": how long the host asks us to wait. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

/** True when the host may have carried out the request although we got no proper answer. */
export function isAmbiguous(error: unknown): boolean {
  return error instanceof PublishError && (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server');
}
