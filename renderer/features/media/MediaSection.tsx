// The post editor's photos and videos: add (drop or pick), order, alt text per item, "shows a
// patient" with its consent, and each chosen platform's checks beside them, like the caption
// counters. Saves each change at once through `save` (the editor's own save path).
import { useId, useRef, useState, type DragEvent } from 'react';
import { ArrowDown, ArrowUp, ImagePlus, Trash2 } from 'lucide-react';
import type { Post } from '../../../shared/contract';
import type { PostMedia } from '../../../shared/channels/media';
import { checkMedia } from '../../../shared/media-rules';
import { PLATFORMS } from '../../../shared/platforms';
import { consentsQuery } from '../../data/consents';
import { addFiles, libraryQuery, pickWithDialog, updateMedia } from '../../data/media';
import { MediaThumb } from './MediaThumb';
import { factsOf, itemsWithMedia, mediaFiles, moveItem } from './media-utils';
import './MediaPage.css';

export interface MediaSectionProps {
  post: Post;
  /** Saves a patch of the post; resolves true when saved. */
  save(patch: { media: PostMedia[] }): Promise<boolean>;
}

export function MediaSection({ post, save }: MediaSectionProps) {
  const uid = useId();
  const library = libraryQuery.use();
  const consents = consentsQuery.use();
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);
  const items = itemsWithMedia(post.media, library.data ?? []);
  const checks = checkMedia(
    post.platforms,
    items.map((i) => factsOf(i.media)),
  );

  async function add(files: File[]) {
    if (files.length === 0) return;
    setBusy(true);
    const added = await addFiles(files).finally(() => setBusy(false));
    await append(added.map((m) => m.id));
  }

  async function append(ids: string[]) {
    const fresh = ids.filter((id) => !post.media.some((m) => m.mediaId === id));
    if (fresh.length === 0) return;
    await save({ media: [...post.media, ...fresh.map((mediaId) => ({ mediaId, alt: '' }))] });
  }

  async function pick() {
    const picked = await pickWithDialog();
    if (picked === null) input.current?.click();
    else await append(picked.map((m) => m.id));
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setDragging(false);
    void add(mediaFiles(event.dataTransfer.files));
  }

  return (
    <section className="field media-section" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`} className="field-label">
        Photos and videos
      </h3>
      <div
        className={`media-drop${dragging ? ' dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <button type="button" className="button" onClick={() => void pick()} disabled={busy}>
          <ImagePlus aria-hidden="true" size={18} /> {busy ? 'Adding…' : 'Add photos or videos'}
        </button>
        <span className="field-hint">or drop files here</span>
        <input
          ref={input}
          type="file"
          accept="image/*,video/*"
          multiple
          hidden
          aria-label="Choose photos or videos"
          onChange={(e) => {
            void add(mediaFiles(e.target.files ?? []));
            e.target.value = '';
          }}
        />
      </div>

      {items.length > 0 ? (
        <ol className="media-items">
          {items.map((item, index) => (
            <li key={item.mediaId} className="media-item">
              <MediaThumb media={item.media} alt={item.alt} />
              <div className="media-item-fields">
                <p className="media-item-name">{item.media.name}</p>
                <AltText
                  value={item.alt}
                  label={`Alt text for ${item.media.name}`}
                  onSave={(alt) =>
                    save({
                      media: post.media.map((m) =>
                        m.mediaId === item.mediaId ? { ...m, alt } : m,
                      ),
                    })
                  }
                />
                <label className="chip">
                  <input
                    type="checkbox"
                    checked={item.media.showsPatient}
                    onChange={(e) =>
                      void updateMedia(
                        { id: item.media.id, showsPatient: e.target.checked },
                        item.media.version,
                      )
                    }
                  />
                  Shows a patient
                </label>
                {item.media.showsPatient ? (
                  <label className="field">
                    <span className="field-hint-label">
                      Consent for this {item.media.kind === 'video' ? 'video' : 'photo'}
                    </span>
                    <select
                      value={item.media.consentId ?? ''}
                      onChange={(e) =>
                        void updateMedia(
                          { id: item.media.id, consentId: e.target.value || null },
                          item.media.version,
                        )
                      }
                    >
                      <option value="">No consent linked</option>
                      {(consents.data ?? []).map((c) => (
                        <option key={c.id} value={c.id}>
                          {`${c.patientRef} (signed ${c.signedOn}${c.revokedOn ? ', revoked' : ''})`}
                        </option>
                      ))}
                    </select>
                  </label>
                ) : null}
              </div>
              <div className="media-item-actions">
                <button
                  type="button"
                  className="button icon"
                  aria-label={`Move ${item.media.name} earlier`}
                  disabled={index === 0}
                  onClick={() => void save({ media: moveItem(post.media, index, -1) })}
                >
                  <ArrowUp aria-hidden="true" size={18} />
                </button>
                <button
                  type="button"
                  className="button icon"
                  aria-label={`Move ${item.media.name} later`}
                  disabled={index === items.length - 1}
                  onClick={() => void save({ media: moveItem(post.media, index, 1) })}
                >
                  <ArrowDown aria-hidden="true" size={18} />
                </button>
                <button
                  type="button"
                  className="button icon"
                  aria-label={`Remove ${item.media.name} from this post`}
                  onClick={() =>
                    void save({ media: post.media.filter((m) => m.mediaId !== item.mediaId) })
                  }
                >
                  <Trash2 aria-hidden="true" size={18} />
                </button>
              </div>
            </li>
          ))}
        </ol>
      ) : null}

      {checks.length > 0 ? (
        <ul className="media-checks" aria-label="Platform checks for the media">
          {checks.map((c) => (
            <li key={c.platform} className={c.ok ? 'ok' : 'over'}>
              <strong>{PLATFORMS[c.platform].label}:</strong>{' '}
              {c.ok ? 'fits' : c.problems.join('; ')}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function AltText({
  value,
  label,
  onSave,
}: {
  value: string;
  label: string;
  onSave(alt: string): unknown;
}) {
  const [text, setText] = useState(value);
  const id = useId();
  return (
    <div className="field">
      <label className="field-hint-label" htmlFor={id}>
        {label}
      </label>
      <textarea
        dir="auto"
        id={id}
        rows={2}
        value={text}
        maxLength={1000}
        placeholder="What the picture shows, for people who cannot see it"
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          if (text.trim() !== value) void onSave(text.trim());
        }}
      />
    </div>
  );
}
