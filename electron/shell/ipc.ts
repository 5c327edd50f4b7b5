// Serving the API contract over Electron IPC. Each contract channel gets its own IPC channel,
// `rapport:<channel>` (e.g. `rapport:posts.update`), so the main process only ever answers
// names it knows; the prefix keeps them apart from Electron's own and any library's channels.
// Commands from the menu travel the other way on `rapport:app.command`; a page asks for a
// second window on `rapport:shell.openWindow`.
import type { OpenWindowOptions, OpenWindowResult } from '../../shared/bridge';
import { CHANNELS, type Channel } from '../../shared/contract';
import { APP_COMMAND_EVENT, isAppCommand, type AppCommand } from '../../shared/commands';
import type { Envelope } from '../../shared/envelope';

export const IPC_PREFIX = 'rapport:';

export function ipcChannelFor(channel: Channel): string {
  return `${IPC_PREFIX}${channel}`;
}

/** Main → renderer: one of APP_COMMANDS. */
export const COMMAND_IPC_CHANNEL = `${IPC_PREFIX}${APP_COMMAND_EVENT}`;

/** Renderer → main: open a route in the second window (not a contract channel: shell only). */
export const OPEN_WINDOW_IPC_CHANNEL = `${IPC_PREFIX}shell.openWindow`;

/** Main → renderer: save what is pending now, then answer (the window is closing). */
export const FLUSH_IPC_CHANNEL = `${IPC_PREFIX}shell.flush`;
/** Renderer → main: the flush asked for is done. */
export const FLUSHED_IPC_CHANNEL = `${IPC_PREFIX}shell.flushed`;
/** Renderer → main: show the file dialog and copy the chosen photos/videos in (shell/media.ts). */
export const PICK_MEDIA_IPC_CHANNEL = `${IPC_PREFIX}shell.pickMedia`;
/** Renderer → main: print the sending window's meeting agenda to a PDF the person picks. */
export const SAVE_AGENDA_PDF_IPC_CHANNEL = `${IPC_PREFIX}shell.saveAgendaPdf`;
/** Renderer → main: the bytes of a file dropped on the page, with its bare name. */
export const UPLOAD_MEDIA_IPC_CHANNEL = `${IPC_PREFIX}shell.uploadMedia`;
/** Renderer → main: make a checked backup and save it where the person chooses. */
export const SAVE_BACKUP_IPC_CHANNEL = `${IPC_PREFIX}shell.saveBackup`;
/** Renderer → main: write the whole plan as JSON where the person chooses. */
export const SAVE_PLAN_IPC_CHANNEL = `${IPC_PREFIX}shell.savePlan`;

export interface IpcInvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent?: unknown } | null;
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcInvokeEventLike, ...args: unknown[]) => unknown,
  ): void;
}

export type Dispatch = (channel: Channel, input: unknown) => Promise<Envelope<unknown>>;

const UNAUTHORIZED_MESSAGE = 'Only Rapport’s own window may use its data.';

export const UNAUTHORIZED: Envelope<never> = {
  ok: false,
  error: { code: 'unauthorized', message: UNAUTHORIZED_MESSAGE },
};

/** Registers one handler per contract channel; returns the IPC names it registered. */
export function registerApi(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrusted: (event: IpcInvokeEventLike) => boolean,
): string[] {
  return CHANNELS.map((channel) => {
    const name = ipcChannelFor(channel);
    ipcMain.handle(name, (event, input) =>
      isTrusted(event) ? dispatch(channel, input) : Promise.resolve(UNAUTHORIZED),
    );
    return name;
  });
}

export interface CommandTarget {
  isDestroyed(): boolean;
  send(channel: string, ...args: unknown[]): void;
}

/** A `sendCommand` for the menu: delivers to the current window's page, if there is one. */
export function createCommandSender(
  getTarget: () => CommandTarget | null | undefined,
): (command: AppCommand) => void {
  return (command) => {
    if (!isAppCommand(command)) return;
    const target = getTarget();
    if (!target || target.isDestroyed()) return;
    target.send(COMMAND_IPC_CHANNEL, command);
  };
}

export type OpenWindow = (route: string, options: OpenWindowOptions) => OpenWindowResult;

function refused(message: string): OpenWindowResult {
  return { ok: false, message };
}

/**
 * Serves `openWindow` to trusted senders only. The route and options are checked again by
 * `open` (see windows.ts); here the options must be absent or `{ present?: boolean }`.
 */
export function registerOpenWindow(
  ipcMain: IpcMainLike,
  open: OpenWindow,
  isTrusted: (event: IpcInvokeEventLike) => boolean,
): string {
  ipcMain.handle(OPEN_WINDOW_IPC_CHANNEL, (event, route, options) => {
    if (!isTrusted(event)) return refused(UNAUTHORIZED_MESSAGE);
    if (typeof route !== 'string') return refused('A route must be text.');
    let present = false;
    if (options !== undefined && options !== null) {
      if (typeof options !== 'object' || Array.isArray(options))
        return refused('Window options must be { present?: boolean }.');
      const { present: wanted, ...rest } = options as Record<string, unknown>;
      if (Object.keys(rest).length > 0 || (wanted !== undefined && typeof wanted !== 'boolean'))
        return refused('Window options must be { present?: boolean }.');
      present = wanted === true;
    }
    try {
      return open(route, { present });
    } catch (error) {
      return refused(`Rapport could not open the window: ${String(error)}`);
    }
  });
  return OPEN_WINDOW_IPC_CHANNEL;
}

export interface WindowWithContentsLike {
  isDestroyed(): boolean;
  readonly webContents: CommandTarget;
}

/** Where menu commands go: the focused Rapport window, else the main window. */
export function commandTargetOf(
  focused: WindowWithContentsLike | null | undefined,
  main: WindowWithContentsLike | null | undefined,
): CommandTarget | undefined {
  for (const window of [focused, main]) {
    if (window && !window.isDestroyed() && !window.webContents.isDestroyed())
      return window.webContents;
  }
  return undefined;
}
