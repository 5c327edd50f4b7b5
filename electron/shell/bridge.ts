// What the preload exposes as `window.rapport`. Pure, so it is tested without Electron; it is
// bundled into the sandboxed preload, so it imports nothing but shared/ and ./ipc.
import { isChannel, type ChannelOutput } from '../../shared/contract';
import { isAppCommand } from '../../shared/commands';
import type { Envelope } from '../../shared/envelope';
import type {
  MediaUploads,
  OpenWindowResult,
  RapportBridge,
  SavedFile,
  SaveAgendaResult,
} from '../../shared/bridge';
import {
  COMMAND_IPC_CHANNEL,
  FLUSH_IPC_CHANNEL,
  FLUSHED_IPC_CHANNEL,
  ipcChannelFor,
  OPEN_WINDOW_IPC_CHANNEL,
  PICK_MEDIA_IPC_CHANNEL,
  SAVE_BACKUP_IPC_CHANNEL,
  SAVE_PLAN_IPC_CHANNEL,
  SAVE_AGENDA_PDF_IPC_CHANNEL,
  UPLOAD_MEDIA_IPC_CHANNEL,
} from './ipc';
import { checkRoute } from './routes';

export type { RapportBridge };

type IpcListener = (event: unknown, ...args: unknown[]) => void;

export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: IpcListener): unknown;
  removeListener(channel: string, listener: IpcListener): unknown;
}

const UNREACHABLE: Envelope<never> = {
  ok: false,
  error: {
    code: 'internal',
    message:
      'Rapport’s window lost touch with its data. Nothing was saved; please restart Rapport.',
  },
};

const AGENDA_UNREACHABLE: SaveAgendaResult = {
  ok: false,
  canceled: false,
  message: 'Rapport could not reach its main process to save the agenda; please try again.',
};

function isOpenWindowResult(value: unknown): value is OpenWindowResult {
  if (typeof value !== 'object' || value === null) return false;
  const { ok, message } = value as { ok?: unknown; message?: unknown };
  return ok === true || (ok === false && typeof message === 'string');
}

const WINDOW_UNREACHABLE: OpenWindowResult = {
  ok: false,
  message: 'Rapport could not open the window. Please try again.',
};

export function createRapportBridge(ipcRenderer: IpcRendererLike): RapportBridge {
  return {
    invoke(channel, input) {
      if (!isChannel(channel)) {
        return Promise.resolve({
          ok: false,
          error: {
            code: 'not_found',
            message: `There is no API channel named "${String(channel)}".`,
          },
        });
      }
      return ipcRenderer.invoke(ipcChannelFor(channel), input).then(
        (envelope) => envelope as Envelope<ChannelOutput<typeof channel>>,
        () => UNREACHABLE,
      );
    },
    onCommand(listener) {
      if (typeof listener !== 'function') throw new TypeError('onCommand needs a function');
      // The IPC event stays here: handing it to the page would leak `event.sender`.
      const forward: IpcListener = (_event, command) => {
        if (isAppCommand(command)) listener(command);
      };
      ipcRenderer.on(COMMAND_IPC_CHANNEL, forward);
      return () => {
        ipcRenderer.removeListener(COMMAND_IPC_CHANNEL, forward);
      };
    },
    onFlushRequest(flush) {
      if (typeof flush !== 'function') throw new TypeError('onFlushRequest needs a function');
      const run: IpcListener = () => {
        // Whatever the page's flush does, the window must learn it may close.
        const answer = () => void ipcRenderer.invoke(FLUSHED_IPC_CHANNEL).catch(() => {});
        Promise.resolve().then(flush).then(answer, answer);
      };
      ipcRenderer.on(FLUSH_IPC_CHANNEL, run);
      return () => {
        ipcRenderer.removeListener(FLUSH_IPC_CHANNEL, run);
      };
    },
    pickMedia() {
      return ipcRenderer.invoke(PICK_MEDIA_IPC_CHANNEL).then(
        (result) => result as MediaUploads,
        () => UNREACHABLE,
      );
    },
    uploadMedia(name, data) {
      return ipcRenderer.invoke(UPLOAD_MEDIA_IPC_CHANNEL, String(name), data).then(
        (result) => result as MediaUploads,
        () => UNREACHABLE,
      );
    },
    saveBackup() {
      return ipcRenderer.invoke(SAVE_BACKUP_IPC_CHANNEL).then(
        (result) => result as SavedFile,
        () => UNREACHABLE,
      );
    },
    savePlan() {
      return ipcRenderer.invoke(SAVE_PLAN_IPC_CHANNEL).then(
        (result) => result as SavedFile,
        () => UNREACHABLE,
      );
    },
    saveAgendaPdf(week) {
      return ipcRenderer.invoke(SAVE_AGENDA_PDF_IPC_CHANNEL, String(week)).then(
        (result) => result as SaveAgendaResult,
        () => AGENDA_UNREACHABLE,
      );
    },
    openWindow(route, options) {
      const check = checkRoute(route);
      if (!check.ok) return Promise.resolve(check);
      // Only the one known option crosses over; anything else the page passed stays here.
      const present = typeof options === 'object' && options !== null && options.present === true;
      return ipcRenderer.invoke(OPEN_WINDOW_IPC_CHANNEL, check.route, { present }).then(
        (result) => (isOpenWindowResult(result) ? result : WINDOW_UNREACHABLE),
        () => WINDOW_UNREACHABLE,
      );
    },
  };
}
