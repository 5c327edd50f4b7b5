// The browser host's HTTP server: the built renderer as static files, and the API contract as
// `POST /api/<channel>` with a JSON body, answered with the same envelope the Electron IPC
// host returns. It listens on loopback only and trusts nothing about the request:
//   - every request must name this server in its Host header (defeats DNS rebinding, where a
//     hostile page makes its own name resolve to 127.0.0.1);
//   - a request a browser marks as coming from another site (Origin / Sec-Fetch-Site) is refused;
//   - /api needs `Authorization: Bearer <token>` (compared in constant time) and a JSON
//     Content-Type, which a cross-site form or "simple" fetch cannot send without a preflight
//     this server never answers;
//   - bodies are capped, and nothing of a failure's internals reaches the client.
// Static files need no token: the page must load before it can read the token from its URL.
// The pure request rules are in rules.ts, body reading in body.ts.
import { realpathSync, type Stats } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve, sep } from 'node:path';
import { ApiError, HTTP_STATUS, type ApiErrorBody, type Envelope } from '../../shared/envelope';
import { BACKUP_DOWNLOAD_PATH, sendBackup } from './backup';
import { PLAN_DOWNLOAD_PATH, sendPlan } from './plan';
import { CONTENT_SECURITY_POLICY } from '../shell/security';

export type { HostDispatch, HttpHost, HttpHostOptions, UploadReceiver } from './types';

export { MAX_BODY_BYTES, MAX_DRAIN_BYTES } from './body';

/** The same strict policy the Electron window uses (one definition, in shell/security.ts). */
export { CONTENT_SECURITY_POLICY };

import { bodyLimitFor, readBody } from './body';
import type { HttpHost, HttpHostOptions, UploadReceiver } from './types';
import { NO_TOKEN, SECURITY_HEADERS, WRONG_TOKEN } from './rules';

export { NO_TOKEN, WRONG_TOKEN };
import {
  bearerToken,
  contentTypeFor,
  isJsonContentType,
  isOctetStream,
  LOOPBACK,
  staticPathFor,
  tokenMatches,
} from './rules';

export {
  bearerToken,
  contentTypeFor,
  isJsonContentType,
  isOctetStream,
  staticPathFor,
  tokenMatches,
};

function errorEnvelope(code: ApiErrorBody['code'], message: string): Envelope<never> {
  return { ok: false, error: { code, message } };
}

/**
 * Starts the host and resolves once it is listening.
 * Throws when asked to bind anything but a loopback address or given an empty token.
 */
