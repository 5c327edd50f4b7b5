// Runs electron/main.ts against a fake 'electron' module: the wiring, not Electron itself.
import {
  closeSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDispatch } from '../../electron/api';
import { sqliteBackups } from '../../electron/store/backup/service';
import { openStore } from '../../electron/store/store';

type Fn = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const state = {
    gotLock: true,
    userData: '',
    appListeners: new Map<string, Fn[]>(),
    handlers: new Map<string, Fn>(),
    windows: [] as {
      options: Record<string, unknown>;
      loadFile: ReturnType<typeof vi.fn>;
      loadURL: ReturnType<typeof vi.fn>;
      focus: ReturnType<typeof vi.fn>;
      webContents: { send: ReturnType<typeof vi.fn> };
      contents: { on: ReturnType<typeof vi.fn>; setWindowOpenHandler: ReturnType<typeof vi.fn> };
    }[],
    focused: null as unknown,
    displays: [] as { bounds: Record<string, number>; workArea: Record<string, number> }[],
    ready: undefined as undefined | (() => void),
    readyPromise: undefined as undefined | Promise<void>,
    fns: {} as Record<string, ReturnType<typeof vi.fn>>,
    /** The button pressed in a message box. */
    messageBoxResponse: 0,
    /** The files picked in an open dialog (undefined: cancelled). */
    openDialogResult: undefined as string[] | undefined,
  };
  return state;
});

