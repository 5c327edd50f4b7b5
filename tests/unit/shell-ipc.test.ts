import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../electron/api/index';
import {
  COMMAND_IPC_CHANNEL,
  createCommandSender,
  ipcChannelFor,
  registerApi,
  type IpcInvokeEventLike,
  type IpcMainLike,
} from '../../electron/shell/ipc';
import { isTrustedSender } from '../../electron/shell/security';
import { openStore } from '../../electron/store/store';
import { CHANNELS } from '../../shared/contract';

const APP_URL = 'file:///app/out/renderer/index.html';
type Listener = Parameters<IpcMainLike['handle']>[1];

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      // Electron throws on a second handler for the same channel; so does the fake.
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
  };
  return { ipcMain, handlers };
}

const appEvent: IpcInvokeEventLike = { senderFrame: { url: `${APP_URL}#/calendar`, parent: null } };

describe('registerApi', () => {
  it('registers exactly one rapport:-prefixed IPC channel per contract channel', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const names = registerApi(ipcMain, vi.fn(), () => true);
    expect(names).toEqual(CHANNELS.map((c) => `rapport:${c}`));
    expect([...handlers.keys()].sort()).toEqual([...names].sort());
    expect(ipcChannelFor('posts.update')).toBe('rapport:posts.update');
  });

  it('passes a trusted call to the dispatcher under its own channel', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = vi.fn(() => Promise.resolve({ ok: true as const, data: 'fine' }));
    registerApi(ipcMain, dispatch, () => true);
    const result = await handlers.get('rapport:posts.get')?.(appEvent, { id: 'x' });
    expect(dispatch).toHaveBeenCalledWith('posts.get', { id: 'x' });
    expect(result).toEqual({ ok: true, data: 'fine' });
  });

  it('answers an untrusted sender with unauthorized and never dispatches', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const dispatch = vi.fn();
    const isTrusted = vi.fn(() => false);
    registerApi(ipcMain, dispatch, isTrusted);
    const evil: IpcInvokeEventLike = {
      senderFrame: { url: 'https://evil.example/', parent: null },
    };
    const result = await handlers.get('rapport:settings.update')?.(evil, { practiceName: 'Pwned' });
    expect(isTrusted).toHaveBeenCalledWith(evil);
    expect(dispatch).not.toHaveBeenCalled();
    expect(result).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('throws when registered twice, like Electron does', () => {
    const { ipcMain } = fakeIpcMain();
    registerApi(ipcMain, vi.fn(), () => true);
    expect(() => registerApi(ipcMain, vi.fn(), () => true)).toThrow(/second handler/);
  });
});

describe('registerApi with the real dispatcher and store', () => {
  it('serves the app page and refuses a page that went away', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rapport-ipc-'));
    const store = openStore(join(dir, 'rapport.db'));
    try {
      const { ipcMain, handlers } = fakeIpcMain();
      registerApi(ipcMain, createDispatch(store, { prefsDir: dir }), (event) =>
        isTrustedSender(event.senderFrame, APP_URL),
      );
      const created = await handlers.get('rapport:posts.create')?.(appEvent, {
        title: 'Meet Dana, our new nurse',
      });
      expect(created).toMatchObject({
        ok: true,
        data: { title: 'Meet Dana, our new nurse', status: 'idea' },
      });
      const backlog = await handlers.get('rapport:posts.backlog')?.(appEvent, {});
      expect(backlog).toMatchObject({ ok: true, data: [{ title: 'Meet Dana, our new nurse' }] });

      const gone = await handlers.get('rapport:posts.create')?.(
        { senderFrame: null },
        { title: 'Sneaky' },
      );
      expect(gone).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      const after = await handlers.get('rapport:posts.backlog')?.(appEvent, {});
      expect(after).toMatchObject({ ok: true, data: [{ title: 'Meet Dana, our new nurse' }] });
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('createCommandSender', () => {
  it('sends valid commands to the current page', () => {
    const target = { isDestroyed: () => false, send: vi.fn() };
    createCommandSender(() => target)('new-idea');
    expect(target.send).toHaveBeenCalledWith(COMMAND_IPC_CHANNEL, 'new-idea');
    expect(COMMAND_IPC_CHANNEL).toBe('rapport:app.command');
  });

  it('does nothing without a live window, or for an unknown command', () => {
    const destroyed = { isDestroyed: () => true, send: vi.fn() };
    createCommandSender(() => destroyed)('go-today');
    expect(destroyed.send).not.toHaveBeenCalled();
    expect(() => createCommandSender(() => null)('go-today')).not.toThrow();
    const live = { isDestroyed: () => false, send: vi.fn() };
    createCommandSender(() => live)('format-disk' as never);
    expect(live.send).not.toHaveBeenCalled();
  });
});
