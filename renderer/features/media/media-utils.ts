// Pure helpers for the media screens (tested without React).
import type { Media } from '../../../shared/channels/media';
import type { PostMedia } from '../../../shared/channels/media';
import type { MediaFacts } from '../../../shared/media-rules';
import { formatNumber } from '../../lib/format';

/** The list with item `index` moved by `delta` (clamped to the ends). */
export function moveItem<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = Math.max(0, Math.min(list.length - 1, index + delta));
  if (to === index || index < 0 || index >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(index, 1);
  next.splice(to, 0, item!);
  return next;
}

/** A post's items with what the library knows of each (unknown ones left out). */
export function itemsWithMedia(items: readonly PostMedia[], library: readonly Media[]) {
  const byId = new Map(library.map((m) => [m.id, m]));
  return items.flatMap((item) => {
    const media = byId.get(item.mediaId);
    return media ? [{ ...item, media }] : [];
  });
}

export function factsOf(media: Media): MediaFacts {
  return {
    name: media.name,
    kind: media.kind,
    width: media.width,
    height: media.height,
    byteSize: media.byteSize,
    durationMs: media.durationMs,
  };
}

/** "2.4 MB", "830 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024)
    return `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
}

/** "1:05" for a video's length. */
export function formatDuration(ms: number): string {
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** Files from a drop or a file input that look like photos or videos. */
export function mediaFiles(files: Iterable<File>): File[] {
  return [...files].filter((f) => f.type === '' || /^(image|video)\//.test(f.type));
}
