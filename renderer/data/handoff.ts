// Backups, imports and exports: the planner's file kept safe, ideas in from a spreadsheet, and
// files out for the tools that publish.
import { useEffect, useState } from 'react';
import type { PlatformId } from '../../shared/platforms';
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { ApiError } from '../../shared/envelope';
import { api, backupToFile, planToFile, uploadFiles, type SavedFile } from './client';

export { isDesktop } from './client';
export type { SavedFile };
import { errorMessage, type Outcome } from './errors';
import { mutate } from './mutate';
import { reloadPosts } from './posts';
import { defineQuery } from './query';

export type BackupInfo = ChannelOutput<'backup.list'>[number];
export type Health = ChannelOutput<'backup.health'>;
export type HandoffResult = ChannelOutput<'export.bufferCsv'>;
export type IdeasImport = ChannelOutput<'import.ideasCsv'>;
export type IdeasImportInput = ChannelInput<'import.ideasCsv'>;

/** Whether the planner file opened cleanly (asked once, at start). */
export function loadHealth(): Promise<Health> {
  return api('backup.health', {});
}

export const backupsQuery = defineQuery(() => api('backup.list', {}));

export function createBackup(): Promise<Outcome<BackupInfo>> {
  return mutate(async () => {
    const made = await api('backup.create', {});
    backupsQuery.invalidate();
    return made;
  });
}

/** A checked backup saved where the person chooses (desktop) or handed over as a download. */
export function saveBackupToFile(): Promise<Outcome<SavedFile>> {
  return mutate(async () => {
    const result = await backupToFile();
    backupsQuery.invalidate();
    return result;
  });
}

/**
 * Takes in a backup saved elsewhere ("Back up to a file", on this computer or another): sent
 * as photos are, then checked and listed by `backup.add`, ready to restore.
 */
export function addSavedBackup(file: File): Promise<Outcome<BackupInfo>> {
  return mutate(async () => {
    const { uploads, refused } = await uploadFiles([file]);
    const sent = uploads[0];
    if (!sent) {
      throw new ApiError('invalid_input', refused[0]?.message ?? 'The file did not arrive.');
    }
    const added = await api('backup.add', { uploadId: sent.uploadId });
    backupsQuery.invalidate();
    return added;
  });
}

/** Restores a backup; the caller reloads the window so every screen reads the restored plan. */
export function restoreBackup(id: string): Promise<Outcome<ChannelOutput<'backup.restore'>>> {
  return mutate(() => api('backup.restore', { id }));
}

export type IcsResult = ChannelOutput<'export.ics'>;
export type SkippedPost = HandoffResult['skipped'][number];

export function exportForTool(
  tool: 'buffer' | 'hootsuite',
  input: ChannelInput<'export.bufferCsv'>,
): Promise<Outcome<HandoffResult>> {
  return mutate(() => api(tool === 'buffer' ? 'export.bufferCsv' : 'export.hootsuiteCsv', input));
}

export function exportIcs(input: ChannelInput<'export.ics'>): Promise<Outcome<IcsResult>> {
  return mutate(() => api('export.ics', input));
}

/** What an export would hand over, asked for before any file is made. */
export type HandoffRequest =
  | { tool: 'buffer' | 'hootsuite'; input: ChannelInput<'export.bufferCsv'> }
  | { tool: 'ics'; input: ChannelInput<'export.ics'> };

export interface HandoffPreview {
  /** Posts that would go (events, for a calendar file). */
  going: number;
  /** For the tools: the posts that would go, by time. */
  rows: HandoffResult['rows'];
  skipped: SkippedPost[];
}

export type PreviewState =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; preview: HandoffPreview }
  | { status: 'error'; message: string };

async function previewOf(request: HandoffRequest): Promise<HandoffPreview> {
  if (request.tool === 'ics') {
    const result = await api('export.ics', { ...request.input, preview: true });
    return { going: result.events, rows: [], skipped: result.skipped };
  }
  const channel = request.tool === 'buffer' ? 'export.bufferCsv' : 'export.hootsuiteCsv';
  const result = await api(channel, { ...request.input, preview: true });
  return { going: result.rows.length, rows: result.rows, skipped: result.skipped };
}

/**
 * The preview of `request` (null: nothing to ask), asked again whenever it changes; an answer
 * to an older request is dropped. Problems are shown in place, not as notices.
 */
export function useHandoffPreview(request: HandoffRequest | null): PreviewState {
  const key = request ? JSON.stringify(request) : null;
  const [state, setState] = useState<{ key: string | null; value: PreviewState }>({
    key: null,
    value: { status: 'idle' },
  });
  useEffect(() => {
    if (key === null) return;
    let current = true;
    previewOf(JSON.parse(key) as HandoffRequest).then(
      (preview) => current && setState({ key, value: { status: 'ready', preview } }),
      (error: unknown) =>
        current && setState({ key, value: { status: 'error', message: errorMessage(error) } }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  if (key === null) return { status: 'idle' };
  return state.key === key ? state.value : { status: 'loading' };
}

/** A post's text for `platform`, to copy for upload: refused (with a notice) while its consent gate fails. */
export async function textToCopy(postId: string, platform: PlatformId): Promise<string | null> {
  const outcome = await mutate(() => api('export.caption', { postId, platform }));
  return outcome.ok ? outcome.data.text : null;
}

/** The whole plan as JSON, saved where the person chooses (desktop) or handed over as a download. */
export function savePlanToFile(): Promise<Outcome<SavedFile>> {
  return mutate(() => planToFile());
}

/** A preview never changes anything; an import adds every row or none. */
export function importIdeas(
  input: IdeasImportInput,
  options?: { fieldsShown?: readonly string[] },
): Promise<Outcome<IdeasImport>> {
  return mutate(async () => {
    const result = await api('import.ideasCsv', input);
    if (!input.preview) reloadPosts();
    return result;
  }, options);
}

export type PlanImport = ChannelOutput<'import.json'>;

/** What a whole-plan file holds, checked as an import would be; nothing is written. */
export function previewPlan(plan: unknown): Promise<Outcome<PlanImport>> {
  return mutate(() => api('import.json', { plan, preview: true }), { fieldsShown: ['plan'] });
}

/** Fills an empty planner from a whole-plan JSON export. */
export function importPlan(plan: unknown): Promise<Outcome<PlanImport>> {
  return mutate(async () => {
    const result = await api('import.json', { plan });
    reloadPosts();
    return result;
  });
}
