// The media library for the screens: the list, previews (data: URLs, cached), uploads (both
// hosts, see client.ts) and changes. Every change resolves to an Outcome.
import { create } from 'zustand';
import type { ChannelInput } from '../../shared/contract';
import type { Media, MediaListItem } from '../../shared/channels/media';
import { notify } from '../state/notices';
import { api, pickFilesWithDialog, uploadFiles, type UploadAnswer } from './client';
import { mutate } from './mutate';
import { defineQuery } from './query';
import type { Outcome } from './errors';

/** The whole library (the media page filters it through the server's search). */
export const libraryQuery = defineQuery(() => api('media.list', {}));

export function searchMedia(search: string, unused: boolean): Promise<MediaListItem[]> {
  return api('media.list', { search, unused });
}

const useThumbs = create<{ byId: Record<string, string | undefined> }>()(() => ({ byId: {} }));
const loading = new Set<string>();

/** A preview as a data: URL ('' for a video, undefined while loading). */
export function useThumbnail(id: string): string | undefined {
  const url = useThumbs((s) => s.byId[id]);
  if (url === undefined && !loading.has(id)) {
    loading.add(id);
    void api('media.thumbnail', { id })
      .then(({ dataUrl }) => useThumbs.setState((s) => ({ byId: { ...s.byId, [id]: dataUrl } })))
      .catch(() => useThumbs.setState((s) => ({ byId: { ...s.byId, [id]: '' } })))
      .finally(() => loading.delete(id));
  }
  return url;
}

async function importAll(answer: UploadAnswer): Promise<Media[]> {
  const added: Media[] = [];
  for (const { uploadId, name } of answer.uploads) {
    const outcome = await mutate(() => api('media.import', { uploadId, name }));
    if (outcome.ok) added.push(outcome.data);
  }
  for (const { name, message } of answer.refused) notify(`${name}: ${message}`, { tone: 'error' });
  libraryQuery.invalidate();
  return added;
}

/** Files dropped on the page or chosen in a file input. */
export async function addFiles(files: readonly File[]): Promise<Media[]> {
  return importAll(await uploadFiles(files));
}

/** The desktop app's dialog; null in the browser (the caller opens its file input). */
export async function pickWithDialog(): Promise<Media[] | null> {
  const answer = await pickFilesWithDialog();
  return answer === null ? null : importAll(answer);
}

export function getMedia(id: string): Promise<Media> {
  return api('media.get', { id });
}

export async function updateMedia(
  patch: Omit<ChannelInput<'media.update'>, 'version'>,
  version: number,
): Promise<Outcome<Media>> {
  const outcome = await mutate(() => api('media.update', { ...patch, version }));
  libraryQuery.invalidate();
  return outcome;
}

export async function deleteMedia(id: string): Promise<boolean> {
  const outcome = await mutate(() => api('media.delete', { id }));
  libraryQuery.invalidate();
  return outcome.ok;
}

/**
 * Downloads a clean copy (a photo without metadata, orientation applied; a video without its
 * tags); refused by the consent gate.
 */
export async function exportCopy(id: string, postId?: string): Promise<boolean> {
  const outcome = await mutate(() => api('media.exportCopy', postId ? { id, postId } : { id }));
  if (!outcome.ok) return false;
  const { base64, mime, fileName } = outcome.data;
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  const removed = mime.startsWith('video/')
    ? 'no location, date or device data'
    : 'no location or camera data';
  notify(`Saved a clean copy: ${fileName} (${removed}).`);
  return true;
}
