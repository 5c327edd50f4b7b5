// Saves text as a file: a Blob link the browser downloads (in the desktop app the same download
// opens a save dialog; see electron/shell/downloads.ts).
import { mimeFor } from './handoff-utils';

export function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeFor(name) }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
