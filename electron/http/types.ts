// What the browser host takes and gives (electron/http/host.ts).
import type { Server } from 'node:http';
import type { Readable } from 'node:stream';
import type { Envelope } from '../../shared/envelope';
import type { BackupDownloads } from './backup';
import type { PlanDownloads } from './plan';

/** The dispatcher the host serves (electron/api `createDispatch` fits). */
export type HostDispatch = (
  channel: string,
  input: unknown,
) => Envelope<unknown> | Promise<Envelope<unknown>>;

export interface HttpHostOptions {
  dispatch: HostDispatch;
  /** Folder of the built renderer (index.html + assets). */
  staticDir: string;
  /** The bearer token every /api request must carry. */
  token: string;
  /** Loopback address to bind; only 127.x.x.x is accepted. Default 127.0.0.1. */
  host?: string;
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Where unexpected errors are reported (never to the client). Default console.error. */
  log?: (message: string, error: unknown) => void;
  /**
   * Photo and video uploads (`POST /upload`, the raw file as application/octet-stream, token
   * as for /api): streamed to `receive`, not held in memory and not under the 2 MB JSON cap.
   * The answer's `uploadId` is then taken in with the `media.import` channel.
   */
  uploads?: UploadReceiver;
  /** `GET /backup` (token as for /api): the newest verified backup as a download. */
  backups?: BackupDownloads;
  /** `GET /plan` (token as for /api): the whole plan as a JSON download. */
  plans?: PlanDownloads;
}

export interface UploadReceiver {
  /** Largest upload accepted, in bytes. */
  maxBytes: number;
  /** Streams the body to storage; rejects with an error whose `limit` is set when it was too large. */
  receive(body: Readable, maxBytes: number): Promise<{ uploadId: string; bytes: number }>;
}

export interface HttpHost {
  /** Base URL, e.g. `http://127.0.0.1:41234/` (no token). */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /** Stops listening and drops open connections. */
  close(): Promise<void>;
}
