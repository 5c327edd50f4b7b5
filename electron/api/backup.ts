import { rm } from 'node:fs/promises';
import { ApiError } from '../../shared/envelope';
import { BackupError } from '../store/backup/backups';
import type { BackupInfo } from '../../shared/backup-rules';
import type { MediaFiles } from '../media/files';
import type { AreaHandlers } from './types';

/**
 * Takes the uploaded file `uploadId` in as a backup with `add` (the store's backups, or
 * recovery's while the planner is damaged); the upload is used up either way.
 */
export async function addUploadedBackup(
  media: Pick<MediaFiles, 'hasUpload' | 'incomingPath'>,
  uploadId: string,
  add: (file: string) => BackupInfo | Promise<BackupInfo>,
): Promise<BackupInfo> {
  if (!media.hasUpload(uploadId)) {
    throw new ApiError('not_found', 'That file did not arrive. Please pick it again.', {
      uploadId: 'No upload with this id',
    });
  }
  const file = media.incomingPath(uploadId);
  try {
    return await add(file);
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    throw new ApiError('invalid_input', error.message, { uploadId: error.message });
  } finally {
    await rm(file, { force: true });
  }
}

export const backupHandlers: AreaHandlers<
  'backup.health' | 'backup.list' | 'backup.create' | 'backup.add' | 'backup.restore'
> = {
  // A store that opened is a healthy one: a damaged file is served by the recovery host.
  'backup.health': () => Promise.resolve({ state: 'ok' as const }),
  'backup.list': (_tx, _input, { backups }) => backups.list(),
  'backup.create': (_tx, _input, { backups }) => backups.create('manual'),
  'backup.add': (_tx, { uploadId }, { backups, media }) =>
    addUploadedBackup(media, uploadId, (file) => backups.add(file)),
  'backup.restore': async (_tx, { id }, { backups }) => {
    const restored = await backups.find(id);
    if (!restored) {
      throw new ApiError('not_found', 'That backup is no longer there. Nothing was changed.', {
        id: 'No backup with this name',
      });
    }
    // The same checks as a backup taken in: good, a Rapport planner, not too new.
    const problems = await backups.check(id);
    if (problems.length > 0) {
      throw new ApiError(
        'invalid_input',
        `That backup cannot be restored because ${problems.join('; ')}. Nothing was changed; pick another one.`,
        { id: 'This backup failed its check' },
      );
    }
    // The state as it is now is kept first, so a restore can itself be undone.
    const safety = await backups.create('pre-restore');
    backups.scheduleRestore(id, safety.id);
    return { restored, safety };
  },
};
