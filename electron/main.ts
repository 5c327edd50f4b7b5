// The Electron main process: wiring only. Every decision lives in electron/shell/ (tested in
// plain Node) and electron/api/ + electron/store/ (the same code the browser host serves).
import { mkdirSync } from 'node:fs';
import { copyFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  Notification,
  screen,
  session,
  shell,
} from 'electron';
import { createDispatch } from './api/index';
import { restoreOverDamaged, restoreSavedFileOverDamaged } from './api/recovery';
import { sqliteBackups, startBackupSchedule } from './store/backup/service';
import {
  backupDirFor,
  bundlePlannerMedia,
  checkFile,
  newestGoodBackup,
} from './store/backup/backups';
import { writePlanFile } from './store/plan-file';
import {
  registerSave,
  SAVE_BACKUP_IPC_CHANNEL,
  SAVE_PLAN_IPC_CHANNEL,
  saveBackupToChosenFile,
  savePlanToChosenFile,
} from './shell/save-file';
import { StoreOpenError } from './store/database';
import { recoveryAction, recoveryDialogPlan, SAVED_FILE_DIALOG } from './shell/recovery-dialog';
import { openStore, type SqliteStore } from './store/store';
import {
  commandTargetOf,
  createCommandSender,
  registerApi,
  registerOpenWindow,
  type IpcInvokeEventLike,
} from './shell/ipc';
import { createFlushOnClose, registerFlushAnswers } from './shell/close-flush';
import { registerSaveAgendaPdf } from './shell/agenda-pdf';
import { askWhereToSave } from './shell/downloads';
import { buildMenuTemplate } from './shell/menu';
import { startReminders } from './shell/reminders';
import { databasePath, preloadPath, rendererIndexPath, windowStatePath } from './shell/paths';
import {
  createWindowOptions,
  restrictPermissions,
  hardenWebContents,
  installCspHeader,
  isTrustedSender,
} from './shell/security';
import { enforceSingleInstance, restoreAndFocus } from './shell/single-instance';
import { loadWindowState, trackWindowState } from './shell/window-state';
import { createSecondWindowOpener } from './shell/windows';
import { MediaFiles } from './media/files';
import { registerMedia } from './shell/media';
import { cleanLeftovers, leftoversMessage } from './store/leftovers';
import { now } from '../shared/clock';
import { installNetworkGuard } from './shell/network';

const rendererIndex = rendererIndexPath(__dirname);
const appUrl = pathToFileURL(rendererIndex).href;
const dev = !app.isPackaged;

let store: SqliteStore | undefined;
let stopBackups = () => {};
let stopReminders = () => {};
let mainWindow: BrowserWindow | null = null;

// A closing window first asks its page to save what was just typed (shell/close-flush.ts).
const flushOnClose = createFlushOnClose();

// The second window ("Present on the other screen"); its rules are those of the first: see
// shell/windows.ts. No `partition`, so it shares the default session's CSP and permissions.
const secondWindow = createSecondWindowOpener({
  appUrl,
  preloadPath: preloadPath(__dirname),
  dev,
  getDisplays: () => screen.getAllDisplays(),
  getMainBounds: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.getBounds() : null),
  createWindow: (options) => {
    // electronegativity-ok: options from secondWindowPlan → createWindowOptions (sandbox, contextIsolation on; tested)
    const window = new BrowserWindow(options);
    flushOnClose.guard(window);
    return window;
  },
});

function openPlanner(): SqliteStore | undefined {
  const file = databasePath(app);
  try {
    mkdirSync(dirname(file), { recursive: true });
    const cleaned = leftoversMessage(cleanLeftovers(file, now()));
    if (cleaned) console.log(cleaned);
    return openStore(file);
  } catch (error) {
    if (error instanceof StoreOpenError && error.problem === 'damaged') {
      // Never written to: say so, and offer the newest good backup (see shell/recovery-dialog).
      const newest = newestGoodBackup(backupDirFor(file));
      const plan = recoveryDialogPlan(error.message, newest);
      const action = recoveryAction(plan, dialog.showMessageBoxSync(plan.options));
      try {
        if (action === 'restore' && newest) {
          restoreOverDamaged(file, newest.id);
          return openStore(file);
        }
        const [chosen] =
          action === 'saved-file' ? (dialog.showOpenDialogSync(SAVED_FILE_DIALOG) ?? []) : [];
        if (chosen) {
          restoreSavedFileOverDamaged(file, chosen);
          return openStore(file);
        }
      } catch (again) {
        dialog.showErrorBox('Rapport could not restore the backup', (again as Error).message);
      }
      return undefined;
    }
    // StoreOpenError has left the file untouched and says why in words a user can act on.
    const message =
      error instanceof StoreOpenError
        ? error.message
        : `Rapport could not open ${file}: ${String(error)}`;
    dialog.showErrorBox('Rapport cannot open its planner', message);
    return undefined;
  }
}

