// Closing a window must not lose what was typed a moment ago: on the first `close` the window
// stays open, the page is asked to save what is pending (FLUSH_IPC_CHANNEL), and the window
// closes for real when the page answers (FLUSHED_IPC_CHANNEL) or after a short wait (a page
// that hangs or never loaded must not keep the window open). Pure: tested with fakes.
import {
  FLUSH_IPC_CHANNEL,
  FLUSHED_IPC_CHANNEL,
  type IpcInvokeEventLike,
  type IpcMainLike,
} from './ipc';

export { FLUSH_IPC_CHANNEL, FLUSHED_IPC_CHANNEL };

/** How long a closing window waits for its page to save. */
export const FLUSH_TIMEOUT_MS = 2000;

export interface CloseEventLike {
  preventDefault(): void;
}

export interface FlushingWindowLike {
  on(event: 'close', listener: (event: CloseEventLike) => void): unknown;
  close(): void;
  isDestroyed(): boolean;
  readonly webContents: {
    readonly id: number;
    isDestroyed(): boolean;
    send(channel: string, ...args: unknown[]): void;
  };
}

export interface TimersLike {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: TimersLike = {
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface FlushOnClose {
  /** The page with this webContents id answered: close its window now, if it is closing. */
  answered(webContentsId: number): void;
}

/**
 * Returns the guard to attach each window to (`guard(window)`) and `answered` for the
 * FLUSHED_IPC_CHANNEL handler (see registerFlushAnswers).
 */
export function createFlushOnClose({
  timeoutMs = FLUSH_TIMEOUT_MS,
  timers = realTimers,
}: { timeoutMs?: number; timers?: TimersLike } = {}): FlushOnClose & {
  guard(window: FlushingWindowLike): void;
} {
  // Windows waiting for their page, by webContents id: how to finish closing them.
  const waiting = new Map<number, () => void>();

  return {
    guard(window) {
      let flushed = false;
      window.on('close', (event) => {
        if (flushed) return;
        const contents = window.webContents;
        if (contents.isDestroyed()) return;
        event.preventDefault();
        if (waiting.has(contents.id)) return; // already asked; a second click waits too
        const id = contents.id;
        const finish = () => {
          if (!waiting.has(id)) return;
          waiting.delete(id);
          timers.clearTimeout(timer);
          flushed = true;
          if (!window.isDestroyed()) window.close();
        };
        const timer = timers.setTimeout(finish, timeoutMs);
        waiting.set(id, finish);
        try {
          contents.send(FLUSH_IPC_CHANNEL);
        } catch {
          finish();
        }
      });
    },
    answered(webContentsId) {
      waiting.get(webContentsId)?.();
    },
  };
}

export interface FlushAnswerEventLike extends IpcInvokeEventLike {
  readonly sender: { readonly id: number };
}

/** Serves FLUSHED_IPC_CHANNEL: a trusted page says its flush is done. */
export function registerFlushAnswers(
  ipcMain: IpcMainLike,
  flushOnClose: FlushOnClose,
  isTrusted: (event: IpcInvokeEventLike) => boolean,
): string {
  ipcMain.handle(FLUSHED_IPC_CHANNEL, (event) => {
    if (!isTrusted(event)) return false;
    const sender = (event as Partial<FlushAnswerEventLike>).sender;
    if (typeof sender?.id === 'number') flushOnClose.answered(sender.id);
    return true;
  });
  return FLUSHED_IPC_CHANNEL;
}
