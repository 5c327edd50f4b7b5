// Pure helpers of the Import & export page: ranges, column guesses, file sizes.
import { now } from '../../../shared/clock';
import { DateTime } from 'luxon';
import { IDEA_FIELDS, type IdeaField, type IdeaMapping } from '../../../shared/csv-ideas';
import { formatNumber } from '../../lib/format';

/** The month `YYYY-MM` in `zone` as the contract's UTC range [from, to). */
export function monthRange(month: string, zone: string): { from: string; to: string } {
  const start = DateTime.fromFormat(month, 'yyyy-MM', { zone }).startOf('month');
  return { from: start.toUTC().toISO()!, to: start.plus({ months: 1 }).toUTC().toISO()! };
}

/** This month, `YYYY-MM`, in `zone`. */
export function currentMonth(zone: string, at: Date = now()): string {
  return DateTime.fromJSDate(at).setZone(zone).toFormat('yyyy-MM');
}

const SYNONYMS: Record<IdeaField, string[]> = {
  title: ['title', 'idea', 'name', 'headline', 'post', 'titel', 'titre'],
  category: ['category', 'type', 'kind', 'theme', 'kategorie', 'categorie'],
  caption: ['caption', 'text', 'copy', 'message', 'body', 'post text'],
  notes: ['notes', 'note', 'details', 'detail', 'description', 'comments', 'comment', 'remarks'],
  date: ['date', 'when', 'day', 'scheduled', 'datum', 'publish date'],
  owner: ['owner', 'who', 'assignee', 'person', 'author', 'responsible'],
  platforms: ['platforms', 'platform', 'network', 'networks', 'channel', 'channels', 'where'],
};

/** A first guess at which column holds which field (the person can change each). */
export function guessMapping(headers: readonly string[]): IdeaMapping {
  const mapping: IdeaMapping = {};
  const taken = new Set<string>();
  for (const field of IDEA_FIELDS) {
    const found = headers.find(
      (h) => !taken.has(h) && SYNONYMS[field].includes(h.trim().toLowerCase()),
    );
    if (found) {
      mapping[field] = found;
      taken.add(found);
    }
  }
  return mapping;
}

/** The first `max` characters of `text` on one line, with "…" when there was more. */
export function excerpt(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** 1536 → "1.5 KB", in the person's number format. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10)} KB`;
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10)} MB`;
}

/** The MIME type a file is saved with, from its name. */
export function mimeFor(name: string): string {
  if (name.endsWith('.ics')) return 'text/calendar;charset=utf-8';
  if (name.endsWith('.json')) return 'application/json;charset=utf-8';
  return 'text/csv;charset=utf-8';
}
