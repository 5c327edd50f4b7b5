// Shown instead of the planner when its file is damaged: what happened, in words, the newest
// good backup to restore, and a backup saved elsewhere for when backups/ has none. Nothing is
// read from or written to the damaged file.
import { RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { addSavedBackup, restoreBackup, type Health } from '../../data/handoff';
import { formatDateTime, plural } from '../../lib/format';
import { SavedFileButton } from './SavedFileButton';
import './HandoffPage.css';

export function RecoveryPage({
  health,
  reload = () => window.location.reload(),
}: {
  health: Extract<Health, { state: 'damaged' }>;
  reload?: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const { newest } = health;

  async function restore(id: string) {
    setBusy(true);
    const outcome = await restoreBackup(id);
    setBusy(false);
    if (outcome.ok) reload();
  }

  /** Takes the saved file in (checked), then restores it: the damaged file is kept aside. */
  async function restoreSaved(file: File) {
    setBusy(true);
    const added = await addSavedBackup(file);
    if (added.ok) await restore(added.data.id);
    else setBusy(false);
  }

  return (
    <section className="page recovery-page" aria-labelledby="recovery-title">
      <h1 id="recovery-title">Your planner file is damaged</h1>
      <div role="alert" className="recovery-box">
        <p>
          Rapport found damage in the planner file, so it is not reading or saving anything in it.
          Nothing has been changed.
        </p>
        <p className="recovery-detail">{health.message}</p>
      </div>
      {newest ? (
        <>
          <p>
            The newest good backup is from <strong>{formatDateTime(newest.createdAt)}</strong> (
            {plural(newest.posts, { one: 'post', other: 'posts' })}). Restoring it keeps the damaged
            file aside in the backups folder.
          </p>
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => void restore(newest.id)}
          >
            <RotateCcw aria-hidden="true" size={20} />{' '}
            {busy ? 'Restoring…' : `Restore the backup from ${formatDateTime(newest.createdAt)}`}
          </button>
        </>
      ) : (
        <p>
          There is no good backup in the backups folder beside the file. If you saved a backup to a
          file (a USB stick, another folder), restore that; otherwise keep a copy of the damaged
          file and ask for help before changing anything.
        </p>
      )}
      <p className="recovery-saved">
        <SavedFileButton busy={busy} primary={!newest} onPick={restoreSaved} />
      </p>
    </section>
  );
}
