import { describe, expect, it } from 'vitest';
import {
  askWhereToSave,
  saveDialogFor,
  type DownloadItemLike,
  type SaveDialogOptionsLike,
} from '../../electron/shell/downloads';

describe('where an export is saved in the desktop app', () => {
  it('offers the file name in Documents with a filter for its kind', () => {
    expect(saveDialogFor('rapport-buffer-x-2026-12-01.csv', '/home/ana/Documents')).toEqual({
      title: 'Save the CSV file for the publishing tool',
      defaultPath: '/home/ana/Documents/rapport-buffer-x-2026-12-01.csv',
      buttonLabel: 'Save',
      filters: [
        { name: 'CSV file', extensions: ['csv'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    expect(saveDialogFor('plan.ics', '/d').filters[0]).toEqual({
      name: 'iCalendar file',
      extensions: ['ics'],
    });
    expect(saveDialogFor('plan.json', '/d').title).toBe('Save the whole plan');
  });

  it('never lets a name leave the folder', () => {
    expect(saveDialogFor('../../etc/passwd', '/d').defaultPath).toBe('/d/passwd');
    expect(saveDialogFor('..\\..\\x.csv', '/d').defaultPath).toBe('/d/x.csv');
    expect(saveDialogFor('', '/d').defaultPath).toBe('/d/rapport-export');
  });

  it('asks on every download of the session', () => {
    let listener: ((e: unknown, item: DownloadItemLike) => void) | undefined;
    askWhereToSave({ on: (_name, l) => (listener = l) }, () => '/docs');
    const chosen: SaveDialogOptionsLike[] = [];
    listener!({}, { getFilename: () => 'a.ics', setSaveDialogOptions: (o) => chosen.push(o) });
    expect(chosen[0]!.defaultPath).toBe('/docs/a.ics');
  });
});
