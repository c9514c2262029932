// The device's side of publishing: fetch with a time limit, Web Crypto's SHA-1, and base64.
// Node 20 has the same three, so tests publish to the test forge through this very code.
import { PublishError } from '../publish/errors';
import type { Http, Platform } from '../publish/types';

/** How long one request may take before it counts as "no answer" (a big commit on a slow phone link). */
export const REQUEST_TIMEOUT_MS = 120_000;

/** Http over fetch: no answer becomes PublishError "network", a slow one "timeout". */
export function fetchHttp(timeoutMs = REQUEST_TIMEOUT_MS): Http {
  return async ({ method, url, headers, body }) => {
    let response: Response;
    try {
      // No credentials or referrer leave the app: the token travels only in the header asked for.
      response = await fetch(url, {
        method,
        headers,
        body,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'TimeoutError') {
        throw new PublishError('timeout', `No answer from ${new URL(url).host} within ${Math.round(timeoutMs / 1000)} s.`);
      }
      throw new PublishError(
        'network',
        `Could not reach ${new URL(url).host}: the device may be offline, or the server does not accept requests from web apps (CORS).`,
      );
    }
    const out: Record<string, string> = {};
    for (const [name, value] of response.headers) out[name.toLowerCase()] = value;
    return { status: response.status, headers: out, body: await response.text() };
  };
}

/** The platform the app publishes with. */
export function browserPlatform(http: Http = fetchHttp()): Platform {
  return {
    http,
    sha1: async (bytes) => new Uint8Array(await crypto.subtle.digest('SHA-1', bytes as Uint8Array<ArrayBuffer>)),
    base64: (bytes) => {
      // btoa takes a "binary string"; built in chunks, as one call per byte is slow on phones.
      let binary = '';
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    },
  };
}
