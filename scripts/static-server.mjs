// A small static file server for the built app, used by the browser tests and the screenshot
// script: serves a folder, answers unknown routes with index.html (as a static host configured for
// a single-page app would), and can be stopped for real, so "offline" in a test means no server.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `root` on 127.0.0.1 at a free port, under `prefix` (e.g. "/talknotes", as GitHub Pages
 * serves a project site); paths outside the prefix get a 404.
 * @param {string} root folder to serve
 * @param {{ prefix?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>} close() cuts open connections and
 *   stops the server, or rejects if it has not stopped within 10 s
 */
export async function serveFolder(root, { prefix = '' } = {}) {
  const sockets = new Set();
  const server = createServer(async (req, res) => {
    const fullPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!fullPath.startsWith(`${prefix}/`)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const path = fullPath.slice(prefix.length);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      res.writeHead(403).end();
      return;
    }
    let info = await stat(file).catch(() => null);
    if (info?.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file).catch(() => null);
    }
    if (!info) {
      if (extname(path)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
        return;
      }
      file = join(root, 'index.html'); // a route of the app, such as /talks/123
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      // The service worker must be re-checked on every update check, as real hosts are told to.
      'cache-control': file.endsWith('sw.js') || file.endsWith('.html') ? 'no-cache' : 'max-age=60',
    });
    createReadStream(file).pipe(res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}${prefix}/`;
  return {
    url,
    // Open connections are cut, so the server stops at once; failing that, this fails within 10 s.
    close: () =>
      new Promise((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        const deadline = setTimeout(() => reject(new Error(`The server at ${url} did not stop within 10 s`)), 10_000);
        server.close(() => {
          clearTimeout(deadline);
          resolve(undefined);
        });
      }),
  };
}
