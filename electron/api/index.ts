// The one dispatcher both hosts call: channel name + raw input → envelope. It validates the
// input against the contract before any handler runs, and runs each handler inside one store
// transaction (one at a time), so a refused or failed call changes nothing.
import type { z } from 'zod';
import { contract, isChannel, type Channel } from '../../shared/contract';
import { ApiError, type ApiErrorBody, type Envelope } from '../../shared/envelope';
import { sqliteBackups, type BackupService } from '../store/backup/service';
import { prefsFile } from '../store/prefs';
import { SqliteStore, type Store } from '../store/store';
import { join } from 'node:path';
import { MediaFiles } from '../media/files';
import { backupHandlers } from './backup';
import { complianceHandlers } from './compliance';
import { consentsHandlers } from './consents';
import { handoffHandlers } from './handoff';
import { ideasImportHandlers } from './ideas-import';
import { mediaHandlers } from './media';
import { meetingsHandlers } from './meetings';
import { postsHandlers } from './posts';
import { prefsHandlers } from './prefs';
import { sampleHandlers } from './sample';
import { privacyHandlers } from './privacy';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import { staffHandlers } from './staff';
import { rhythmHandlers } from './rhythm';
import { seriesHandlers } from './series';
import { timezoneHandlers } from './timezone';
import type { Handler, HandlerContext, HandlerMap } from './types';

/** Merges area handler maps; a channel registered twice is a programming error. */
export function mergeHandlers(...areas: Partial<HandlerMap>[]): HandlerMap {
  const merged: Partial<Record<Channel, unknown>> = {};
  for (const area of areas) {
    for (const [name, handler] of Object.entries(area)) {
      if (name in merged) throw new Error(`Channel ${name} is registered twice`);
      merged[name as Channel] = handler;
    }
  }
  const missing = (Object.keys(contract) as Channel[]).filter((c) => !(c in merged));
  if (missing.length > 0) throw new Error(`No handler for ${missing.join(', ')}`);
  return merged as HandlerMap;
}

export const handlers: HandlerMap = mergeHandlers(
  settingsHandlers,
  prefsHandlers,
  staffHandlers,
  postsHandlers,
  sampleHandlers,
  consentsHandlers,
  mediaHandlers,
  rhythmHandlers,
  seriesHandlers,
  backupHandlers,
  handoffHandlers,
  privacyHandlers,
  ideasImportHandlers,
  searchHandlers,
  timezoneHandlers,
  meetingsHandlers,
  complianceHandlers,
);

function describeIssues(error: z.ZodError): ApiErrorBody {
  // A Map, not an object: a field named `__proto__` (or `constructor`) is just a name here.
  const found = new Map<string, string>();
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) found.set([...issue.path, key].join('.'), 'Unknown field');
      continue;
    }
    const path = issue.path.map(String).join('.') || '(input)';
    if (!found.has(path)) found.set(path, issue.message);
  }
  const summary = [...found]
    .map(([path, message]) => (path === '(input)' ? message : `${path}: ${message}`))
    .join('; ');
  // The envelope's field map has no prototype, so `__proto__` is an own key that JSON keeps.
  const fields = Object.assign(Object.create(null) as Record<string, string>, {});
  for (const [path, message] of found) {
    Object.defineProperty(fields, path, { value: message, enumerable: true, writable: true });
  }
  return { code: 'invalid_input', message: `Please check: ${summary}.`, fields };
}

function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

export interface DispatchOptions {
  /** Folder of this computer's prefs.json: the database file's folder. */
  prefsDir: string;
  /** Folder of the media files; default: `media/` in prefsDir (beside the database). */
  mediaDir?: string;
  handlers?: HandlerMap;
  /** Default: backups/ beside a SQLite store's file. */
  backups?: BackupService;
  log?: (message: string, error: unknown) => void;
}

const unavailable = () =>
  Promise.reject(new ApiError('internal', 'This planner keeps no backups.'));
const noBackups: BackupService = {
  list: () => Promise.resolve([]),
  find: () => Promise.resolve(undefined),
  check: unavailable,
  create: unavailable,
  add: unavailable,
  scheduleRestore: () => undefined,
};

export function createDispatch(store: Store, options: DispatchOptions): Dispatch {
  const {
    prefsDir,
    handlers: handlerMap = handlers,
    log = (m: string, e: unknown) => console.error(m, e),
  } = options;
  const ctx: HandlerContext = {
    prefs: prefsFile(prefsDir),
    media: new MediaFiles(options.mediaDir ?? join(prefsDir, 'media')),
    backups: options.backups ?? (store instanceof SqliteStore ? sqliteBackups(store) : noBackups),
  };
  return async (channel, rawInput) => {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: {
          code: 'not_found',
          message: `There is no API channel named "${String(channel)}".`,
        },
      };
    }
    const parsed = contract[channel].input.safeParse(rawInput ?? {});
    if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
    const handler = handlerMap[channel] as Handler<Channel>;
    try {
      const data = await store.transaction((tx) => handler(tx, parsed.data as never, ctx));
      return { ok: true, data };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toBody() };
      const code = sqliteCode(error);
      if (code?.startsWith('SQLITE_CONSTRAINT')) {
        return {
          ok: false,
          error: {
            code: 'invalid_input',
            message: 'That change breaks one of the planner’s rules, so nothing was saved.',
          },
        };
      }
      log(`${channel} failed`, error);
      return {
        ok: false,
        error: {
          code: 'internal',
          message:
            code === 'SQLITE_BUSY'
              ? 'The planner’s file is busy (is Rapport open twice?). Nothing was saved; try again.'
              : 'Something went wrong inside Rapport. Nothing was saved; please try again.',
        },
      };
    }
  };
}
