// Photos and videos into the desktop app: the main process owns the file dialog and reads the
// files; the page never names a path. Picked files (or the bytes of files dropped on the page)
// are copied into media/incoming and answered with upload ids, which the page takes in with the
// `media.import` channel, exactly as after the browser host's streamed upload.
import { MAX_UPLOAD_BYTES } from '../../shared/channels/media';
import type { Envelope } from '../../shared/envelope';
import { basename } from 'node:path';

import {
  PICK_MEDIA_IPC_CHANNEL,
  UNAUTHORIZED,
  UPLOAD_MEDIA_IPC_CHANNEL,
  type IpcInvokeEventLike,
  type IpcMainLike,
} from './ipc';

export { PICK_MEDIA_IPC_CHANNEL, UPLOAD_MEDIA_IPC_CHANNEL };

export const MEDIA_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif', 'heic', 'mp4', 'mov', 'webm'];

export const MEDIA_DIALOG_OPTIONS = {
  title: 'Add photos or videos',
  properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
  filters: [{ name: 'Photos and videos', extensions: MEDIA_EXTENSIONS }],
};

export interface DialogLike {
  showOpenDialog(
    options: typeof MEDIA_DIALOG_OPTIONS,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
}

export interface IncomingFilesLike {
  receiveFile(path: string, maxBytes: number): Promise<{ uploadId: string; bytes: number }>;
  receiveBytes(data: Uint8Array, maxBytes: number): Promise<{ uploadId: string; bytes: number }>;
}

export interface Upload {
  uploadId: string;
  name: string;
}

export type UploadsResult = Envelope<{
  uploads: Upload[];
  refused: { name: string; message: string }[];
}>;

function refusal(error: unknown, limit: number): string {
  return typeof (error as { limit?: unknown }).limit === 'number'
    ? `Larger than ${Math.round(limit / 1024 / 1024)} MB`
    : 'Could not be read';
}

/** Shows the dialog and copies each chosen file in; cancelling is an empty answer. */
export async function pickMedia(
  dialog: DialogLike,
  files: IncomingFilesLike,
  maxBytes = MAX_UPLOAD_BYTES,
): Promise<UploadsResult> {
  const { canceled, filePaths } = await dialog.showOpenDialog(MEDIA_DIALOG_OPTIONS);
  const uploads: Upload[] = [];
  const refused: { name: string; message: string }[] = [];
  if (canceled) return { ok: true, data: { uploads, refused } };
  for (const path of filePaths) {
    const name = basename(path);
    try {
      const { uploadId } = await files.receiveFile(path, maxBytes);
      uploads.push({ uploadId, name });
    } catch (error) {
      refused.push({ name, message: refusal(error, maxBytes) });
    }
  }
  return { ok: true, data: { uploads, refused } };
}

/** The bytes of a file dropped on the page (the page sends content, never a path). */
export async function uploadDropped(
  files: IncomingFilesLike,
  name: unknown,
  data: unknown,
  maxBytes = MAX_UPLOAD_BYTES,
): Promise<UploadsResult> {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 255 ||
    !(data instanceof Uint8Array)
  ) {
    return {
      ok: false,
      error: { code: 'invalid_input', message: 'Send a file name and its bytes.' },
    };
  }
  const cleanName = basename(name.replaceAll('\\', '/'));
  if (data.byteLength > maxBytes) {
    return {
      ok: false,
      error: {
        code: 'invalid_input',
        message: `The file is too large: Rapport takes files up to ${Math.round(maxBytes / 1024 / 1024)} MB.`,
      },
    };
  }
  const { uploadId } = await files.receiveBytes(data, maxBytes);
  return { ok: true, data: { uploads: [{ uploadId, name: cleanName }], refused: [] } };
}

/** Serves the two media IPC channels to Rapport's own window only. */
export function registerMedia(
  ipcMain: IpcMainLike,
  dialog: DialogLike,
  files: IncomingFilesLike,
  isTrusted: (event: IpcInvokeEventLike) => boolean,
): void {
  ipcMain.handle(PICK_MEDIA_IPC_CHANNEL, (event) =>
    isTrusted(event) ? pickMedia(dialog, files) : UNAUTHORIZED,
  );
  ipcMain.handle(UPLOAD_MEDIA_IPC_CHANNEL, (event, name, data) =>
    isTrusted(event) ? uploadDropped(files, name, data) : UNAUTHORIZED,
  );
}
