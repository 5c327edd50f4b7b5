// The renderer saves exports as downloads (a Blob link). In the desktop app each download opens
// a save dialog; this decides what it offers: the file's own name in Documents, and a filter
// for its kind. main.ts wires it to the session's `will-download`.
import { basename, join } from 'node:path';

export interface SaveDialogOptionsLike {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  filters: { name: string; extensions: string[] }[];
}

const KINDS: Record<string, { title: string; filter: string }> = {
  csv: { title: 'Save the CSV file for the publishing tool', filter: 'CSV file' },
  ics: { title: 'Save the calendar file', filter: 'iCalendar file' },
  json: { title: 'Save the whole plan', filter: 'Rapport plan (JSON)' },
};

export function saveDialogFor(fileName: string, documentsDir: string): SaveDialogOptionsLike {
  const name = basename(fileName.replace(/\\/g, '/')) || 'rapport-export';
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const kind = KINDS[extension];
  return {
    title: kind?.title ?? 'Save the file',
    defaultPath: join(documentsDir, name),
    buttonLabel: 'Save',
    filters: [
      ...(kind ? [{ name: kind.filter, extensions: [extension] }] : []),
      { name: 'All files', extensions: ['*'] },
    ],
  };
}

export interface DownloadItemLike {
  getFilename(): string;
  setSaveDialogOptions(options: SaveDialogOptionsLike): void;
}

export interface DownloadSessionLike {
  on(event: 'will-download', listener: (event: unknown, item: DownloadItemLike) => void): unknown;
}

/** Every download in `session` asks where to save, with saveDialogFor's choices. */
export function askWhereToSave(session: DownloadSessionLike, documentsDir: () => string): void {
  session.on('will-download', (_event, item) => {
    item.setSaveDialogOptions(saveDialogFor(item.getFilename(), documentsDir()));
  });
}
