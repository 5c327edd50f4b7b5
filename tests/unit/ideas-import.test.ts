// Ideas from a spreadsheet, the parts a first import trips on: the notes column, a file that is
// not text, and a file larger than the browser host's ordinary 2 MB body.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bodyLimitFor, IMPORT_BODY_BYTES, MAX_BODY_BYTES } from '../../electron/http/body';
import { createHttpHost, type HttpHost } from '../../electron/http/host';
import { guessMapping } from '../../renderer/features/handoff/handoff-utils';
import { readCsv, unmappedColumns } from '../../shared/csv-ideas';
import { LIMITS } from '../../shared/limits';
import { binaryFile, binaryTextProblem, textOfFile } from '../../shared/text-file';
import { tempStore, type TempStore } from './helpers/temp-db';

let store: TempStore;
beforeEach(() => {
  store = tempStore();
});
afterEach(() => store.cleanup());

const BINARY = "This file isn't a CSV text file (it looks like binary data), so it can't be read.";

/** Bytes as a binary file has them: every value, NULs included, in a fixed pseudo-random run. */
function binaryBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    bytes[i] = x >> 16;
  }
  return bytes;
}

describe('the notes column', () => {
  it('is guessed from Notes, Details or Description, and never taken for the caption', () => {
    for (const header of ['Notes', 'Details', 'Description', 'comments']) {
      expect(guessMapping(['Title', 'Caption', header])).toEqual({
        title: 'Title',
        caption: 'Caption',
        notes: header,
      });
    }
  });

  it('keeps each row’s notes on the imported post', async () => {
    const text = 'Title;Details\nLaser day;"Book the room,\nask Ana for photos"\nTeam lunch;\n';
    const preview = await store.call('import.ideasCsv', {
      text,
      mapping: { title: 'Title', notes: 'Details' },
      preview: true,
    });
    expect(preview.rows.map((r) => r.notes)).toEqual(['Book the room,\nask Ana for photos', '']);
    await store.call('import.ideasCsv', {
      text,
      mapping: { title: 'Title', notes: 'Details' },
      preview: false,
    });
    const backlog = await store.call('posts.backlog', {});
    expect(backlog.find((p) => p.title === 'Laser day')!.notes).toBe(
      'Book the room,\nask Ana for photos',
    );
  });

  it('names notes that are too long, and imports nothing', async () => {
    const text = `Title,Notes\nA,${'n'.repeat(LIMITS.notes + 1)}\n`;
    const mapping = { title: 'Title', notes: 'Notes' };
    const preview = await store.call('import.ideasCsv', { text, mapping, preview: true });
    expect(preview.rows[0]!.problems).toEqual([`Notes are longer than ${LIMITS.notes} characters`]);
    const before = store.snapshot();
    await store.refuse('import.ideasCsv', { text, mapping, preview: false });
    expect(store.snapshot()).toBe(before);
  });

  it('names the columns no field takes', () => {
    const headers = ['Idea', 'Notes', 'Budget', 'Hashtags'];
    expect(unmappedColumns(headers, guessMapping(headers))).toEqual(['Budget', 'Hashtags']);
    expect(unmappedColumns(headers, { title: 'Idea', notes: 'Notes', caption: 'Budget' })).toEqual([
      'Hashtags',
    ]);
  });
});

describe('a file that is not CSV text', () => {
  it('is binary data, said in words before any column is read', () => {
    expect(textOfFile(binaryBytes(4096))).toEqual({ ok: false, problem: BINARY });
    expect(binaryFile()).toBe(BINARY);
    expect(readCsv(new TextDecoder('windows-1252').decode(binaryBytes(4096)))).toEqual({
      headers: [],
      rows: [],
      problems: [BINARY],
    });
  });

  it('names what it is when it is a workbook, a PDF or a picture', () => {
    const starts = (...b: number[]) => new Uint8Array([...b, ...new TextEncoder().encode('abc')]);
    expect(textOfFile(starts(0x50, 0x4b, 0x03, 0x04))).toMatchObject({
      problem: expect.stringMatching(/^This file is an Excel workbook .*Save As › CSV/),
    });
    expect(textOfFile(starts(0x25, 0x50, 0x44, 0x46))).toMatchObject({
      problem: expect.stringMatching(/^This file is a PDF document, not a CSV text file/),
    });
    expect(textOfFile(starts(0xff, 0xd8, 0xff, 0xe0))).toMatchObject({
      problem: expect.stringMatching(/a JPEG photo/),
    });
    expect(textOfFile(starts(0x50, 0x4b, 0x03, 0x04), 'JSON')).toMatchObject({
      problem: expect.stringMatching(/not a JSON text file, so it can't be read\.$/),
    });
  });

  it('reads what Excel saves: UTF-8 with a BOM, UTF-16, and the Windows code page', () => {
    const csv = 'Title;Notes\nCafé day;Crème\n';
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(csv)]);
    expect(textOfFile(utf8)).toEqual({ ok: true, text: csv });
    const utf16 = new Uint8Array(2 + csv.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < csv.length; i++) utf16[2 + i * 2] = csv.charCodeAt(i);
    expect(textOfFile(utf16)).toEqual({ ok: true, text: csv });
    const cp1252 = Uint8Array.from(csv, (c) => c.charCodeAt(0)); // é = 0xE9, not UTF-8
    expect(textOfFile(cp1252)).toEqual({ ok: true, text: csv });
  });

  it('allows a stray control character in real text, not many', () => {
    const text = `Title\n${'An idea with a stray \u0007 bell\n'.repeat(3)}${'Plain idea\n'.repeat(200)}`;
    expect(binaryTextProblem(text)).toBeUndefined();
    expect(binaryTextProblem('Title\nA\u0000B\n')).toBe(BINARY);
  });

  it('is refused by the handler too (a caller that skipped the check), changing nothing', async () => {
    const before = store.snapshot();
    const text = new TextDecoder('windows-1252').decode(binaryBytes(2048));
    const refused = await store.refuse('import.ideasCsv', {
      text,
      mapping: { title: 'x' },
      preview: true,
    });
    expect(refused.message).toBe(`${BINARY} Nothing was imported.`);
    expect(store.snapshot()).toBe(before);
  });
});

