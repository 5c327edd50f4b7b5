import { describe, expect, it, vi } from 'vitest';
import {
  createFlushOnClose,
  FLUSH_IPC_CHANNEL,
  FLUSHED_IPC_CHANNEL,
  registerFlushAnswers,
  type FlushingWindowLike,
  type TimersLike,
} from '../../electron/shell/close-flush';
import type { IpcMainLike } from '../../electron/shell/ipc';

function fakeTimers() {
  const pending = new Map<number, () => void>();
  let next = 1;
  const timers: TimersLike = {
    setTimeout: vi.fn((run: () => void) => {
      pending.set(next, run);
      return next++;
    }),
    clearTimeout: vi.fn((handle: unknown) => pending.delete(handle as number)),
  };
  const fire = () => {
    for (const [id, run] of [...pending]) {
      pending.delete(id);
      run();
    }
  };
  return { timers, pending, fire };
}

function fakeWindow(id = 7) {
  let onClose: ((event: { preventDefault(): void }) => void) | undefined;
  const sent: unknown[][] = [];
  let destroyed = false;
  const window = {
    on: vi.fn((_event: 'close', listener: typeof onClose) => {
      onClose = listener;
    }),
    // Electron emits `close` again when close() is called; the fake does the same.
    close: vi.fn(() => {
      if (tryClose()) destroyed = true;
    }),
    isDestroyed: () => destroyed,
    webContents: {
      id,
      isDestroyed: () => destroyed,
      send: vi.fn((...args: unknown[]) => sent.push(args)),
    },
  } satisfies FlushingWindowLike;
  /** A close by the person: true when the window really closed. */
  function tryClose(): boolean {
    let prevented = false;
    onClose?.({ preventDefault: () => (prevented = true) });
    return !prevented;
  }
  return { window, sent, tryClose, closed: () => destroyed };
}

describe('createFlushOnClose', () => {
  it('holds the first close, asks the page to flush, and closes when the page answers', () => {
    const { timers } = fakeTimers();
    const flushOnClose = createFlushOnClose({ timers });
    const { window, sent, tryClose, closed } = fakeWindow(7);
    flushOnClose.guard(window);
    expect(tryClose()).toBe(false);
    expect(sent).toEqual([[FLUSH_IPC_CHANNEL]]);
    expect(closed()).toBe(false);
    flushOnClose.answered(7);
    expect(window.close).toHaveBeenCalledTimes(1);
    expect(closed()).toBe(true);
    expect(timers.clearTimeout).toHaveBeenCalled();
  });

  it('closes after the timeout when the page never answers', () => {
    const { timers, fire } = fakeTimers();
    const flushOnClose = createFlushOnClose({ timers, timeoutMs: 1500 });
    const { window, tryClose, closed } = fakeWindow();
    flushOnClose.guard(window);
    tryClose();
    expect(timers.setTimeout).toHaveBeenCalledWith(expect.any(Function), 1500);
    fire();
    expect(closed()).toBe(true);
  });

  it('asks once when the person clicks close twice, and ignores answers from other pages', () => {
    const { timers } = fakeTimers();
    const flushOnClose = createFlushOnClose({ timers });
    const { window, sent, tryClose, closed } = fakeWindow(3);
    flushOnClose.guard(window);
    tryClose();
    tryClose();
    expect(sent).toHaveLength(1);
    flushOnClose.answered(99);
    expect(closed()).toBe(false);
    flushOnClose.answered(3);
    expect(closed()).toBe(true);
    // A late answer after closing changes nothing.
    flushOnClose.answered(3);
    expect(window.close).toHaveBeenCalledTimes(1);
  });

  it('closes at once when the page cannot be asked', () => {
    const { timers } = fakeTimers();
    const flushOnClose = createFlushOnClose({ timers });
    const { window, tryClose, closed } = fakeWindow();
    window.webContents.send.mockImplementation(() => {
      throw new Error('gone');
    });
    flushOnClose.guard(window);
    tryClose();
    expect(closed()).toBe(true);
  });
});

describe('registerFlushAnswers', () => {
  it('passes a trusted sender’s answer on, and refuses others', async () => {
    let handler: ((event: never, ...args: unknown[]) => unknown) | undefined;
    const ipcMain: IpcMainLike = {
      handle: vi.fn((channel, listener) => {
        expect(channel).toBe(FLUSHED_IPC_CHANNEL);
        handler = listener;
      }),
    };
    const answered = vi.fn();
    registerFlushAnswers(ipcMain, { answered }, (event) => event.senderFrame?.url === 'ok');
    expect(await handler!({ senderFrame: { url: 'evil' }, sender: { id: 1 } } as never)).toBe(
      false,
    );
    expect(answered).not.toHaveBeenCalled();
    expect(await handler!({ senderFrame: { url: 'ok' }, sender: { id: 4 } } as never)).toBe(true);
    expect(answered).toHaveBeenCalledWith(4);
  });
});
