// Everything in: a whole plan from its JSON export (into an empty planner only) and ideas from a
// spreadsheet (previewed row by row, then all or none).
import { existsSync } from 'node:fs';
import { contract, postCreateInput } from '../../shared/contract';
import {
  ideaRows,
  mappingProblems,
  readCsv,
  spreadEvenly,
  type IdeaRow,
} from '../../shared/csv-ideas';
import { ApiError } from '../../shared/envelope';
import { newPost } from './rhythm-common';
import type { AreaHandlers } from './types';

/** Any rule the contract's create schema holds that the row check did not name. */
function contractProblems(row: IdeaRow): string[] {
  const parsed = postCreateInput.safeParse({
    title: row.title,
    category: row.category,
    caption: row.caption,
    notes: row.notes,
    scheduledAt: row.scheduledAt,
    ownerId: row.ownerId,
    platforms: row.platforms,
  });
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
}

export const ideasImportHandlers: AreaHandlers<'import.json' | 'import.ideasCsv'> = {
  'import.json': async (tx, { plan, preview }, { media: files }) => {
    const parsed = contract['export.json'].output.safeParse(plan);
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        fields[['plan', ...issue.path].join('.')] ??= issue.message;
      }
      const first = parsed.error.issues[0]!;
      throw new ApiError(
        'invalid_input',
        `This file cannot be imported (${['plan', ...first.path].join('.')}: ${first.message}). ` +
          'Nothing was imported.',
        fields,
      );
    }
    if (!(await tx.transfer.isEmpty())) {
      throw new ApiError(
        'invalid_input',
        'A whole plan can only be imported into an empty planner. Nothing was imported.',
        { plan: 'The planner already has staff or posts' },
      );
    }
    const { settings, staff, posts, ...extras } = parsed.data;
    // The files are referenced, not carried: count those this planner's media folder lacks.
    const missing = extras.media.filter((m) => !existsSync(files.storedPath(m.sha256, m.mime)));
    const summary = {
      formatVersion: parsed.data.formatVersion,
      practiceName: settings.practiceName,
      exportedAt: parsed.data.exportedAt,
      staff: staff.length,
      posts: posts.length,
      series: extras.series.length,
      consents: extras.consents.length,
      meetings: extras.meetings.length,
      actionItems: extras.actionItems.length,
      media: extras.media.length,
      mediaMissing: missing.length,
    };
    if (preview) return summary;
    await tx.transfer.restoreSettings(settings);
    await tx.transfer.restoreStaff(staff);
    await tx.transfer.restoreExtras(extras);
    await tx.transfer.restorePosts(posts);
    return summary;
  },

  'import.ideasCsv': async (tx, { text, mapping, preview, spread }) => {
    const table = readCsv(text);
    if (table.problems.length > 0) {
      throw new ApiError('invalid_input', `${table.problems.join(' ')} Nothing was imported.`, {
        text: table.problems[0]!,
      });
    }
    const badMapping = mappingProblems(mapping, table.headers);
    if (Object.keys(badMapping).length > 0) {
      throw new ApiError(
        'invalid_input',
        `Please check the columns: ${Object.values(badMapping).join('; ')}.`,
        badMapping,
      );
    }
    const settings = await tx.settings.get();
    const context = {
      staff: await tx.staff.list(true),
      zone: settings.timezone,
      defaultTime: settings.defaultPostTime,
    };
    let rows = ideaRows(table, mapping, context);
    if (spread)
      rows = spreadEvenly(rows, spread.from, spread.to, context.zone, context.defaultTime);
    rows = rows.map((row) =>
      row.problems.length > 0 ? row : { ...row, problems: contractProblems(row) },
    );
    const problems = rows.filter((r) => r.problems.length > 0).length;
    const result = { headers: table.headers, rows, problems, imported: 0 };
    if (preview) return result;
    if (rows.length === 0) {
      throw new ApiError('invalid_input', 'The file has no rows to import.', {
        text: 'No rows under the header',
      });
    }
    if (problems > 0) {
      const lines = rows.filter((r) => r.problems.length > 0).map((r) => r.line);
      throw new ApiError(
        'invalid_input',
        `${problems} of ${rows.length} rows have problems (line ${lines.slice(0, 5).join(', ')}` +
          `${lines.length > 5 ? ', …' : ''}), so nothing was imported. Fix them and try again.`,
        { rows: `Problems on line ${lines.join(', ')}` },
      );
    }
    for (const row of rows) {
      await tx.posts.insert(
        newPost({
          title: row.title,
          category: row.category,
          status: 'idea',
          scheduledAt: row.scheduledAt,
          ownerId: row.ownerId,
          caption: row.caption,
          notes: row.notes,
          platforms: row.platforms,
        }),
      );
    }
    return { ...result, imported: rows.length };
  },
};
