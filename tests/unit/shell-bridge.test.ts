import { describe, expect, it, vi } from 'vitest';
import { createRapportBridge, type IpcRendererLike } from '../../electron/shell/bridge';
import {
  COMMAND_IPC_CHANNEL,
  FLUSH_IPC_CHANNEL,
  FLUSHED_IPC_CHANNEL,
  OPEN_WINDOW_IPC_CHANNEL,
  SAVE_AGENDA_PDF_IPC_CHANNEL,
} from '../../electron/shell/ipc';

type Listener = Parameters<IpcRendererLike['on']>[1];

function fakeIpcRenderer(
  invoke: IpcRendererLike['invoke'] = vi.fn(() => Promise.resolve({ ok: true, data: 1 })),
) {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(invoke),
    on: vi.fn((channel: string, listener: Listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener);
    }),
  };
  const emit = (channel: string, ...args: unknown[]) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'secret' }, ...args);
  };
  return { ipc, emit, listeners };
}

describe('createRapportBridge().invoke', () => {
  it('forwards a contract channel to its IPC channel and returns the envelope', async () => {
    const { ipc } = fakeIpcRenderer(() =>
      Promise.resolve({ ok: true, data: { practiceName: 'Glow' } }),
    );
    const bridge = createRapportBridge(ipc);
    await expect(bridge.invoke('settings.get', {})).resolves.toEqual({
      ok: true,
      data: { practiceName: 'Glow' },
    });
    expect(ipc.invoke).toHaveBeenCalledWith('rapport:settings.get', {});
  });

  it.each(['posts.drop', '__proto__', 'constructor', 'app.command', 'rapport:posts.get', 42, null])(
    'refuses %s without touching IPC',
    async (channel) => {
      const { ipc } = fakeIpcRenderer();
      const result = await createRapportBridge(ipc).invoke(channel as 'settings.get', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(ipc.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns a failed IPC call into an internal envelope instead of rejecting', async () => {
    const { ipc } = fakeIpcRenderer(() => Promise.reject(new Error('No handler registered')));
    const result = await createRapportBridge(ipc).invoke('posts.backlog', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('createRapportBridge().onCommand', () => {
  it('delivers valid app commands without the IPC event', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const listener = vi.fn();
    createRapportBridge(ipc).onCommand(listener);
    emit(COMMAND_IPC_CHANNEL, 'new-idea');
    expect(listener).toHaveBeenCalledWith('new-idea');
    expect(listener.mock.calls[0]).toHaveLength(1);
  });

  it('drops anything that is not an app command', () => {
    const { ipc, emit } = fakeIpcRenderer();
    const listener = vi.fn();
    createRapportBridge(ipc).onCommand(listener);
    emit(COMMAND_IPC_CHANNEL, 'rm -rf');
    emit(COMMAND_IPC_CHANNEL, { command: 'new-idea' });
    emit('rapport:other', 'new-idea');
    expect(listener).not.toHaveBeenCalled();
  });

  it('stops delivering after unsubscribe', () => {
    const { ipc, emit, listeners } = fakeIpcRenderer();
    const listener = vi.fn();
    const unsubscribe = createRapportBridge(ipc).onCommand(listener);
    unsubscribe();
    emit(COMMAND_IPC_CHANNEL, 'go-today');
    expect(listener).not.toHaveBeenCalled();
    expect(listeners.get(COMMAND_IPC_CHANNEL)?.size).toBe(0);
  });

  it('refuses a listener that is not a function', () => {
    const { ipc } = fakeIpcRenderer();
    expect(() => createRapportBridge(ipc).onCommand('alert' as never)).toThrow(TypeError);
    expect(ipc.on).not.toHaveBeenCalled();
  });
});

describe('createRapportBridge().openWindow', () => {
  it('asks the main process on its own channel with only the known option', async () => {
    const { ipc } = fakeIpcRenderer(() => Promise.resolve({ ok: true }));
    const bridge = createRapportBridge(ipc);
    await expect(bridge.openWindow('#/meeting/2026-W48', { present: true })).resolves.toEqual({
      ok: true,
    });
    expect(ipc.invoke).toHaveBeenCalledWith(OPEN_WINDOW_IPC_CHANNEL, '#/meeting/2026-W48', {
      present: true,
    });
    await bridge.openWindow('#/staff', { present: true, url: 'x' } as never);
    expect(ipc.invoke).toHaveBeenLastCalledWith(OPEN_WINDOW_IPC_CHANNEL, '#/staff', {
      present: true,
    });
    await bridge.openWindow('#/staff');
    expect(ipc.invoke).toHaveBeenLastCalledWith(OPEN_WINDOW_IPC_CHANNEL, '#/staff', {
      present: false,
    });
  });

  it.each(['https://evil.example/', '#/../x', 42, null])(
    'refuses route %j without touching IPC',
    async (route) => {
      const { ipc } = fakeIpcRenderer();
      const result = await createRapportBridge(ipc).openWindow(route as string);
      expect(result).toMatchObject({ ok: false, message: expect.any(String) });
      expect(ipc.invoke).not.toHaveBeenCalled();
    },
  );

  it('passes a refusal through and never rejects', async () => {
    const refused = fakeIpcRenderer(() => Promise.resolve({ ok: false, message: 'Only Rapport' }));
    await expect(createRapportBridge(refused.ipc).openWindow('#/staff')).resolves.toEqual({
      ok: false,
      message: 'Only Rapport',
    });
    const broken = fakeIpcRenderer(() => Promise.reject(new Error('No handler registered')));
    await expect(createRapportBridge(broken.ipc).openWindow('#/staff')).resolves.toMatchObject({
      ok: false,
    });
    const odd = fakeIpcRenderer(() => Promise.resolve({ data: 'what' }));
    await expect(createRapportBridge(odd.ipc).openWindow('#/staff')).resolves.toMatchObject({
      ok: false,
    });
  });
});

describe('createRapportBridge().onFlushRequest', () => {
  it('runs the page’s flush when the window is closing, then answers the main process', async () => {
    const { ipc, emit, listeners } = fakeIpcRenderer();
    const bridge = createRapportBridge(ipc);
    let release: (ok: boolean) => void = () => {};
    const flush = vi.fn(() => new Promise<boolean>((resolve) => (release = resolve)));
    const stop = bridge.onFlushRequest(flush);
    emit(FLUSH_IPC_CHANNEL);
    await vi.waitFor(() => expect(flush).toHaveBeenCalledTimes(1));
    expect(ipc.invoke).not.toHaveBeenCalledWith(FLUSHED_IPC_CHANNEL);
    release(true);
    await vi.waitFor(() => expect(ipc.invoke).toHaveBeenCalledWith(FLUSHED_IPC_CHANNEL));
    stop();
    expect(listeners.get(FLUSH_IPC_CHANNEL)?.size).toBe(0);
  });

  it('answers even when the flush fails', async () => {
    const { ipc, emit } = fakeIpcRenderer();
    createRapportBridge(ipc).onFlushRequest(() => Promise.reject(new Error('no')));
    emit(FLUSH_IPC_CHANNEL);
    await vi.waitFor(() => expect(ipc.invoke).toHaveBeenCalledWith(FLUSHED_IPC_CHANNEL));
  });
});

describe('createRapportBridge().saveAgendaPdf', () => {
  it('asks the main process on its own channel with the week, and never rejects', async () => {
    const { ipc } = fakeIpcRenderer(() => Promise.resolve({ ok: true, path: '/tmp/a.pdf' }));
    const bridge = createRapportBridge(ipc);
    await expect(bridge.saveAgendaPdf('2026-W48')).resolves.toEqual({
      ok: true,
      path: '/tmp/a.pdf',
    });
    expect(ipc.invoke).toHaveBeenCalledWith(SAVE_AGENDA_PDF_IPC_CHANNEL, '2026-W48');
    const broken = createRapportBridge(fakeIpcRenderer(() => Promise.reject(new Error('x'))).ipc);
    await expect(broken.saveAgendaPdf('2026-W48')).resolves.toMatchObject({
      ok: false,
      canceled: false,
    });
  });
});
