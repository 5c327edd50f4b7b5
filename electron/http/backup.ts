// "Download a backup" in the browser host: `GET /backup` (token as for /api, in the
// Authorization header, so it never lands in an address bar or a log) sends the newest backup
// that passes `PRAGMA integrity_check` as an attachment: a temporary copy with the photos and
// videos it refers to inside it (store/backup/bundle.ts), so the download is whole on its own. The
// page makes a fresh backup first with the `backup.create` channel.
import { createReadStream } from 'node:fs';
import { copyFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { backupDirFor, bundlePlannerMedia, newestGoodBackup } from '../store/backup/backups';

export const BACKUP_DOWNLOAD_PATH = '/backup';

export interface BackupDownloads {
  /** The newest backup file that passes its check, or undefined when there is none. */
  newestVerified(): Promise<string | undefined> | string | undefined;
  /** Puts the photos and videos the copy `file` refers to inside it. */
  bundle(file: string): void;
}

/** The backups beside the planner file `dbFile` (backups/). */
export function backupDownloadsFor(dbFile: string): BackupDownloads {
  return {
    newestVerified: () => {
      const dir = backupDirFor(dbFile);
      const newest = newestGoodBackup(dir);
      return newest && join(dir, newest.id);
    },
    bundle: (file) => void bundlePlannerMedia(file, dbFile),
  };
}

/** What a GET /backup answers, decided before any byte is sent. */
export type BackupAnswer =
  | { kind: 'refused'; status: number; message: string; allow?: string }
  | { kind: 'file'; file: string; name: string };

export async function backupAnswer(
  method: string | undefined,
  downloads: BackupDownloads,
): Promise<BackupAnswer> {
  if (method !== 'GET' && method !== 'HEAD') {
    return {
      kind: 'refused',
      status: 405,
      message: 'Use GET to download a backup.',
      allow: 'GET, HEAD',
    };
  }
  const file = await downloads.newestVerified();
  if (!file) {
    return {
      kind: 'refused',
      status: 404,
      message: 'There is no good backup yet. Back up now, then download it.',
    };
  }
  return { kind: 'file', file, name: basename(file) };
}

/**
 * Answers GET /backup once the caller has checked the token. `refuse` sends an error envelope
 * (the host's own format).
 */
export async function sendBackup(
  req: IncomingMessage,
  res: ServerResponse,
  downloads: BackupDownloads,
  refuse: (status: number, message: string, headers?: Record<string, string>) => void,
): Promise<void> {
  const answer = await backupAnswer(req.method, downloads);
  if (answer.kind === 'refused') {
    refuse(answer.status, answer.message, answer.allow ? { Allow: answer.allow } : undefined);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'rapport-backup-'));
  try {
    const copy = join(dir, answer.name);
    await copyFile(answer.file, copy);
    downloads.bundle(copy);
    await sendAttachment(req, res, copy, answer.name, 'application/vnd.sqlite3');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Streams `file` as a download named `name` (HEAD: the headers only). */
export async function sendAttachment(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  name: string,
  contentType: string,
  headers: Record<string, string> = {},
): Promise<void> {
  const { size } = await stat(file);
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Length': String(size),
    'Content-Disposition': `attachment; filename="${name}"`,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(file), res);
  } catch (error) {
    // The person cancelled the download (the page went away): nothing to report.
    if ((error as { code?: unknown }).code !== 'ERR_STREAM_PREMATURE_CLOSE') throw error;
  }
}