export async function createHttpHost(options: HttpHostOptions): Promise<HttpHost> {
  const { dispatch, token, host = '127.0.0.1', port = 0 } = options;
  const log = options.log ?? ((message, error) => console.error(message, error));
  if (!LOOPBACK.test(host)) {
    throw new Error(
      `The browser host only listens on a loopback address (127.x.x.x), not ${host}.`,
    );
  }
  if (token.length === 0) throw new Error('The browser host needs a non-empty token.');
  const staticRoot = realpathSync(resolve(options.staticDir));

  let allowedHosts = new Set<string>();

  function send(
    res: ServerResponse,
    status: number,
    body: string | Buffer,
    headers: Record<string, string>,
    head = false,
  ): void {
    const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      ...headers,
      'Content-Length': String(payload.length),
    });
    res.end(head ? undefined : payload);
  }

  function sendEnvelope(
    res: ServerResponse,
    envelope: Envelope<unknown>,
    status?: number,
    headers: Record<string, string> = {},
  ): void {
    const code = envelope.ok ? 200 : (status ?? HTTP_STATUS[envelope.error.code] ?? 500);
    send(res, code, JSON.stringify(envelope), {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    });
  }

  function sendPlain(res: ServerResponse, status: number, text: string, head = false, extra = {}) {
    send(res, status, text, { 'Content-Type': 'text/plain; charset=utf-8', ...extra }, head);
  }

  /** Host and origin checks, for every request. Returns a refusal to send, or undefined. */
  function refuseForeign(req: IncomingMessage): { status: number; message: string } | undefined {
    const hostHeader = (req.headers.host ?? '').toLowerCase();
    if (!allowedHosts.has(hostHeader)) {
      return {
        status: 421,
        message: 'This Rapport server only answers requests addressed to itself on this computer.',
      };
    }
    const origin = req.headers.origin;
    // Chromium sends this page's own origin on its API calls (even under no-referrer); an
    // opaque origin ("null": sandboxed frames, data: URLs) is never ours.
    if (origin !== undefined && origin.toLowerCase() !== `http://${hostHeader}`) {
      return { status: 403, message: 'Requests from other web sites are refused.' };
    }
    const site = req.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none') {
      return { status: 403, message: 'Requests from other web sites are refused.' };
    }
    return undefined;
  }

  /** The token check /api and /upload share; false when it refused (and answered). */
  function authorized(req: IncomingMessage, res: ServerResponse): boolean {
    const presented = bearerToken(req.headers.authorization);
    if (presented !== undefined && tokenMatches(presented, token)) return true;
    // No key at all, or one from an earlier run of Rapport (it was restarted): say which.
    sendEnvelope(
      res,
      errorEnvelope('unauthorized', presented === undefined ? NO_TOKEN : WRONG_TOKEN),
      401,
      { 'WWW-Authenticate': 'Bearer' },
    );
    return false;
  }

  function tooLarge(res: ServerResponse, req: IncomingMessage, limit: number) {
    res.once('finish', () => req.socket?.destroy());
    sendEnvelope(
      res,
      errorEnvelope(
        'invalid_input',
        `The file is too large: Rapport takes files up to ${Math.round(limit / 1024 / 1024)} MB. Nothing was saved.`,
      ),
      413,
      { Connection: 'close' },
    );
  }

  async function handleUpload(req: IncomingMessage, res: ServerResponse, uploads: UploadReceiver) {
    if (req.method !== 'POST') {
      sendEnvelope(res, errorEnvelope('invalid_input', 'Uploads are POST requests.'), 405, {
        Allow: 'POST',
      });
      return;
    }
    if (!authorized(req, res)) return;
    if (!isOctetStream(req.headers['content-type'])) {
      sendEnvelope(
        res,
        errorEnvelope(
          'invalid_input',
          'Send the file itself as the body (Content-Type: application/octet-stream).',
        ),
      );
      return;
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > uploads.maxBytes) {
      tooLarge(res, req, uploads.maxBytes);
      return;
    }
    try {
      const received = await uploads.receive(req, uploads.maxBytes);
      sendEnvelope(res, { ok: true, data: received });
    } catch (error) {
      if (typeof (error as { limit?: unknown }).limit === 'number') {
        tooLarge(res, req, uploads.maxBytes);
        return;
      }
      throw error;
    }
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, pathname: string) {
    if (req.method !== 'POST') {
      sendEnvelope(
        res,
        errorEnvelope('invalid_input', 'The API only accepts POST requests.'),
        405,
        { Allow: 'POST' },
      );
      return;
    }
    if (!authorized(req, res)) return;
    if (!isJsonContentType(req.headers['content-type'])) {
      sendEnvelope(
        res,
        errorEnvelope(
          'invalid_input',
          'Send the request body as JSON (Content-Type: application/json).',
        ),
      );
      return;
    }
    let channel: string;
    try {
      channel = decodeURIComponent(pathname.slice('/api/'.length));
    } catch {
      sendEnvelope(res, errorEnvelope('not_found', 'There is no API channel with that name.'));
      return;
    }
    const limit = bodyLimitFor(channel);
    const body = await readBody(req, limit);
    if (body === undefined) {
      // The body was drained (readBody): answer, then close. Only a body too large even to
      // drain is still arriving; that connection is dropped once the answer is out.
      if (!req.complete) res.once('finish', () => req.socket.destroy());
      sendEnvelope(
        res,
        errorEnvelope(
          'invalid_input',
          `The request is too large (at most ${Math.round(limit / 1024 / 1024)} MB). Nothing was saved.`,
        ),
        400,
        { Connection: 'close' },
      );
      return;
    }
    let input: unknown = {};
    if (body.length > 0) {
      try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
        input = text.trim() === '' ? {} : JSON.parse(text);
      } catch {
        sendEnvelope(
          res,
          errorEnvelope('invalid_input', 'The request body is not valid JSON. Nothing was saved.'),
        );
        return;
      }
    }
    const envelope = await dispatch(channel, input);
    sendEnvelope(res, envelope);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string) {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      sendPlain(res, 405, 'Method not allowed\n', false, { Allow: 'GET, HEAD' });
      return;
    }
    const candidate = staticPathFor(staticRoot, pathname);
    let file: string | undefined;
    let info: Stats | undefined;
    if (candidate !== undefined) {
      try {
        // Resolve symbolic links, then check again that the file is inside the root.
        const real = await realpath(candidate);
        if (real.startsWith(staticRoot + sep)) {
          info = await stat(real);
          file = real;
        }
      } catch {
        file = undefined;
      }
    }
    if (file === undefined || !info?.isFile()) {
      if (pathname === '/favicon.ico') {
        // Browsers ask for it unprompted; without an icon in the build, say "nothing" quietly.
        send(res, 204, '', { 'Cache-Control': 'no-cache' }, head);
        return;
      }
      sendPlain(res, 404, 'Not found\n', head);
      return;
    }
    const content = await readFile(file);
    send(
      res,
      200,
      content,
      { 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' },
      head,
    );
  }

  /** A download's refusal as the host's error envelope. */
  const refuseDownload =
    (res: ServerResponse) => (status: number, message: string, headers?: Record<string, string>) =>
      sendEnvelope(
        res,
        errorEnvelope(status === 404 ? 'not_found' : 'invalid_input', message),
        status,
        headers,
      );

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refusal = refuseForeign(req);
    if (refusal) {
      sendEnvelope(res, errorEnvelope('unauthorized', refusal.message), refusal.status);
      return;
    }
    const rawUrl = req.url ?? '/';
    if (!rawUrl.startsWith('/')) {
      sendPlain(res, 400, 'Bad request\n');
      return;
    }
    const pathname = rawUrl.split(/[?#]/, 1)[0]!;
    if (pathname === '/upload' && options.uploads) {
      await handleUpload(req, res, options.uploads);
    } else if (pathname === BACKUP_DOWNLOAD_PATH && options.backups) {
      if (!authorized(req, res)) return;
      await sendBackup(req, res, options.backups, refuseDownload(res));
    } else if (pathname === PLAN_DOWNLOAD_PATH && options.plans) {
      if (!authorized(req, res)) return;
      await sendPlan(req, res, options.plans, refuseDownload(res));
    } else if (pathname === '/api' || pathname.startsWith('/api/')) {
      await handleApi(req, res, pathname);
    } else {
      await handleStatic(req, res, pathname);
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof ApiError && !res.headersSent) {
        // A refusal in words (the plan of a damaged planner: 503 unavailable), not a failure.
        sendEnvelope(res, { ok: false, error: error.toBody() });
        return;
      }
      log(`${req.method ?? '?'} ${req.url ?? '?'} failed`, error);
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendEnvelope(
        res,
        errorEnvelope(
          'internal',
          'Something went wrong inside Rapport. Nothing was saved; please try again.',
        ),
        500,
      );
    });
  });
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const bound = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${bound}`, `localhost:${bound}`, `${host}:${bound}`]);

  return {
    url: `http://${host}:${bound}/`,
    port: bound,
    server,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.close((error) => (error ? reject(error) : resolveClose()));
        server.closeAllConnections();
      }),
  };
}
