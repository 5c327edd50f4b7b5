// The renderer's one way to the data: `api(channel, input)`. Under Electron it goes through the
// preload's window.rapport; in a browser, through the browser host's HTTP API. Nothing else in
// the renderer knows which host it runs under, and only renderer/data/ may import this file
// (a lint rule keeps it so): screens use the hooks and mutations there.
import type { Channel, ChannelInput, ChannelOutput } from '../../shared/contract';
import type { RapportBridge } from '../../shared/bridge';
import type { AppCommand } from '../../shared/commands';
import { ApiError, type Envelope } from '../../shared/envelope';

declare global {
  interface Window {
    rapport?: RapportBridge;
  }
}

export type Transport = (channel: Channel, input: unknown) => Promise<Envelope<unknown>>;

const TOKEN_KEY = 'rapport.token';

/**
 * The browser host hands its token in the URL fragment (#token=…), which never reaches a
 * server log. Keep it for reloads in this tab, then take it out of the address bar so it is
 * not shown on a shared screen.
 */
export function takeTokenFromLocation(location: Location, storage: Storage): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (match) {
    const token = decodeURIComponent(match[1]!);
    storage.setItem(TOKEN_KEY, token);
    // Keep a route that came with the token (`#/staff&token=…`); drop the token itself.
    const rest = location.hash.replace(/(?:^#|&)token=[^&]*/, '').replace(/^#?&?/, '');
    history.replaceState(null, '', location.pathname + location.search + (rest ? `#${rest}` : ''));
    return token;
  }
  return storage.getItem(TOKEN_KEY);
}

/**
 * Browsers let requests marked `keepalive` outlive the page (a reload or a closed tab right
 * after typing), but only up to 64 KiB of request bodies in flight at once. Requests within
 * that budget carry the mark; a larger one goes as usual and is counted as unprotected while it
 * is on its way, so leaving the page meanwhile asks first (see pending-saves.ts).
 */
export const KEEPALIVE_BUDGET = 64 * 1024 - 1024;

let keepaliveBytes = 0;
let unprotected = 0;

/** Requests on their way that would not survive the page going away now. */
export function unprotectedWrites(): number {
  return unprotected;
}

export function httpTransport(token: string | null, fetchImpl: typeof fetch = fetch): Transport {
  return async (channel, input) => {
    const body = JSON.stringify(input ?? {});
    const bytes = new TextEncoder().encode(body).length;
    const keepalive = keepaliveBytes + bytes <= KEEPALIVE_BUDGET;
    if (keepalive) keepaliveBytes += bytes;
    else unprotected++;
    let response: Response;
    try {
      response = await fetchImpl(`api/${channel}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body,
        keepalive,
      });
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: 'Rapport’s host is not answering. Is it still running?',
        },
      };
    } finally {
      if (keepalive) keepaliveBytes -= bytes;
      else unprotected--;
    }
    try {
      return (await response.json()) as Envelope<unknown>;
    } catch {
      return {
        ok: false,
        error: {
          code: 'internal',
          message: `Unexpected answer from the host (${response.status}).`,
        },
      };
    }
  };
}

function defaultTransport(): Transport {
  if (window.rapport) {
    const bridge = window.rapport;
    // The contract-typed `api` below is the typed door; the transport passes input through.
    return (channel, input) => bridge.invoke(channel, input as never);
  }
  uploadToken = takeTokenFromLocation(window.location, window.sessionStorage);
  return httpTransport(uploadToken);
}

let transport: Transport | undefined;
let uploadToken: string | null = null;

/** Files taken in by the host, to be imported with `media.import`. */
export type UploadAnswer = {
  uploads: { uploadId: string; name: string }[];
  refused: { name: string; message: string }[];
};

/**
 * Hands files to the host without the JSON API's size cap: the desktop app's main process
 * receives the bytes (never a path); the browser host takes a streamed upload.
 */
export async function uploadFiles(
  files: readonly File[],
  fetchImpl: typeof fetch = fetch,
): Promise<UploadAnswer> {
  const answer: UploadAnswer = { uploads: [], refused: [] };
  for (const file of files) {
    if (window.rapport) {
      const result = await window.rapport.uploadMedia(
        file.name,
        new Uint8Array(await file.arrayBuffer()),
      );
      if (result.ok) {
        answer.uploads.push(...result.data.uploads);
        answer.refused.push(...result.data.refused);
      } else answer.refused.push({ name: file.name, message: result.error.message });
      continue;
    }
    try {
      const response = await fetchImpl('upload', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/octet-stream',
          ...(uploadToken ? { Authorization: `Bearer ${uploadToken}` } : {}),
        },
        body: file,
      });
      const envelope = (await response.json()) as Envelope<{ uploadId: string }>;
      if (envelope.ok) answer.uploads.push({ uploadId: envelope.data.uploadId, name: file.name });
      else answer.refused.push({ name: file.name, message: envelope.error.message });
    } catch {
      answer.refused.push({ name: file.name, message: 'The upload did not get through.' });
    }
  }
  return answer;
}

/**
 * "Back up to a file" and "Export everything": cancelled, or saved (desktop) / to be
 * downloaded (`blob`, browser).
 */
export type SavedFile =
  { saved: false } | { saved: true; name: string; posts: number; blob?: Blob };

/** The desktop app's answer as data, or its error thrown as an ApiError. */
function savedOrThrow(result: Envelope<SavedFile>): SavedFile {
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.fields);
  return result.data;
}

/** A file the browser host streams at `path` (`backup`, `plan`; token in the header). */
async function hostDownload(
  path: 'backup' | 'plan',
  fetchImpl: typeof fetch,
): Promise<{ name: string | undefined; blob: Blob; headers: Headers }> {
  let response: Response;
  try {
    response = await fetchImpl(path, {
      headers: uploadToken ? { Authorization: `Bearer ${uploadToken}` } : {},
    });
  } catch {
    throw new ApiError('internal', `The ${path} did not come through. Please try again.`);
  }
  if (!response.ok) {
    const envelope = (await response.json().catch(() => null)) as Envelope<never> | null;
    const error = envelope && !envelope.ok ? envelope.error : null;
    throw new ApiError(
      error?.code ?? 'internal',
      error?.message ?? `The ${path} could not be downloaded.`,
    );
  }
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1];
  return { name, blob: await response.blob(), headers: response.headers };
}

/**
 * A checked backup to a file the person chooses. The desktop app's main process makes it and
 * owns the save dialog; in a browser the host makes one (`backup.create`), then streams the
 * newest verified backup (`GET backup`), which the page saves as a download.
 */
export async function backupToFile(fetchImpl: typeof fetch = fetch): Promise<SavedFile> {
  if (window.rapport) return savedOrThrow(await window.rapport.saveBackup());
  const made = await api('backup.create', {});
  const { name, blob } = await hostDownload('backup', fetchImpl);
  return { saved: true, name: name ?? made.id, posts: made.posts, blob };
}

/**
 * The whole plan as JSON, written by the host a page of posts at a time (a planner of any
 * size): the desktop app saves it where the person chooses; the browser host streams it
 * (`GET plan`) for the page to save as a download.
 */
export async function planToFile(fetchImpl: typeof fetch = fetch): Promise<SavedFile> {
  if (window.rapport) return savedOrThrow(await window.rapport.savePlan());
  const { name, blob, headers } = await hostDownload('plan', fetchImpl);
  const posts = Number(headers.get('X-Rapport-Posts') ?? 0);
  return { saved: true, name: name ?? 'rapport-plan.json', posts, blob };
}

/** The desktop app's own file dialog (main process); null in a browser (use a file input). */
export async function pickFilesWithDialog(): Promise<UploadAnswer | null> {
  if (!window.rapport) return null;
  const result = await window.rapport.pickMedia();
  if (!result.ok) throw new ApiError(result.error.code, result.error.message, result.error.fields);
  return result.data;
}

/** Picks the host and takes the browser host's token from the address, before any route is read. */
export function connect(): void {
  transport ??= defaultTransport();
  if (!window.rapport) {
    // A new address pasted into this tab (Rapport was restarted: a new token) changes only
    // the fragment, which reloads nothing: start again with it.
    window.addEventListener('hashchange', () => {
      if (/(?:^#|&)token=/.test(window.location.hash)) window.location.reload();
    });
  }
}

/** For tests: route calls to a fake or an in-memory host. */
export function setTransport(next: Transport | undefined): void {
  transport = next;
}

/** Calls a contract channel; resolves with its data or throws an ApiError. */
export async function api<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
): Promise<ChannelOutput<C>> {
  transport ??= defaultTransport();
  const result = await transport(channel, input);
  if (!result.ok) {
    throw new ApiError(result.error.code, result.error.message, result.error.fields);
  }
  return result.data as ChannelOutput<C>;
}

/**
 * The desktop app asks the page to save what is pending before its window closes: `flush`
 * runs, and its answer (true when nothing is at risk) goes back. Nothing in the browser.
 */
export function onFlushRequest(flush: () => Promise<boolean>): () => void {
  return window.rapport?.onFlushRequest?.(flush) ?? (() => {});
}

/** True in the desktop app (which gives reminders as system notifications itself). */
export function isDesktop(): boolean {
  return window.rapport !== undefined;
}

/** Menu commands from the Electron shell (none in the browser). */
export function onAppCommand(listener: (command: AppCommand) => void): () => void {
  return window.rapport?.onCommand(listener) ?? (() => {});
}
