// The media library's channels. Files are stored once by content hash beside the database;
// the page never sees a path. Uploads arrive outside the JSON API (a streamed upload in the
// browser host, the main process's file dialog in Electron) and are then taken in with
// `media.import`, which names the upload by its id.
import { z } from 'zod';
import { channel, empty, id, text } from '../schemas';

export const MEDIA_KINDS = ['image', 'video'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];

/** Largest file one upload may carry. */
export const MAX_UPLOAD_BYTES = 500 * 1024 * 1024;

export const mediaSchema = z.object({
  id: z.string(),
  sha256: z.string(),
  kind: z.enum(MEDIA_KINDS),
  mime: z.string(),
  name: z.string(),
  byteSize: z.number().int(),
  width: z.number().int().nullable(),
  height: z.number().int().nullable(),
  durationMs: z.number().int().nullable(),
  /** The original carries GPS coordinates ("location inside"); copies that leave never do. */
  hasGps: z.boolean(),
  /** The original carries EXIF/XMP/IPTC metadata. */
  hasMetadata: z.boolean(),
  tags: z.array(z.string()),
  showsPatient: z.boolean(),
  consentId: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
});
export type Media = z.infer<typeof mediaSchema>;

export const mediaUseSchema = z.object({
  postId: z.string(),
  title: z.string(),
  deleted: z.boolean(),
});

export const mediaListItemSchema = mediaSchema.extend({ usedBy: z.array(mediaUseSchema) });
export type MediaListItem = z.infer<typeof mediaListItemSchema>;

/** One item of a post, in order, with its alt text. */
export const postMediaSchema = z.object({ mediaId: z.string(), alt: z.string() });
export type PostMedia = z.infer<typeof postMediaSchema>;

export const ALT_TEXT_MAX = 1000;

export const postMediaInput = z
  .array(z.strictObject({ mediaId: id, alt: text(ALT_TEXT_MAX, 'Alt text').trim().default('') }))
  .max(20, { error: 'At most 20 items on one post' })
  .refine((items) => new Set(items.map((i) => i.mediaId)).size === items.length, {
    error: 'An item is on the post twice',
  });

const tag = z
  .string()
  .trim()
  .min(1, { error: 'A tag cannot be empty' })
  .max(40, { error: 'A tag is at most 40 characters' });

export const exportedFileSchema = z.object({
  fileName: z.string(),
  mime: z.string(),
  /** The re-encoded file (no EXIF/XMP/IPTC, orientation applied), base64. */
  base64: z.string(),
});

export const mediaChannels = {
  /** The library, newest first: `search` matches name, alt text and tags; `unused` only those on no post. */
  'media.list': channel(
    z.strictObject({
      search: text(200, 'Search').trim().default(''),
      unused: z.boolean().default(false),
    }),
    z.array(mediaListItemSchema),
  ),
  'media.get': channel(z.strictObject({ id }), mediaSchema),
  /** Takes in a finished upload (by the id the upload answered with); the same file twice is one item. */
  'media.import': channel(
    z.strictObject({ uploadId: id, name: text(255, 'File name').trim().min(1) }),
    mediaSchema,
  ),
  'media.update': channel(
    z
      .strictObject({
        id,
        version: z.number().int().min(1),
        name: text(255, 'Name').trim().min(1, { error: 'Name cannot be empty' }),
        tags: z.array(tag).max(20, { error: 'At most 20 tags' }),
        showsPatient: z.boolean(),
        consentId: id.nullable(),
      })
      .partial()
      .required({ id: true, version: true }),
    mediaSchema,
  ),
  /** Refused while any post (trash included) uses it. */
  'media.delete': channel(z.strictObject({ id }), z.object({ removed: z.boolean() })),
  /** A small preview as a data: URL (the page's policy allows data: images, nothing remote). */
  'media.thumbnail': channel(z.strictObject({ id }), z.object({ dataUrl: z.string() })),
  /**
   * A copy to hand out: re-encoded without metadata, orientation applied. With `postId`, the
   * post must pass the consent gate; an item that shows a patient needs a valid consent.
   */
  'media.exportCopy': channel(z.strictObject({ id, postId: id.optional() }), exportedFileSchema),
  /** Counts for the media page header. */
  'media.stats': channel(empty, z.object({ items: z.number().int(), unused: z.number().int() })),
} as const;
