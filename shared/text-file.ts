// What a picked file is, before anything tries to read it as text: a spreadsheet saved as CSV
// (UTF-8, UTF-16 or the Windows code page Excel uses), or something else, named where it can
// be (an Excel workbook, a PDF, a picture), with why it cannot be read.

/** Leading bytes of the files people most often pick by mistake, and what each is. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'an Excel workbook or another zipped file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel (.xls) or Word file' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG picture' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG photo' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF picture' },
];

/** The kind of text file an import reads. */
export type TextKind = 'CSV' | 'JSON';

export const binaryFile = (kind: TextKind = 'CSV') =>
  `This file isn't a ${kind} text file (it looks like binary data), so it can't be read.`;

/**
 * Share of control characters (other than tab, line feed, carriage return and form feed)
 * above which text is taken for binary data: a spreadsheet's text has none, random bytes
 * about one in nine.
 */
const MAX_CONTROL_SHARE = 0.01;
// eslint-disable-next-line no-control-regex -- control characters are what this counts
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** The refusal for text that holds binary data (NULs or many control characters), if it does. */
export function binaryTextProblem(text: string, kind: TextKind = 'CSV'): string | undefined {
  const sample = text.slice(0, 64 * 1024);
  const controls = sample.match(CONTROL)?.length ?? 0;
  const binary =
    text.includes('\u0000') || (controls > 0 && controls / sample.length > MAX_CONTROL_SHARE);
  return binary ? binaryFile(kind) : undefined;
}

export type TextFile = { ok: true; text: string } | { ok: false; problem: string };

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) =>
  prefix.every((b, i) => bytes[i] === b);

/**
 * A picked file's bytes as text, or why they are not text. UTF-8 (with or without a BOM) and
 * UTF-16 with a BOM are read as such; bytes that are not UTF-8 are read as Windows-1252, which
 * is how Excel on Windows saves "CSV (Comma delimited)".
 */
export function textOfFile(bytes: Uint8Array, kind: TextKind = 'CSV'): TextFile {
  const known = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (known) {
    return {
      ok: false,
      problem:
        `This file is ${known.what}, not a ${kind} text file, so it can't be read.` +
        (kind === 'CSV' ? ' In the spreadsheet, choose Save As › CSV and pick that file.' : ''),
    };
  }
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe])) text = new TextDecoder('utf-16le').decode(bytes);
  else if (startsWith(bytes, [0xfe, 0xff])) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
    }
  }
  const problem = binaryTextProblem(text, kind);
  return problem ? { ok: false, problem } : { ok: true, text: text.replace(/^\uFEFF/, '') };
}
