// A file picked for an import, checked before anything else happens: not larger than an import
// reads, not empty, and text rather than a workbook, a picture or other binary data.
import { LIMITS } from '../../../shared/limits';
import { textOfFile, type TextKind } from '../../../shared/text-file';
import { formatSize } from './handoff-utils';

export type PickedFile = { ok: true; name: string; text: string } | { ok: false; problem: string };

/** A picked file's bytes (FileReader: in every browser, and in the tests' jsdom). */
function readBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}

export async function readPickedFile(file: File, kind: TextKind): Promise<PickedFile> {
  if (file.size > LIMITS.importFileBytes) {
    return {
      ok: false,
      problem:
        `${file.name} is ${formatSize(file.size)}; Rapport imports files of up to ` +
        `${formatSize(LIMITS.importFileBytes)}.` +
        (kind === 'CSV' ? ' Split it into smaller files and import them one by one.' : ''),
    };
  }
  if (file.size === 0) return { ok: false, problem: `${file.name} is empty.` };
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(file);
  } catch {
    return { ok: false, problem: `${file.name} could not be read from the disk.` };
  }
  const read = textOfFile(bytes, kind);
  return read.ok ? { ok: true, name: file.name, text: read.text } : read;
}
