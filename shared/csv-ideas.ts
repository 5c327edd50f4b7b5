// Ideas from a spreadsheet: read the CSV (a UTF-8 BOM, `,` `;` or tab as separator, quoted
// line breaks, CRLF), map its columns to an idea's fields, and name every row's problems.
// Nothing is guessed silently: an unknown category or owner is a problem shown in the preview.
import { DateTime } from 'luxon';
import Papa from 'papaparse';
import type { Staff } from './contract';
import { LIMITS } from './limits';
import { PLATFORM_IDS, PLATFORMS, type PlatformId } from './platforms';
import { binaryTextProblem } from './text-file';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from './vocabulary';

export const IDEA_FIELDS = [
  'title',
  'category',
  'caption',
  'notes',
  'date',
  'owner',
  'platforms',
] as const;
export type IdeaField = (typeof IDEA_FIELDS)[number];
/** For each field, the CSV column (its header) it comes from; title is required. */
export type IdeaMapping = Partial<Record<IdeaField, string>>;

export const IDEA_FIELD_LABELS: Record<IdeaField, string> = {
  title: 'Title',
  category: 'Category',
  caption: 'Caption',
  notes: 'Notes',
  date: 'Date',
  owner: 'Owner',
  platforms: 'Platforms',
};

/** At most this many rows in one import. */
export const MAX_IMPORT_ROWS = 2000;

export interface CsvTable {
  headers: string[];
  /** Each data row as header → cell; `line` is its first line number in the file. */
  rows: { line: number; cells: Record<string, string> }[];
  /** Problems with the file as a whole (no header, ragged rows are per row). */
  problems: string[];
}

/** Reads a CSV with a header row. The separator is detected among `,` `;` and tab. */
export function readCsv(text: string): CsvTable {
  const binary = binaryTextProblem(text);
  if (binary) return { headers: [], rows: [], problems: [binary] };
  const clean = text.replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(clean, {
    delimitersToGuess: [',', ';', '\t'],
    skipEmptyLines: 'greedy',
  });
  const [head, ...body] = parsed.data;
  const problems: string[] = [];
  if (!head || head.every((h) => h.trim() === '')) {
    return { headers: [], rows: [], problems: ['The file is empty: it needs a header row.'] };
  }
  const headers = head.map((h) => h.trim());
  // Line numbers: count the line breaks inside quoted cells as the file does.
  let line = 2 + (head.join('').match(/\n/g)?.length ?? 0);
  const rows = body.map((cells) => {
    const row = {
      line,
      cells: Object.fromEntries(headers.map((h, i) => [h, (cells[i] ?? '').trim()])),
    };
    line += 1 + (cells.join('').match(/\n/g)?.length ?? 0);
    return row;
  });
  if (rows.length > MAX_IMPORT_ROWS) {
    problems.push(`The file has ${rows.length} rows; import at most ${MAX_IMPORT_ROWS} at a time.`);
  }
  return { headers, rows, problems };
}

export interface IdeaRowContext {
  staff: readonly Staff[];
  zone: string;
  /** `HH:mm`, for a date given without a time. */
  defaultTime: string;
}

export interface IdeaRow {
  line: number;
  title: string;
  category: CategoryId;
  caption: string;
  notes: string;
  /** ISO UTC, or null for an undated idea. */
  scheduledAt: string | null;
  ownerId: string | null;
  ownerName: string | null;
  platforms: PlatformId[];
  problems: string[];
}

const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** A category by id or label ("Staff spotlight", "staff_spotlight", "Patient education"). */
export function matchCategory(value: string): CategoryId | undefined {
  const key = norm(value);
  return CATEGORY_IDS.find(
    (id) =>
      norm(id) === key ||
      norm(CATEGORIES[id].label) === key ||
      norm(CATEGORIES[id].label.split('/')[0]!) === key,
  );
}

export function matchPlatform(value: string): PlatformId | undefined {
  const key = norm(value);
  return PLATFORM_IDS.find(
    (id) =>
      norm(id) === key || norm(PLATFORMS[id].label) === key || norm(PLATFORMS[id].short) === key,
  );
}

const DATE_FORMATS = [
  'yyyy-MM-dd',
  'yyyy-MM-dd HH:mm',
  "yyyy-MM-dd'T'HH:mm",
  'dd.MM.yyyy',
  'dd.MM.yyyy HH:mm',
];

