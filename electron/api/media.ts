// The media library: items stored once by hash, metadata here, files through ctx.media. Copies
// that leave the app go through the consent gate and are re-encoded without metadata.
import type { Media } from '../../shared/channels/media';
import { consentStateOn, gateMessage } from '../../shared/consent';
import { ApiError } from '../../shared/envelope';
import { VideoToolError } from '../media/ffmpeg';
import { extensionFor, UnreadableMediaError } from '../media/files';
import type { Tx } from '../store/store';
import { postGateProblems } from './consent-gate';
import { practiceToday } from './today';
import { whoIsActing } from './consents';
import type { AreaHandlers } from './types';

async function existingMedia(tx: Tx, id: string): Promise<Media> {
  const media = await tx.media.find(id);
  if (!media) throw new ApiError('not_found', 'That item is not in the media library.');
  return media;
}

/** The file name a clean copy is saved under: the item's name, in the copy's format. */
function exportName(name: string, mime: string): string {
  // TIFF and HEIF photos leave as JPEG; everything else in its own format.
  const ext = mime === 'image/tiff' || mime === 'image/heif' ? 'jpg' : extensionFor(mime);
  const base =
    name
      .replace(/\.[^.]*$/, '')
      .replace(/[^\p{L}\p{N} _-]+/gu, '_')
      .trim() || (mime.startsWith('video/') ? 'video' : 'photo');
  return `${base}.${ext}`;
}

/** The largest video handed out as one answer (it travels whole, as base64, to the page). */
export const MAX_VIDEO_COPY_BYTES = 200 * 1024 * 1024;

export const mediaHandlers: AreaHandlers<
  | 'media.list'
  | 'media.get'
  | 'media.import'
  | 'media.update'
  | 'media.delete'
  | 'media.thumbnail'
  | 'media.exportCopy'
  | 'media.stats'
> = {
  'media.list': (tx, { search, unused }) => tx.media.list(search, unused),
  'media.get': (tx, { id }) => existingMedia(tx, id),
  'media.stats': (tx) => tx.media.stats(),
  'media.import': async (tx, { uploadId, name }, ctx) => {
    if (!ctx.media.hasUpload(uploadId)) {
      throw new ApiError(
        'invalid_input',
        'That upload is not waiting any more; add the file again.',
        {
          uploadId: 'No upload with this id',
        },
      );
    }
    let facts;
    try {
      facts = await ctx.media.ingest(uploadId);
    } catch (error) {
      if (error instanceof UnreadableMediaError) {
        throw new ApiError('invalid_input', `"${name}" is not a photo or video Rapport can read.`, {
          uploadId: 'Not a photo (JPEG, PNG, WebP, GIF) or video (MP4, MOV, WebM)',
        });
      }
      throw error;
    }
    const existing = await tx.media.findBySha(facts.sha256);
    if (existing) return existing;
    return tx.media.insert({ ...facts, name, tags: [], showsPatient: false, consentId: null });
  },
  'media.update': async (tx, { id, version, ...patch }, ctx) => {
    const before = await existingMedia(tx, id);
    if (before.version !== version) {
      throw new ApiError(
        'conflict',
        'This item was changed elsewhere. Nothing was saved; reload it.',
      );
    }
    if (patch.consentId && !(await tx.consents.find(patch.consentId))) {
      throw new ApiError('invalid_input', 'That consent is not in the register.', {
        consentId: 'No consent with this id',
      });
    }
    const { id: _i, version: _v, createdAt: _c, ...fields } = before;
    const saved = await tx.media.update(id, version, { ...fields, ...patch });
    if (!saved) throw new ApiError('conflict', 'This item was changed elsewhere just now.');
    if (saved.consentId !== before.consentId) {
      const who = await whoIsActing(tx, ctx);
      if (before.consentId) {
        await tx.consents.audit({
          consentId: before.consentId,
          action: 'unlinked',
          ...who,
          detail: `${before.kind} "${before.name}"`,
        });
      }
      if (saved.consentId) {
        await tx.consents.audit({
          consentId: saved.consentId,
          action: 'linked',
          ...who,
          detail: `${saved.kind} "${saved.name}"`,
        });
      }
    }
    return saved;
  },
  'media.delete': async (tx, { id }, ctx) => {
    const media = await existingMedia(tx, id);
    const usedBy = await tx.media.usage(id);
    if (usedBy.length > 0) {
      const titles = usedBy.map((u) => `"${u.title}"${u.deleted ? ' (in the trash)' : ''}`);
      throw new ApiError(
        'invalid_input',
        `"${media.name}" is still used by ${titles.join(', ')}.`,
        {
          id: 'Remove it from those posts first',
        },
      );
    }
    const removed = await tx.media.delete(id);
    await ctx.media.remove(media.sha256, media.mime);
    return { removed };
  },
  'media.thumbnail': async (tx, { id }, ctx) => {
    const media = await existingMedia(tx, id);
    return { dataUrl: await ctx.media.thumbnailDataUrl(media.sha256, media.mime) };
  },
  'media.exportCopy': async (tx, { id, postId }, ctx) => {
    const media = await existingMedia(tx, id);
    if (media.kind === 'video' && media.byteSize > MAX_VIDEO_COPY_BYTES) {
      throw new ApiError(
        'invalid_input',
        `"${media.name}" is too large to hand out from here (at most ` +
          `${MAX_VIDEO_COPY_BYTES / 1024 / 1024} MB).`,
        { id: 'Too large to save a copy' },
      );
    }
    if (postId) {
      const post = await tx.posts.find(postId);
      if (!post || post.deletedAt) throw new ApiError('not_found', 'That post no longer exists.');
      if (!post.media.some((m) => m.mediaId === id)) {
        throw new ApiError('invalid_input', 'That item is not on this post.', {
          id: 'Not on the post',
        });
      }
      const problems = await postGateProblems(tx, post);
      if (problems.length > 0) {
        throw new ApiError('invalid_input', gateMessage(problems), {
          postId: gateMessage(problems),
        });
      }
    } else if (media.showsPatient) {
      const consent = media.consentId ? await tx.consents.find(media.consentId) : undefined;
      const today = await practiceToday(tx);
      const cover = media.kind === 'video' ? 'video' : 'photos';
      if (
        !consent ||
        consentStateOn(consent, today) !== 'valid' ||
        !consent.covers.includes(cover)
      ) {
        throw new ApiError(
          'invalid_input',
          `Needs patient consent first: ${media.kind === 'video' ? 'video' : 'photo'} ` +
            `"${media.name}" needs a valid consent that covers ${cover}.`,
          { id: 'Shows a patient without a valid consent' },
        );
      }
    }
    let data: Buffer;
    try {
      data = await ctx.media.cleanCopy(media.sha256, media.mime);
    } catch (error) {
      if (!(error instanceof VideoToolError)) throw error;
      throw new ApiError(
        'invalid_input',
        `Rapport could not read "${media.name}" to remove its metadata, so no copy was made.`,
        { id: 'No clean copy could be made' },
      );
    }
    return {
      fileName: exportName(media.name, media.mime),
      mime: media.mime === 'image/tiff' || media.mime === 'image/heif' ? 'image/jpeg' : media.mime,
      base64: data.toString('base64'),
    };
  },
};
