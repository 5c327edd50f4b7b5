// Serving the API contract over Electron IPC. Each contract channel gets its own IPC channel,
// `rapport:<channel>` (e.g. `rapport:posts.update`), so the main process only ever answers
// names it knows; the prefix keeps them apart from Electron's own and any library's channels.
// Commands from the menu travel the other way on `rapport:app.command`.
import { CHANNELS, type Channel } from '../../shared/contract';
import { APP_COMMAND_EVENT, isAppCommand, type AppCommand } from '../../shared/commands';
import type { Envelope } from '../../shared/envelope';

export const IPC_PREFIX = 'rapport:';

export function ipcChannelFor(channel: Channel): string {
  return `${IPC_PREFIX}${channel}`;
}

/** Main → renderer: one of APP_COMMANDS. */
export const COMMAND_IPC_CHANNEL = `${IPC_PREFIX}${APP_COMMAND_EVENT}`;

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

export const UNAUTHORIZED: Envelope<never> = {
  ok: false,
  error: {
    code: 'unauthorized',
    message: 'Only Rapport’s own window may use its data.',
  },
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