/** A date (and optional time) in the practice's zone → ISO UTC; undefined when unreadable. */
export function parseIdeaDate(
  value: string,
  zone: string,
  defaultTime: string,
): string | undefined {
  for (const format of DATE_FORMATS) {
    let at = DateTime.fromFormat(value, format, { zone });
    if (!at.isValid) continue;
    if (!format.includes('HH')) {
      const [hour, minute] = defaultTime.split(':').map(Number);
      at = at.set({ hour, minute });
    }
    return at.toUTC().toISO() ?? undefined;
  }
  return undefined;
}

/** Problems with the mapping itself (a field pointing at a column the file does not have). */
export function mappingProblems(
  mapping: IdeaMapping,
  headers: readonly string[],
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!mapping.title) problems['mapping.title'] = 'Choose the column that holds the title';
  for (const field of IDEA_FIELDS) {
    const column = mapping[field];
    if (column && !headers.includes(column)) {
      problems[`mapping.${field}`] = `The file has no column named “${column}”`;
    }
  }
  return problems;
}

/** The file's columns no field takes, named so that nothing is left out without a word. */
export function unmappedColumns(headers: readonly string[], mapping: IdeaMapping): string[] {
  const used = new Set(Object.values(mapping));
  return headers.filter((h) => h !== '' && !used.has(h));
}

/** Every row as the idea it becomes, with its problems named. */
export function ideaRows(table: CsvTable, mapping: IdeaMapping, ctx: IdeaRowContext): IdeaRow[] {
  const cell = (cells: Record<string, string>, field: IdeaField) =>
    mapping[field] ? (cells[mapping[field]] ?? '') : '';
  return table.rows.map(({ line, cells }) => {
    const problems: string[] = [];
    const title = cell(cells, 'title');
    if (title === '') problems.push('No title');
    if (title.length > LIMITS.title)
      problems.push(`Title is longer than ${LIMITS.title} characters`);

    const categoryText = cell(cells, 'category');
    let category: CategoryId = 'other';
    if (categoryText !== '') {
      const found = matchCategory(categoryText);
      if (found) category = found;
      else problems.push(`Unknown category “${categoryText}”`);
    }

    const caption = cell(cells, 'caption');
    if (caption.length > LIMITS.caption) problems.push('Caption is too long');

    const notes = cell(cells, 'notes');
    if (notes.length > LIMITS.notes) {
      problems.push(`Notes are longer than ${LIMITS.notes} characters`);
    }

    const dateText = cell(cells, 'date');
    let scheduledAt: string | null = null;
    if (dateText !== '') {
      const at = parseIdeaDate(dateText, ctx.zone, ctx.defaultTime);
      if (at) scheduledAt = at;
      else problems.push(`Cannot read the date “${dateText}” (write 2026-12-09 or 09.12.2026)`);
    }

    const ownerText = cell(cells, 'owner');
    let ownerId: string | null = null;
    let ownerName: string | null = null;
    if (ownerText !== '') {
      const matches = ctx.staff.filter((s) => norm(s.name) === norm(ownerText));
      const person = matches.find((s) => s.active) ?? matches[0];
      if (!person) problems.push(`No one called “${ownerText}” on the staff list`);
      else if (!person.active) problems.push(`${person.name} is archived and cannot own posts`);
      else {
        ownerId = person.id;
        ownerName = person.name;
      }
    }

    const platforms: PlatformId[] = [];
    for (const piece of cell(cells, 'platforms').split(/[,|/+]/)) {
      if (piece.trim() === '') continue;
      const found = matchPlatform(piece);
      if (!found) problems.push(`Unknown platform “${piece.trim()}”`);
      else if (!platforms.includes(found)) platforms.push(found);
    }

    return {
      line,
      title,
      category,
      caption,
      notes,
      scheduledAt,
      ownerId,
      ownerName,
      platforms,
      problems,
    };
  });
}

/**
 * Spreads the undated rows evenly over the days `from`..`to` (inclusive, practice zone) at the
 * default time; dated rows keep their date.
 */
export function spreadEvenly(
  rows: IdeaRow[],
  from: string,
  to: string,
  zone: string,
  defaultTime: string,
): IdeaRow[] {
  const start = DateTime.fromISO(from, { zone });
  const days = Math.floor(DateTime.fromISO(to, { zone }).diff(start, 'days').days) + 1;
  const undated = rows.filter((r) => r.scheduledAt === null);
  const [hour, minute] = defaultTime.split(':').map(Number);
  return rows.map((row) => {
    const i = undated.indexOf(row);
    if (i < 0) return row;
    const day = Math.floor((i * days) / undated.length);
    const at = start.plus({ days: day }).set({ hour, minute });
    return { ...row, scheduledAt: at.toUTC().toISO() };
  });
}
