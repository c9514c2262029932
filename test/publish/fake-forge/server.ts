// A fake forge's HTTP side: a local server (127.0.0.1 only) that checks the token, answers CORS as
// the real hosts do, records every request, and can be told to fail in the ways real hosts fail.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GitRepo } from './git-repo';

/** A request as a route handler sees it. */
export interface ForgeRequest {
  method: string;
  /** Path without the query, e.g. "/repos/me/blog/git/trees". */
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** The raw body text ("" when none). */
  body: string;
}

/** What a handler answers. */
export interface ForgeReply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** A route handler: the forge's API over the repository. Unknown routes answer 404. */
export type ForgeHandler = (request: ForgeRequest) => Promise<ForgeReply>;

/** A failure to inject: answer with this instead, or act and then drop the connection. */
export type Fault =
  | { kind: 'reply'; reply: ForgeReply }
  /** Carry the request out, then cut the connection without an answer (a killed app, a lost link). */
  | { kind: 'drop-after' }
  /** Cut the connection without doing anything. */
  | { kind: 'drop-before' };

/** A running fake forge. */
export interface FakeForgeServer {
  /** e.g. "http://127.0.0.1:43121" */
  origin: string;
  repo: GitRepo;
  /** Every request in order (method and path), for counting requests and bytes. */
  requests: { method: string; path: string; bytes: number }[];
  /** Injects a fault into the next request that `matches` (method and path), once. */
  failNext(matches: (request: ForgeRequest) => boolean, fault: Fault): void;
  /** Runs once just before the next request that `matches` is handled (e.g. to move the branch). */
  before(matches: (request: ForgeRequest) => boolean, action: () => Promise<void>): void;
  close(): Promise<void>;
}

/** What a request must carry to be let in: returns the token it found, or null. */
export type TokenReader = (headers: IncomingMessage['headers']) => string | null;

/**
 * Starts a fake forge on 127.0.0.1 (port 0 = any free one). Requests without `token` get 401, as
 * the real hosts answer them.
 */
export async function startForge(options: {
  repo: GitRepo;
  token: string;
  readToken: TokenReader;
  handler: ForgeHandler;
  port?: number;
}): Promise<FakeForgeServer> {
  const faults: { matches: (r: ForgeRequest) => boolean; fault: Fault }[] = [];
  const befores: { matches: (r: ForgeRequest) => boolean; action: () => Promise<void> }[] = [];
  const requests: FakeForgeServer['requests'] = [];

  const send = (res: ServerResponse, reply: ForgeReply) => {
    const body = reply.body === undefined ? '' : typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body);
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...CORS, ...reply.headers });
    res.end(body);
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        if (req.method === 'OPTIONS') return send(res, { status: 204 });
        const url = new URL(req.url ?? '/', 'http://forge.test');
        const body = Buffer.concat(chunks).toString('utf8');
        const request: ForgeRequest = { method: req.method ?? 'GET', path: decodeURI(url.pathname), query: url.searchParams, headers: req.headers, body };
        requests.push({ method: request.method, path: request.path, bytes: chunks.reduce((n, c) => n + c.length, 0) });
        if (options.readToken(req.headers) !== options.token) return send(res, { status: 401, body: { message: 'Bad credentials' } });
        const beforeAt = befores.findIndex((b) => b.matches(request));
        if (beforeAt >= 0) await befores.splice(beforeAt, 1)[0]!.action();
        const faultAt = faults.findIndex((f) => f.matches(request));
        const fault = faultAt >= 0 ? faults.splice(faultAt, 1)[0]!.fault : null;
        if (fault?.kind === 'reply') return send(res, fault.reply);
        if (fault?.kind === 'drop-before') return res.destroy();
        let reply: ForgeReply;
        try {
          reply = await options.handler(request);
        } catch (error) {
          reply = { status: 500, body: { message: error instanceof Error ? error.message : String(error) } };
        }
        if (fault?.kind === 'drop-after') return res.destroy();
        send(res, reply);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    repo: options.repo,
    requests,
    failNext: (matches, fault) => void faults.push({ matches, fault }),
    before: (matches, action) => void befores.push({ matches, action }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// The hosts allow any origin with a token in a header (no cookies), as these do.
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'Authorization, Content-Type, PRIVATE-TOKEN, Accept, X-GitHub-Api-Version',
  'access-control-expose-headers': 'Retry-After, X-RateLimit-Remaining, X-RateLimit-Reset, RateLimit-Reset, Link, X-Total-Pages, X-Next-Page',
};