function createWindow(): void {
  const stateFile = windowStatePath(app);
  const { maximized, ...bounds } = loadWindowState(stateFile, screen);
  const options = createWindowOptions(preloadPath(__dirname), bounds, { dev });
  // electronegativity-ok: options from createWindowOptions (sandbox, contextIsolation on; tested); middle-click windows are denied by hardenWebContents
  const window = new BrowserWindow(options);
  mainWindow = window;
  flushOnClose.guard(window);
  trackWindowState(window, stateFile);
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window
    .loadFile(rendererIndex)
    .catch((error: unknown) => console.error('Could not load the window', error));
}

function start(): void {
  installCspHeader(session.defaultSession);
  // No network, ever: only the app's own folder loads (links go to the system browser).
  installNetworkGuard(session.defaultSession, new URL('.', appUrl).href);
  restrictPermissions(session.defaultSession, appUrl);
  askWhereToSave(session.defaultSession, () => app.getPath('documents'));
  store = openPlanner();
  if (!store) {
    app.quit();
    return;
  }
  const trusted = (event: IpcInvokeEventLike) => isTrustedSender(event.senderFrame, appUrl);
  // prefs.json sits beside rapport.db (and window-state.json) in userData.
  const backups = sqliteBackups(store);
  stopBackups = startBackupSchedule(store, backups);
  const dispatch = createDispatch(store, { prefsDir: dirname(databasePath(app)), backups });
  registerApi(ipcMain, dispatch, trusted);
  stopReminders = startReminders({
    dispatch,
    notify: (reminder) => {
      if (Notification.isSupported()) {
        new Notification({ title: reminder.title, body: reminder.body }).show();
      }
    },
  });
  registerOpenWindow(ipcMain, (route, options) => secondWindow.open(route, options), trusted);
  registerFlushAnswers(ipcMain, flushOnClose, trusted);
  registerSaveAgendaPdf(
    ipcMain,
    {
      showSaveDialog: (options) => {
        const window = BrowserWindow.getFocusedWindow();
        return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
      },
      writeFile: (path, data) => writeFile(path, data),
      documentsDir: () => app.getPath('documents'),
      locale: () => app.getLocale(),
    },
    trusted,
  );
  registerMedia(
    ipcMain,
    { showOpenDialog: (options) => dialog.showOpenDialog(options) },
    new MediaFiles(join(dirname(databasePath(app)), 'media')),
    trusted,
  );
  const planner = store;
  const saveDialog = {
    showSaveDialog: (options: Parameters<typeof dialog.showSaveDialog>[0]) =>
      mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options),
  };
  const files = {
    copy: (from: string, to: string) => copyFile(from, to),
    rename: (from: string, to: string) => rename(from, to),
    remove: (file: string) => rm(file, { force: true }),
    check: (file: string) => checkFile(file, 'integrity_check'),
  };
  registerSave(
    ipcMain,
    SAVE_BACKUP_IPC_CHANNEL,
    () =>
      saveBackupToChosenFile({
        dialog: saveDialog,
        backups: {
          create: () => planner.exclusive(() => backups.create('manual')),
          fileOf: (id) => join(backupDirFor(planner.file), id),
          bundle: (file) => bundlePlannerMedia(file, planner.file),
        },
        files,
        documentsDir: app.getPath('documents'),
      }),
    trusted,
  );
  registerSave(
    ipcMain,
    SAVE_PLAN_IPC_CHANNEL,
    () =>
      savePlanToChosenFile({
        dialog: saveDialog,
        write: (file) => writePlanFile(planner, file),
        files,
        documentsDir: app.getPath('documents'),
      }),
    trusted,
  );
  const sendCommand = createCommandSender(() =>
    commandTargetOf(BrowserWindow.getFocusedWindow(), mainWindow),
  );
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(buildMenuTemplate(process.platform, sendCommand, { dev })),
  );
  createWindow();
}

app.enableSandbox();
if (enforceSingleInstance(app, () => restoreAndFocus(mainWindow))) {
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { appUrl, shell }),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (store && !mainWindow) createWindow();
  });
  app.on('will-quit', () => {
    stopBackups();
    stopReminders();
    store?.close();
    store = undefined;
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Rapport failed to start', error);
      app.quit();
    });
}
