// Backups: the list (when, why, size, posts), "Back up now", a backup saved to a file (with
// its photos and videos inside) and taken back in, and "Restore" with a confirm step. A restore
// first keeps the planner as it is now, then the window reloads.
import { DatabaseBackup, FileDown, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import { ConfirmStep } from '../../components/ConfirmStep';
import { QueryProblem } from '../../components/QueryProblem';
import {
  addSavedBackup,
  backupsQuery,
  createBackup,
  isDesktop,
  restoreBackup,
  saveBackupToFile,
  type BackupInfo,
} from '../../data/handoff';
import { formatDateTime, plural } from '../../lib/format';
import { notify } from '../../state/notices';
import { downloadBlob } from './download';
import { formatSize } from './handoff-utils';
import { SavedFileButton } from './SavedFileButton';
import './HandoffPage.css';

const REASONS: Record<BackupInfo['reason'], string> = {
  manual: 'Backed up by hand',
  start: 'When Rapport started',
  periodic: 'While you worked',
  'pre-migration': 'Before an update',
  'pre-restore': 'Before a restore',
  'pre-import': 'Before an import',
  added: 'From a saved file',
};

export function BackupsSection({ reload = () => window.location.reload() }) {
  const backups = backupsQuery.use();
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  async function backUpNow() {
    setBusy(true);
    const outcome = await createBackup();
    setBusy(false);
    if (outcome.ok) {
      notify(`Backed up: ${plural(outcome.data.posts, { one: 'post', other: 'posts' })}.`);
    }
  }

  async function backUpToFile() {
    setBusy(true);
    const outcome = await saveBackupToFile();
    setBusy(false);
    if (!outcome.ok || !outcome.data.saved) return;
    const { name, posts, blob } = outcome.data;
    if (blob) downloadBlob(name, blob);
    const what = plural(posts, { one: 'post', other: 'posts' });
    notify(blob ? `Backup downloaded as ${name}: ${what}.` : `Backup saved as ${name}: ${what}.`);
  }

  async function takeInSaved(file: File) {
    setBusy(true);
    const outcome = await addSavedBackup(file);
    setBusy(false);
    if (!outcome.ok) return;
    notify(
      `${file.name} is in the list: ${plural(outcome.data.posts, { one: 'post', other: 'posts' })}.`,
    );
    setConfirming(outcome.data);
  }

  async function restore(backup: BackupInfo) {
    setBusy(true);
    const outcome = await restoreBackup(backup.id);
    setBusy(false);
    if (!outcome.ok) return;
    setConfirming(null);
    notify(`Restored the backup from ${formatDateTime(backup.createdAt)}. Reloading…`);
    reload();
  }

  const list = backups.status === 'ready' ? backups.data! : null;

  return (
    <section className="handoff-section" aria-labelledby="backups-title">
      <div className="section-head">
        <h2 id="backups-title">Backups</h2>
        <div className="section-actions">
          <button
            type="button"
            className="button primary"
            disabled={busy}
            onClick={() => void backUpNow()}
          >
            <DatabaseBackup aria-hidden="true" size={20} /> Back up now
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void backUpToFile()}
          >
            <FileDown aria-hidden="true" size={20} />{' '}
            {isDesktop() ? 'Back up to a file…' : 'Download a backup'}
          </button>
          <SavedFileButton busy={busy} onPick={takeInSaved} />
        </div>
      </div>
      <p className="section-lead">
        Rapport keeps checked copies of your planner in the <code>backups</code> folder beside it:
        when it starts (once a day), every few hours while you work, and before every update. It
        keeps one a day for a week, one a week for a month and one a month for a year. Photos and
        videos are kept once each in <code>backups/media</code>. A backup saved to a file carries
        its photos and videos inside it: “Restore from a saved file” takes it back in, on this
        computer or a new one.
      </p>
      {confirming ? (
        <ConfirmStep
          className="confirm-box"
          actionsClassName="confirm-actions"
          label="Confirm restoring a backup"
          confirmLabel="Yes, restore it"
          busyLabel="Restoring…"
          cancelLabel="Cancel"
          busy={busy}
          onConfirm={() => void restore(confirming)}
          onCancel={() => setConfirming(null)}
        >
          <p>
            <strong>
              {confirming.reason === 'added'
                ? `Restore the saved file added at ${formatDateTime(confirming.createdAt)} (${plural(confirming.posts, { one: 'post', other: 'posts' })})?`
                : `Restore the backup from ${formatDateTime(confirming.createdAt)}?`}
            </strong>{' '}
            The planner as it is now is backed up first, so you can come back to it.
          </p>
        </ConfirmStep>
      ) : null}
      {list === null ? (
        <QueryProblem query={backups} loading="Looking for backups…" className="handoff-loading" />
      ) : list.length === 0 ? (
        <p className="handoff-empty">No backups yet. “Back up now” makes the first one.</p>
      ) : (
        <table className="handoff-table">
          <caption className="visually-hidden">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Why</th>
              <th scope="col">Size</th>
              <th scope="col">Posts</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((backup) => (
              <tr key={backup.id}>
                <td>{formatDateTime(backup.createdAt)}</td>
                <td>{REASONS[backup.reason]}</td>
                <td>{formatSize(backup.size)}</td>
                <td>{plural(backup.posts, { one: 'post', other: 'posts' })}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    aria-label={`Restore the backup from ${formatDateTime(backup.createdAt)}`}
                    onClick={() => setConfirming(backup)}
                  >
                    <RotateCcw aria-hidden="true" size={18} /> Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
