/**
 * The loopback bridge: serves the built renderer and mounts the same handlers as the desktop
 * app over HTTP at /api/<call>, for tests and for machines without an Electron binary.
 * Bound to 127.0.0.1, guarded by a per-run token and a Host check. Never packaged.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve, sep } from 'node:path';
import type { Handlers } from '../../shared/api';
import { errorCodes, type Envelope, type ErrorCode, type ErrorParams } from '../../shared/errors';
import { dispatch } from '../backend/dispatch';
import { readBody } from './body';
import { CONTENT_SECURITY_POLICY } from '../backend/csp';

/** Largest request body accepted: an import of a 20 MB file, base64-encoded, in JSON. */
export const MAX_BODY_BYTES = 28 * 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export interface BridgeOptions {
  handlers: Handlers;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
}

export interface Bridge {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/** Whether the Host header names this bridge (guards against DNS rebinding). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Whether an Authorization header carries the run's token (constant-time comparison). */
export function hasToken(header: string | undefined, token: string): boolean {
  if (!header?.startsWith('Bearer ')) return false;
  const given = Buffer.from(header.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

/** The HTTP status of an error code: the client's fault (4xx), or the server's (5xx). */
export function statusOf(code: ErrorCode): number {
  return STATUS[code] ?? 500;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  'invalid-request': 400,
  'request-not-json': 400,
  'unknown-call': 404,
  'not-found': 404,
  'not-in-trash': 404,
  'no-example': 404,
  'file-not-found': 404,
  unauthorized: 401,
  'forbidden-host': 403,
  'forbidden-sender': 403,
  'permission-denied': 403,
  'read-only': 403,
  'method-not-allowed': 405,
  quarantined: 409,
  conflict: 409,
  'request-too-large': 413,
  'too-large': 413,
  'disk-full': 507,
};
for (const code of errorCodes)
  if (code.startsWith('file-') || code === 'invalid-file' || code === 'not-an-assessment') STATUS[code] ??= 422;

function sendError(res: ServerResponse, code: ErrorCode, params: ErrorParams = {}): void {
  send(res, statusOf(code), { ok: false, error: { code, params } } satisfies Envelope<never>);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, handlers: Handlers): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    sendError(res, 'method-not-allowed');
    return;
  }
  let payload: unknown = {};
  try {
    const text = await readBody(req, MAX_BODY_BYTES);
    payload = text.trim() === '' ? {} : JSON.parse(text);
  } catch (err) {
    sendError(res, (err as { status?: number }).status === 413 ? 'request-too-large' : 'request-not-json');
    return;
  }
  const result = await dispatch(handlers, name, payload);
  send(res, result.ok ? 200 : statusOf(result.error.code), result);
}

async function handleStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  let file = resolve(root, `.${decodeURIComponent(pathname)}`);
  if (!(file === root || file.startsWith(root + sep))) {
    res.writeHead(404).end();
    return;
  }
  let info = await stat(file).catch(() => null);
  if (!info || info.isDirectory()) {
    // A single-page app: unknown paths get index.html, but missing assets get a 404.
    if (extname(pathname)) {
      res.writeHead(404).end();
      return;
    }
    file = resolve(root, 'index.html');
    info = await stat(file).catch(() => null);
    if (!info) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('De renderer is niet gebouwd.');
      return;
    }
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': file.endsWith('index.html') ? 'no-store' : 'public, max-age=3600',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}

/** Starts the bridge on 127.0.0.1. */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const root = resolve(options.staticDir);
  let port = options.port;

  const server = createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, port)) {
      sendError(res, 'forbidden-host');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const api = /^\/api\/([^/]*)$/.exec(url.pathname);
    if (api || url.pathname.startsWith('/api/')) {
      if (!hasToken(req.headers.authorization, token)) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        sendError(res, 'unauthorized');
        return;
      }
      void handleApi(req, res, api?.[1] ?? '', options.handlers).catch(() => {
        if (!res.headersSent) sendError(res, 'internal');
      });
      return;
    }
    void handleStatic(req, res, root, url.pathname).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => done());
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
