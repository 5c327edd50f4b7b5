// "Restore from a saved file…": a button that opens the file picker for a backup saved with
// "Back up to a file" (on the Import & export page, and on the page shown for a damaged planner).
import { FileUp } from 'lucide-react';
import { useRef } from 'react';

export function SavedFileButton({
  busy,
  primary = false,
  onPick,
}: {
  busy: boolean;
  primary?: boolean;
  onPick: (file: File) => Promise<void>;
}) {
  const input = useRef<HTMLInputElement>(null);
  async function picked(file: File | undefined) {
    if (!file) return;
    await onPick(file);
    // The same file can be picked again after a refusal.
    if (input.current) input.current.value = '';
  }
  return (
    <>
      <button
        type="button"
        className={primary ? 'button primary' : 'button'}
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        <FileUp aria-hidden="true" size={20} /> Restore from a saved file…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".db,.sqlite,application/vnd.sqlite3,application/x-sqlite3"
        aria-label="Saved backup file"
        onChange={(e) => void picked(e.target.files?.[0])}
      />
    </>
  );
}
