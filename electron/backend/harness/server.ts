/**
 * The browser harness: the built renderer and the same backend contract on 127.0.0.1 only.
 * Every request carries the per-run token, as a cookie set from the first URL or as a bearer header.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dispatch } from '../rpc.ts';
import { serveStatic } from './static-files.ts';

export type HarnessEvent = { name: string; payload: unknown };

export type HarnessOptions = {
  staticDir: string;
  dispatch: Dispatch;
  uploadDir: string;
  port?: number;
  token?: string;
  maxBodyBytes?: number;
};

export type Harness = {
  url: string;
  /** URL that logs a browser in (sets the token cookie, then redirects to the app). */
  loginUrl: string;
  token: string;
  port: number;
  broadcast: (event: HarnessEvent) => void;
  close: () => Promise<void>;
};

const COOKIE = 'rasoat_token';

function tokenOf(req: IncomingMessage): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7);
  const cookie = req.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === COOKIE && v) return v;
  }
  return null;
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

export async function startHarness(opts: HarnessOptions): Promise<Harness> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const limit = opts.maxBodyBytes ?? 200 * 1024 * 1024;
  const root = path.resolve(opts.staticDir);
  const clients = new Set<ServerResponse>();
  let port = 0;

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent)
        json(res, 500, { ok: false, error: { code: 'internal', message: String(err) } });
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Refuse other hosts (DNS rebinding) and cross-site requests.
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`)
      return void res.writeHead(421).end();
    const origin = req.headers.origin;
    if (origin && origin !== `http://${host}`) return void res.writeHead(403).end();
    const url = new URL(req.url ?? '/', `http://${host}`);
    const given = url.pathname === '/login' ? url.searchParams.get('token') : tokenOf(req);
    if (!given || !same(given, token)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' });
      return void res.end('Thiếu hoặc sai mã truy cập của phiên này.');
    }
    if (url.pathname === '/login') {
      res.writeHead(303, {
        'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        location: '/',
      });
      return void res.end();
    }
    if (url.pathname === '/rpc' && req.method === 'POST') {
      const body = JSON.parse((await readBody(req, limit)).toString('utf8')) as {
        method?: unknown;
        input?: unknown;
      };
      const result = await opts.dispatch(String(body.method ?? ''), body.input);
      return json(res, 200, result);
    }
    if (url.pathname === '/upload' && req.method === 'POST') {
      const name = path.basename(decodeURIComponent(String(req.headers['x-file-name'] ?? 'tep')));
      const dir = path.join(opts.uploadDir, randomBytes(6).toString('hex'));
      await mkdir(dir, { recursive: true });
      const file = path.join(dir, name || 'tep');
      await writeFile(file, await readBody(req, limit));
      return json(res, 200, { ok: true, value: { path: file } });
    }
    if (url.pathname === '/events' && req.method === 'GET') {
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (req.method !== 'GET') return void res.writeHead(405).end();
    await serveStatic(root, url.pathname, res);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const addr = server.address();
  port = typeof addr === 'object' && addr ? addr.port : 0;
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    loginUrl: `${url}login?token=${token}`,
    token,
    port,
    broadcast: (event) => {
      const line = `data: ${JSON.stringify(event)}\n\n`;
      for (const c of clients) c.write(line);
    },
    close: async () => {
      for (const c of clients) c.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