describe('a large file through the browser host', () => {
  const TOKEN = 'test-token-0123456789abcdef';
  let host: HttpHost;
  let siteDir: string;
  beforeEach(async () => {
    siteDir = mkdtempSync(join(tmpdir(), 'rapport-site-'));
    writeFileSync(join(siteDir, 'index.html'), '<!doctype html><title>Rapport</title>');
    host = await createHttpHost({
      dispatch: (channel, input) => store.dispatch(channel, input),
      staticDir: siteDir,
      token: TOKEN,
    });
  });
  afterEach(async () => {
    await host.close();
    rmSync(siteDir, { recursive: true, force: true });
  });

  const post = (channel: string, body: string) =>
    fetch(`${host.url}api/${channel}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${TOKEN}` },
      body,
    }).then(async (r) => ({ status: r.status, envelope: await r.json() }));

  /** About 5 MB of ideas: 2,000 rows, each with a long Notes cell. */
  function fiveMegabytes(): string {
    const notes = 'Ask the front desk which week suits, then book the room. '.repeat(44);
    const rows = Array.from({ length: 2000 }, (_, i) => `Idea ${i + 1},"${notes}"`);
    return ['Title,Notes', ...rows].join('\n');
  }

  it('imports a 5 MB CSV of ideas, notes and all', async () => {
    const text = fiveMegabytes();
    expect(text.length).toBeGreaterThan(5 * 1000 * 1000);
    const body = JSON.stringify({
      text,
      mapping: { title: 'Title', notes: 'Notes' },
      preview: false,
    });
    expect(body.length).toBeGreaterThan(MAX_BODY_BYTES);
    const { status, envelope } = await post('import.ideasCsv', body);
    expect(status).toBe(200);
    expect(envelope).toMatchObject({ ok: true, data: { imported: 2000, problems: 0 } });
    const backlog = await store.call('posts.backlog', {});
    expect(backlog).toHaveLength(2000);
    expect(backlog[0]!.notes).toMatch(/^Ask the front desk/);
  }, 60_000);

  it('keeps the 2 MB cap for every other channel, and names the import cap', async () => {
    const before = store.snapshot();
    const big = JSON.stringify({ practiceName: 'x'.repeat(MAX_BODY_BYTES) });
    const refused = await post('settings.update', big);
    expect(refused.status).toBe(400);
    expect(refused.envelope.error.message).toMatch(/too large \(at most 2 MB\)/);
    expect(bodyLimitFor('settings.update')).toBe(MAX_BODY_BYTES);
    expect(bodyLimitFor('import.ideasCsv')).toBe(IMPORT_BODY_BYTES);
    expect(bodyLimitFor('import.json')).toBe(IMPORT_BODY_BYTES);
    // The cap leaves room for the largest file an import reads, escaped as JSON.
    expect(IMPORT_BODY_BYTES).toBeGreaterThan(2 * LIMITS.importFileBytes);
    expect(store.snapshot()).toBe(before);
  });

  it('refuses, in words and changing nothing, a CSV larger than an import reads', async () => {
    const before = store.snapshot();
    const text = 'Title\n' + 'An idea\n'.repeat(LIMITS.importFileBytes / 8 + 1);
    const { envelope } = await post(
      'import.ideasCsv',
      JSON.stringify({ text, mapping: { title: 'Title' }, preview: true }),
    );
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/at most 16 MB/) },
    });
    expect(store.snapshot()).toBe(before);
  });
});

describe('a whole plan, previewed', () => {
  it('says what the file holds and writes nothing; the import then writes it all', async () => {
    const source = tempStore();
    try {
      await source.call('staff.create', { name: 'Ana Ruiz' });
      await source.call('posts.create', { title: 'Meet Ana' });
      await source.call('actions.create', { week: '2026-W49', text: 'Call the printer' });
      const plan = await source.call('export.json', {});
      const empty = store.snapshot();
      const preview = await store.call('import.json', { plan, preview: true });
      expect(preview).toMatchObject({
        formatVersion: 3,
        staff: 1,
        posts: 1,
        series: 0,
        consents: 0,
        actionItems: 1,
        media: 0,
        mediaMissing: 0,
      });
      expect(store.snapshot()).toBe(empty);
      expect(await store.call('import.json', { plan })).toEqual(preview);
      expect((await store.call('export.json', {})).posts).toEqual(plan.posts);
      // Now the planner is not empty: the preview says so, as the import would.
      const refused = await store.refuse('import.json', { plan, preview: true });
      expect(refused.message).toMatch(/only be imported into an empty planner/);
    } finally {
      source.cleanup();
    }
  });
});
