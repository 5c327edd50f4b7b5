import { describe, expect, it, vi } from 'vitest';
import { createRapportBridge, type IpcRendererLike } from '../../electron/shell/bridge';
import { COMMAND_IPC_CHANNEL } from '../../electron/shell/ipc';

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
