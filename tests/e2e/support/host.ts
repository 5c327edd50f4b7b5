// Starts the browser host in-process for an end-to-end test: a fresh SQLite file in a temp
// folder, the real dispatcher and HTTP host, serving the built renderer from out/renderer.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDispatch } from '../../../electron/api';
import { pageUrl } from '../../../electron/http/config';
import { mediaUploads } from '../../../electron/media/files';
import { backupDownloadsFor } from '../../../electron/http/backup';
import { createHttpHost, type HttpHost } from '../../../electron/http/host';
import type { Db } from '../../../electron/store/sql';
import { writePlanFile } from '../../../electron/store/plan-file';
import { openStore, type SqliteStore } from '../../../electron/store/store';
import type { Channel, ChannelInput } from '../../../shared/contract';
import { setClock } from '../../../shared/clock';
import type { Envelope } from '../../../shared/envelope';
import { testNow } from '../../support/test-clock';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');

export interface TestHost {
  /** Page address with the token in its fragment: `http://127.0.0.1:PORT/#token=…`. */
  readonly url: string;
  /** Base URL of the API: `http://127.0.0.1:PORT/api/`. */
  readonly apiUrl: string;
  /** Base URL without token: `http://127.0.0.1:PORT/`. */
  readonly baseUrl: string;
  readonly port: number;
  /** This run's access token (a new one after restart({ newToken: true })). */
  readonly token: string;
  readonly dir: string;
  readonly dbFile: string;
  /** The open database (changes after restart()). */
  readonly db: Db;
  /** Unexpected server-side errors ([message, error]); a passing test expects none. */
  readonly serverErrors: unknown[];
  /** Calls a channel over HTTP as the page would; resolves to the envelope. */
  invoke<C extends Channel>(channel: C, input?: ChannelInput<C>): Promise<Envelope<unknown>>;
  /**
   * Closes the server and the database, then reopens the same file on the same port; with
   * `newToken`, under a new access token, as a real restart of the browser host does.
   */
  restart(options?: { newToken?: boolean }): Promise<void>;
  /** Closes everything and deletes the temp folder. */
  stop(): Promise<void>;
}

/**
 * Starts a host whose clock reads `now` (by default the suite's simulated now) and runs on from
 * there; the page's clock is set to the same moment by openSession.
 */
export async function startHost({ now = testNow() }: { now?: string } = {}): Promise<TestHost> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_DIR}/index.html is missing: run npm run build first.`);
  }
  setClock(now);
  const dir = mkdtempSync(join(tmpdir(), 'rapport-e2e-'));
  const dbFile = join(dir, 'rapport.db');
  let token = randomBytes(32).toString('base64url');
  const errors: unknown[] = [];

  let store: SqliteStore = openStore(dbFile);
  const listen = (port: number) =>
    createHttpHost({
      dispatch: createDispatch(store, { prefsDir: dir }),
      uploads: mediaUploads(join(dir, 'media')),
      backups: backupDownloadsFor(dbFile),
      plans: { write: (file) => writePlanFile(store, file) },
      staticDir: RENDERER_DIR,
      token,
      port,
      log: (message, error) => errors.push([message, error]),
    });
  let http: HttpHost = await listen(0);
  let stopped = false;

  return {
    get url() {
      return pageUrl(http.url, token);
    },
    get apiUrl() {
      return `${http.url}api/`;
    },
    get baseUrl() {
      return http.url;
    },
    get port() {
      return http.port;
    },
    get token() {
      return token;
    },
    dir,
    dbFile,
    get db() {
      return store.db;
    },
    serverErrors: errors,
    async invoke(channel, input) {
      const response = await fetch(`${http.url}api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
      return (await response.json()) as Envelope<unknown>;
    },
    async restart({ newToken = false } = {}) {
      const port = http.port;
      await http.close();
      store.close();
      if (newToken) token = randomBytes(32).toString('base64url');
      store = openStore(dbFile);
      http = await listen(port);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await http.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
