import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../electron/api/index';
import {
  COMMAND_IPC_CHANNEL,
  commandTargetOf,
  createCommandSender,
  ipcChannelFor,
  OPEN_WINDOW_IPC_CHANNEL,
  registerApi,
  registerOpenWindow,
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

describe('registerOpenWindow', () => {
  const secondWindowEvent: IpcInvokeEventLike = {
    senderFrame: { url: `${APP_URL}#/meeting/2026-W48`, parent: null },
  };
  const trusted = (event: IpcInvokeEventLike) => isTrustedSender(event.senderFrame, APP_URL);

  it('registers its own channel beside the API channels', () => {
    const { ipcMain, handlers } = fakeIpcMain();
    registerApi(ipcMain, vi.fn(), trusted);
    expect(registerOpenWindow(ipcMain, vi.fn(), trusted)).toBe('rapport:shell.openWindow');
    expect(handlers.has(OPEN_WINDOW_IPC_CHANNEL)).toBe(true);
    expect(CHANNELS as readonly string[]).not.toContain('shell.openWindow');
  });

  it('opens a route for the main window and for the second window', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const open = vi.fn(() => ({ ok: true as const }));
    registerOpenWindow(ipcMain, open, trusted);
    const handler = handlers.get(OPEN_WINDOW_IPC_CHANNEL)!;
    expect(await handler(appEvent, '#/meeting/2026-W48', { present: true })).toEqual({ ok: true });
    expect(open).toHaveBeenLastCalledWith('#/meeting/2026-W48', { present: true });
    expect(await handler(secondWindowEvent, '#/staff')).toEqual({ ok: true });
    expect(open).toHaveBeenLastCalledWith('#/staff', { present: false });
  });

  it('refuses untrusted senders, subframes and a frame that went away', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const open = vi.fn(() => ({ ok: true as const }));
    registerOpenWindow(ipcMain, open, trusted);
    const handler = handlers.get(OPEN_WINDOW_IPC_CHANNEL)!;
    for (const event of [
      { senderFrame: { url: 'https://evil.example/#/staff', parent: null } },
      { senderFrame: { url: `${APP_URL}#/staff`, parent: {} } },
      { senderFrame: null },
    ]) {
      expect(await handler(event, '#/staff')).toMatchObject({ ok: false, message: /Rapport/ });
    }
    expect(open).not.toHaveBeenCalled();
  });

  it.each([
    [42, undefined],
    ['#/staff', 'present'],
    ['#/staff', ['present']],
    ['#/staff', { present: 'yes' }],
    ['#/staff', { present: true, url: 'https://evil.example/' }],
  ])('refuses route %j with options %j', async (route, options) => {
    const { ipcMain, handlers } = fakeIpcMain();
    const open = vi.fn(() => ({ ok: true as const }));
    registerOpenWindow(ipcMain, open, () => true);
    const result = await handlers.get(OPEN_WINDOW_IPC_CHANNEL)!(appEvent, route, options);
    expect(result).toMatchObject({ ok: false, message: expect.any(String) });
    expect(open).not.toHaveBeenCalled();
  });

  it('passes a refusal from open back, and turns a throw into a message', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const open = vi
      .fn()
      .mockReturnValueOnce({ ok: false, message: 'bad route' })
      .mockImplementationOnce(() => {
        throw new Error('boom');
      });
    registerOpenWindow(ipcMain, open, () => true);
    const handler = handlers.get(OPEN_WINDOW_IPC_CHANNEL)!;
    expect(await handler(appEvent, '#/x')).toEqual({ ok: false, message: 'bad route' });
    expect(await handler(appEvent, '#/x')).toMatchObject({ ok: false, message: /boom/ });
  });
});

describe('commandTargetOf', () => {
  const win = (destroyed = false, contentsDestroyed = false) => ({
    isDestroyed: () => destroyed,
    webContents: { isDestroyed: () => contentsDestroyed, send: vi.fn() },
  });

  it('is the focused window, so menu commands reach the window the user is in', () => {
    const main = win();
    const second = win();
    expect(commandTargetOf(second, main)).toBe(second.webContents);
    createCommandSender(() => commandTargetOf(second, main))('go-next');
    expect(second.webContents.send).toHaveBeenCalledWith(COMMAND_IPC_CHANNEL, 'go-next');
    expect(main.webContents.send).not.toHaveBeenCalled();
  });

  it('falls back to the main window when nothing (or a dead window) has focus', () => {
    const main = win();
    expect(commandTargetOf(null, main)).toBe(main.webContents);
    expect(commandTargetOf(win(true), main)).toBe(main.webContents);
    expect(commandTargetOf(win(false, true), main)).toBe(main.webContents);
    expect(commandTargetOf(null, null)).toBeUndefined();
    expect(commandTargetOf(undefined, win(true))).toBeUndefined();
  });
});