vi.mock('electron', () => {
  const fn = (name: string, impl?: Fn) => (fake.fns[name] = vi.fn(impl));
  class BrowserWindow {
    static getFocusedWindow() {
      return fake.focused;
    }
    webContents = { isDestroyed: () => false, send: vi.fn() };
    // What hardenWebContents sees: Electron emits 'web-contents-created' for each window.
    contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    loadFile = vi.fn(() => Promise.resolve());
    loadURL = vi.fn(() => Promise.resolve());
    focus = vi.fn();
    show = vi.fn();
    restore = vi.fn();
    constructor(readonly options: Record<string, unknown>) {
      fake.windows.push(this);
      for (const listener of fake.appListeners.get('web-contents-created') ?? [])
        listener({}, this.contents);
    }
    on() {}
    once() {}
    getBounds() {
      return { x: 0, y: 0, width: 1280, height: 800 };
    }
    isMinimized() {
      return false;
    }
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
    webRequest: {
      onHeadersReceived: fn('onHeadersReceived'),
      onBeforeRequest: fn('onBeforeRequest'),
    },
    setPermissionRequestHandler: fn('setPermissionRequestHandler'),
    setPermissionCheckHandler: fn('setPermissionCheckHandler'),
    on: fn('sessionOn'),
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
    dialog: {
      showErrorBox: fn('showErrorBox'),
      showOpenDialog: fn('showOpenDialog'),
      showSaveDialog: fn('showSaveDialog', () =>
        Promise.resolve({ canceled: false, filePath: join(fake.userData, 'our-plan.json') }),
      ),
      showMessageBoxSync: fn('showMessageBoxSync', () => fake.messageBoxResponse),
      showOpenDialogSync: fn('showOpenDialogSync', () => fake.openDialogResult),
    },
    ipcMain: { handle: (channel: string, listener: Fn) => fake.handlers.set(channel, listener) },
    Menu: {
      setApplicationMenu: fn('setApplicationMenu'),
      buildFromTemplate: (t: unknown) => ({ template: t }),
    },
    screen: {
      getAllDisplays: () => fake.displays,
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
  fake.focused = null;
  fake.messageBoxResponse = 0;
  fake.openDialogResult = undefined;
  fake.displays = [
    {
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
      workArea: { x: 0, y: 0, width: 1920, height: 1040 },
    },
  ];
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
    // No network, ever: every request passes the guard.
    expect(fake.fns.onBeforeRequest).toHaveBeenCalledWith(
      { urls: ['<all_urls>'] },
      expect.any(Function),
    );
    expect(fake.fns.setPermissionRequestHandler).toHaveBeenCalled();
    expect(fake.fns.setPermissionCheckHandler).toHaveBeenCalled();
    expect(fake.fns.sessionOn).toHaveBeenCalledWith('will-download', expect.any(Function));
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

  it('saves the whole plan where the save dialog points (Export everything)', async () => {
    await startMain();
    const appUrl = pathToFileURL(String(fake.windows[0]!.loadFile.mock.calls[0]![0])).href;
    const mine = { senderFrame: { url: appUrl, parent: null } };
    await fake.handlers.get('rapport:posts.create')!(mine, { title: 'Team Tuesday' });
    const saved = await fake.handlers.get('rapport:shell.savePlan')!(mine);
    expect(saved).toEqual({ ok: true, data: { saved: true, name: 'our-plan.json', posts: 1 } });
    const plan = JSON.parse(readFileSync(join(fake.userData, 'our-plan.json'), 'utf8')) as {
      posts: { title: string }[];
    };
    expect(plan.posts.map((p) => p.title)).toEqual(['Team Tuesday']);
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

  /** A planner holding one post, its backup (in backups/, and a copy saved away), then damaged. */
  async function damagedPlanner() {
    const file = join(fake.userData, 'rapport.db');
    const made = openStore(file);
    const dispatch = createDispatch(made, { prefsDir: fake.userData, log: () => {} });
    await dispatch('posts.create', { title: 'Keep me' });
    const backup = await sqliteBackups(made).create('manual');
    const saved = join(fake.userData, 'on-the-usb-stick.db');
    copyFileSync(join(fake.userData, 'backups', backup.id), saved);
    const { rootpage } = made.db
      .prepare("SELECT rootpage FROM sqlite_master WHERE name = 'posts'")
      .get() as { rootpage: number };
    made.close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x3c), 0, 4096, (rootpage - 1) * 4096);
    closeSync(fd);
    return { file, backup, saved, damaged: readFileSync(file) };
  }

  async function expectKeepMe() {
    expect(fake.windows).toHaveLength(1);
    const appUrl = pathToFileURL(String(fake.windows[0]!.loadFile.mock.calls[0]![0])).href;
    const backlog = await fake.handlers.get('rapport:posts.backlog')!(
      { senderFrame: { url: appUrl, parent: null } },
      {},
    );
    expect(backlog).toMatchObject({ ok: true, data: [{ title: 'Keep me' }] });
  }

  it.each([
    [0, 'restores the newest good backup'],
    [1, 'asks for a saved file, and quits when none is picked'],
    [2, 'quits, leaving the file alone'],
  ])('offers the newest good backup for a damaged file; button %i %s', async (button) => {
    const { file, backup, damaged } = await damagedPlanner();
    fake.messageBoxResponse = button;
    await startMain();
    expect(fake.fns.showMessageBoxSync).toHaveBeenCalledWith(
      expect.objectContaining({
        message: 'The planner file is damaged.',
        buttons: [
          expect.stringMatching(/^Restore the backup from /),
          'Restore from a saved file…',
          'Quit',
        ],
      }),
    );
    if (button !== 0) {
      expect(fake.fns.showOpenDialogSync).toHaveBeenCalledTimes(button === 1 ? 1 : 0);
      expect(fake.fns.quit).toHaveBeenCalled();
      expect(fake.windows).toHaveLength(0);
      expect(readFileSync(file).equals(damaged)).toBe(true);
      return;
    }
    await expectKeepMe();
    expect(existsSync(join(fake.userData, 'backups', backup.id))).toBe(true);
  });

  it('restores a saved file when the backups beside a damaged planner are gone too', async () => {
    const { saved } = await damagedPlanner();
    rmSync(join(fake.userData, 'backups'), { recursive: true, force: true });
    fake.messageBoxResponse = 0;
    fake.openDialogResult = [saved];
    await startMain();
    expect(fake.fns.showMessageBoxSync).toHaveBeenCalledWith(
      expect.objectContaining({ buttons: ['Restore from a saved file…', 'Quit'] }),
    );
    expect(fake.fns.showOpenDialogSync).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'Pick a saved Rapport backup' }),
    );
    await expectKeepMe();
    // The damaged file is kept aside; the saved file is left as it was.
    const kept = readdirSync(join(fake.userData, 'backups'));
    expect(kept.some((n) => n.startsWith('damaged-'))).toBe(true);
    expect(kept.some((n) => n.endsWith('-added.db'))).toBe(true);
    expect(existsSync(saved)).toBe(true);
  });

  it('opens a route in a second, equally locked-down window on the other display', async () => {
    fake.displays.push({
      bounds: { x: 1920, y: 0, width: 1280, height: 720 },
      workArea: { x: 1920, y: 0, width: 1280, height: 680 },
    });
    await startMain();
    const [main] = fake.windows;
    const appUrl = pathToFileURL(String(main!.loadFile.mock.calls[0]![0])).href;
    const openWindow = fake.handlers.get('rapport:shell.openWindow')!;
    const result = await openWindow(
      { senderFrame: { url: appUrl, parent: null } },
      '#/meeting/2026-W48',
      {
        present: true,
      },
    );
    expect(result).toEqual({ ok: true });
    expect(fake.windows).toHaveLength(2);
    const second = fake.windows[1]!;
    expect(second.options).toMatchObject({
      x: 1920,
      y: 0,
      width: 1280,
      height: 720,
      fullscreen: true,
    });
    expect(second.options.webPreferences).toEqual(main!.options.webPreferences);
    expect(second.options.webPreferences).not.toHaveProperty('partition');
    expect(second.loadURL).toHaveBeenCalledWith(`${appUrl}#/meeting/2026-W48`);
    // Both windows were hardened as Electron created them.
    for (const window of fake.windows) {
      expect(window.contents.setWindowOpenHandler).toHaveBeenCalled();
      expect(window.contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
      expect(window.contents.on).toHaveBeenCalledWith('will-attach-webview', expect.any(Function));
    }

    // The second window's page is served like the first...
    const secondEvent = { senderFrame: { url: `${appUrl}#/meeting/2026-W48`, parent: null } };
    const create = fake.handlers.get('rapport:posts.create')!;
    expect(await create(secondEvent, { title: 'Team Tuesday' })).toMatchObject({ ok: true });
    // ...and may ask for another route, which reuses the window.
    expect(await openWindow(secondEvent, '#/staff')).toEqual({ ok: true });
    expect(fake.windows).toHaveLength(2);
    expect(second.loadURL).toHaveBeenLastCalledWith(`${appUrl}#/staff`);
    expect(second.focus).toHaveBeenCalled();

    // Anyone else, or a bad route, is refused.
    expect(
      await openWindow({ senderFrame: { url: 'https://evil.example/', parent: null } }, '#/staff'),
    ).toMatchObject({ ok: false });
    expect(await openWindow(secondEvent, 'https://evil.example/')).toMatchObject({ ok: false });
    expect(fake.windows).toHaveLength(2);
  });

  it('opens a normal window beside the main one when there is one display', async () => {
    await startMain();
    const appUrl = pathToFileURL(String(fake.windows[0]!.loadFile.mock.calls[0]![0])).href;
    const openWindow = fake.handlers.get('rapport:shell.openWindow')!;
    await openWindow({ senderFrame: { url: appUrl, parent: null } }, '#/meeting/2026-W48', {
      present: true,
    });
    expect(fake.windows[1]!.options).toMatchObject({ x: 40, y: 40, width: 1280, height: 800 });
    expect(fake.windows[1]!.options.fullscreen).toBeUndefined();
  });

  it('sends menu commands to the focused window', async () => {
    await startMain();
    const appUrl = pathToFileURL(String(fake.windows[0]!.loadFile.mock.calls[0]![0])).href;
    await fake.handlers.get('rapport:shell.openWindow')!(
      { senderFrame: { url: appUrl, parent: null } },
      '#/meeting/2026-W48',
    );
    const [main, second] = fake.windows;
    const menu = fake.fns.setApplicationMenu!.mock.calls[0]![0] as {
      template: { submenu?: { id?: string; click?: () => void }[] }[];
    };
    const next = menu.template.flatMap((m) => m.submenu ?? []).find((i) => i.id === 'go-next')!;
    fake.focused = second;
    next.click!();
    expect(second!.webContents.send).toHaveBeenCalledWith('rapport:app.command', 'go-next');
    expect(main!.webContents.send).not.toHaveBeenCalled();
    fake.focused = null;
    next.click!();
    expect(main!.webContents.send).toHaveBeenCalledWith('rapport:app.command', 'go-next');
  });
});
