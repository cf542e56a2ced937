#!/usr/bin/env node
// Serves a built site under a sub-path, as GitHub Pages serves a project site, with no dependency.
// Usage: node scripts/serve-under-path.mjs <dir> <basePath> <port> [host]
//   e.g. node scripts/serve-under-path.mjs dist /eventbridge-designer/ 4180
// Only GET and HEAD; the base path without its slash redirects to it; anything outside it, any
// missing file and any path that would leave <dir> is a 404. Files are read on each request, so a
// rebuild is served without a restart.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const [dirArg, baseArg, portArg, host = '127.0.0.1'] = process.argv.slice(2);
if (!dirArg || !baseArg || !portArg || !/^\d+$/.test(portArg)) {
  console.error('usage: node scripts/serve-under-path.mjs <dir> <basePath> <port> [host]');
  process.exit(2);
}
const root = resolve(dirArg);
const base = `/${baseArg.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
const port = Number(portArg);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/** The file a URL path names inside root, or null when it is outside base or outside root. */
function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  let relative;
  try {
    relative = decodeURIComponent(pathname.slice(base.length));
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  const file = resolve(root, `./${relative}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

const server = createServer(async (req, res) => {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed\n', { allow: 'GET, HEAD' });
  const { pathname, search } = new URL(req.url ?? '/', 'http://localhost');
  if (`${pathname}/` === base) return send(res, 301, '', { location: base + search });
  let file = fileFor(pathname);
  if (!file) return send(res, 404, 'Not found\n');
  try {
    if ((await stat(file)).isDirectory()) file = resolve(file, 'index.html');
    const body = await readFile(file);
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'content-length': body.length,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    send(res, 404, 'Not found\n');
  }
});

server.listen(port, host, () => console.log(`serving ${root} at http://${host}:${port}${base}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
