import type { Channel, ChannelOutput, ParsedInput } from '../../shared/contract';
import type { MediaFiles } from '../media/files';
import type { BackupService } from '../store/backup/service';
import type { PrefsFile } from '../store/prefs';
import type { Tx } from '../store/store';

/**
 * What a handler may use besides the transaction: this computer's preferences file, the media
 * files and the backups beside the database. (The time comes from shared/clock.ts.)
 */
export interface HandlerContext {
  readonly prefs: PrefsFile;
  readonly media: MediaFiles;
  /** The backups beside the planner file. */
  readonly backups: BackupService;
}

/**
 * A handler: an async function of the transaction's repositories, its already-validated input
 * and the context. It holds the rules; the store holds the SQL.
 */
export type Handler<C extends Channel> = (
  tx: Tx,
  input: ParsedInput<C>,
  ctx: HandlerContext,
) => Promise<ChannelOutput<C>>;

export type HandlerMap = { [C in Channel]: Handler<C> };

/** One area's handlers (posts, staff, …); the areas merge into one HandlerMap. */
export type AreaHandlers<K extends Channel> = { [C in K]: Handler<C> };
