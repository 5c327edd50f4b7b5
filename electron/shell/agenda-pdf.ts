// "Save agenda as PDF" in the desktop app: the meeting window prints itself to PDF (its print
// stylesheet: no navigation or controls, every section) and a save dialog asks where. Asking
// first means a cancelled dialog costs nothing. Pure, tested with *Like fakes; main.ts wires it
// to Electron's dialog, fs and the sender's webContents.
import { join } from 'node:path';
import type { SaveAgendaResult } from '../../shared/bridge';
import { isIsoWeek } from '../../shared/meeting';
import type { SaveDialogOptionsLike } from './downloads';
import { SAVE_AGENDA_PDF_IPC_CHANNEL, type IpcInvokeEventLike } from './ipc';

export { SAVE_AGENDA_PDF_IPC_CHANNEL };

export interface PrintToPdfOptionsLike {
  pageSize: 'A4' | 'Letter';
  printBackground: boolean;
  landscape: boolean;
  /** Inches. */
  margins: { top: number; bottom: number; left: number; right: number };
}

export interface PdfSourceLike {
  printToPDF(options: PrintToPdfOptionsLike): Promise<Uint8Array>;
}

export interface AgendaPdfDeps {
  showSaveDialog(
    options: SaveDialogOptionsLike,
  ): Promise<{ canceled: boolean; filePath?: string | undefined }>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  documentsDir(): string;
  /** The paper size of the person's region: Letter in the US and Canada, A4 elsewhere. */
  locale(): string;
}

export function agendaFileName(week: string): string {
  return `Rapport meeting agenda ${week}.pdf`;
}

export function agendaPdfOptions(locale: string): PrintToPdfOptionsLike {
  const region = /[-_]([A-Za-z]{2})\b/.exec(locale)?.[1]?.toUpperCase();
  return {
    pageSize: region === 'US' || region === 'CA' ? 'Letter' : 'A4',
    // The stylesheet prints dark text on white; category swatches ask for their colour.
    printBackground: false,
    landscape: false,
    margins: { top: 0.4, bottom: 0.4, left: 0.4, right: 0.4 },
  };
}

export function agendaSaveDialog(week: string, documentsDir: string): SaveDialogOptionsLike {
  return {
    title: 'Save the meeting agenda as PDF',
    defaultPath: join(documentsDir, agendaFileName(week)),
    buttonLabel: 'Save',
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  };
}

/** Asks where, prints, writes. Never throws: the answer says what happened. */
export async function saveAgendaPdf(
  source: PdfSourceLike,
  week: unknown,
  deps: AgendaPdfDeps,
): Promise<SaveAgendaResult> {
  if (typeof week !== 'string' || !isIsoWeek(week)) {
    return { ok: false, canceled: false, message: 'Week must be an ISO week like 2026-W48.' };
  }
  const choice = await deps.showSaveDialog(agendaSaveDialog(week, deps.documentsDir()));
  if (choice.canceled || !choice.filePath) return { ok: false, canceled: true, message: '' };
  const path = /\.pdf$/i.test(choice.filePath) ? choice.filePath : `${choice.filePath}.pdf`;
  try {
    const pdf = await source.printToPDF(agendaPdfOptions(deps.locale()));
    await deps.writeFile(path, pdf);
    return { ok: true, path };
  } catch (error) {
    return {
      ok: false,
      canceled: false,
      message: `The agenda could not be saved: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

export interface AgendaInvokeEventLike extends IpcInvokeEventLike {
  readonly sender: PdfSourceLike;
}

export interface AgendaIpcMainLike {
  handle(
    channel: string,
    listener: (event: AgendaInvokeEventLike, ...args: unknown[]) => unknown,
  ): void;
}

/** Serves "Save agenda as PDF" to trusted senders only; the sender's own page is printed. */
export function registerSaveAgendaPdf(
  ipcMain: AgendaIpcMainLike,
  deps: AgendaPdfDeps,
  isTrusted: (event: IpcInvokeEventLike) => boolean,
): string {
  ipcMain.handle(SAVE_AGENDA_PDF_IPC_CHANNEL, (event, week) => {
    if (!isTrusted(event)) {
      return { ok: false, canceled: false, message: 'This page may not save files.' };
    }
    return saveAgendaPdf(event.sender, week, deps);
  });
  return SAVE_AGENDA_PDF_IPC_CHANNEL;
}
