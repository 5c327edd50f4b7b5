// Files in and out. Saves text as a file: a Blob link the browser downloads (in the desktop app the same download
// opens a save dialog; see electron/shell/downloads.ts).
import { mimeFor } from './handoff-utils';

export function downloadText(name: string, text: string): void {
  downloadBlob(name, new Blob([text], { type: mimeFor(name) }));
}

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A picked file's text (FileReader: in every browser, and in the tests' jsdom). */
export function readText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file, 'utf-8');
  });
}
