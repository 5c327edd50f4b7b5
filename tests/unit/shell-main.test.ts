// Runs electron/main.ts against a fake 'electron' module: the wiring, not Electron itself.
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Fn = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    gotLock: true,
    userData: '',
    appListeners: new Map<string, Fn[]>(),
    handlers: new Map<string, Fn>(),
    windows: [] as { options: Record<string, unknown>; loadFile: ReturnType<typeof vi.fn> }[],
    ready: undefined as undefined | (() => void),
    readyPromise: undefined as undefined | Promise<void>,
    fns: {} as Record<string, ReturnType<typeof vi.fn>>,
  };
  return state;
});

vi.mock('electron', () => {
  const fn = (name: string, impl?: Fn) => (fake.fns[name] = vi.fn(impl));
  class BrowserWindow {
    webContents = { isDestroyed: () => false, send: vi.fn() };
    loadFile = vi.fn(() => Promise.resolve());
    constructor(readonly options: Record<string, unknown>) {
      fake.windows.push(this);
    }
    on() {}
    once() {}
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    isMaximized() {
      return false;
    }
    isDestroyed() {
      return false;
    }
  }
  const session = {
    webRequest: { onHeadersReceived: fn('onHeadersReceived') },
    setPermissionRequestHandler: fn('setPermissionRequestHandler'),
    setPermissionCheckHandler: fn('setPermissionCheckHandler'),
  };
  const app = {
    isPackaged: true,
    enableSandbox: fn('enableSandbox'),
    requestSingleInstanceLock: fn('requestSingleInstanceLock', () => fake.gotLock),
    quit: fn('quit'),
    getPath: () => fake.userData,
    on: (event: string, listener: Fn) => {
      fake.appListeners.set(event, [...(fake.appListeners.get(event) ?? []), listener]);
    },
    whenReady: fn('whenReady', () => fake.readyPromise),
  };
  return {
    app,
    BrowserWindow,
    dialog: { showErrorBox: fn('showErrorBox') },
    ipcMain: { handle: (channel: string, listener: Fn) => fake.handlers.set(channel, listener) },
    Menu: {
      setApplicationMenu: fn('setApplicationMenu'),
      buildFromTemplate: (t: unknown) => ({ template: t }),
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    session: { defaultSession: session },
    shell: { openExternal: fn('openExternal', () => Promise.resolve()) },
  };
});

async function startMain() {
  fake.readyPromise = Promise.resolve();
  await import('../../electron/main');
  // Let whenReady().then(start) run.
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const emitApp = (event: string, ...args: unknown[]) =>
  fake.appListeners.get(event)?.forEach((l) => l(...args));

beforeEach(() => {
  vi.resetModules();
  fake.gotLock = true;
  fake.userData = mkdtempSync(join(tmpdir(), 'rapport-main-'));
  fake.appListeners.clear();
  fake.handlers.clear();
  fake.windows.length = 0;
  for (const f of Object.values(fake.fns)) f.mockClear();
});

afterEach(() => {
  emitApp('will-quit');
  rmSync(fake.userData, { recursive: true, force: true });
});

describe('electron/main.ts', () => {
  it('quits at once when another Rapport holds the lock', async () => {
    fake.gotLock = false;
    await startMain();
    expect(fake.fns.quit).toHaveBeenCalled();
    expect(fake.fns.whenReady).not.toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(existsSync(join(fake.userData, 'rapport.db'))).toBe(false);
  });

  it('starts sandboxed, locked down, serving the API to one hardened window', async () => {
    await startMain();
    expect(fake.fns.enableSandbox).toHaveBeenCalled();
    expect(fake.fns.onHeadersReceived).toHaveBeenCalled();
    expect(fake.fns.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.fns.setPermissionCheckHandler).toHaveBeenCalled();
    expect(existsSync(join(fake.userData, 'rapport.db'))).toBe(true);
    expect([...fake.handlers.keys()]).toContain('rapport:posts.create');
    expect(fake.fns.setApplicationMenu).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
    const window = fake.windows[0]!;
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window.loadFile).toHaveBeenCalledWith(
      expect.stringMatching(/renderer[\\/]index\.html$/),
    );
  });

  it('answers the app page over IPC and refuses anyone else', async () => {
    await startMain();
    const appFile = String(fake.windows[0]!.loadFile.mock.calls[0]![0]);
    const appUrl = pathToFileURL(appFile).href;
    const create = fake.handlers.get('rapport:posts.create')!;
    const mine = await create(
      { senderFrame: { url: appUrl, parent: null } },
      { title: 'Team Tuesday' },
    );
    expect(mine).toMatchObject({ ok: true, data: { title: 'Team Tuesday' } });
    const theirs = await create(
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { title: 'x' },
    );
    expect(theirs).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('hardens every web contents Electron creates', async () => {
    await startMain();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    emitApp('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
  });

  it('shows why and quits, leaving the file alone, when the store is not a Rapport database', async () => {
    const file = join(fake.userData, 'rapport.db');
    writeFileSync(file, 'my tax notes, not a database');
    await startMain();
    expect(fake.fns.showErrorBox).toHaveBeenCalledWith(
      expect.any(String),
      expect.stringContaining('not a Rapport database'),
    );
    expect(fake.fns.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.handlers.size).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('my tax notes, not a database');
  });
});
