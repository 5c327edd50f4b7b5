// The media library: a grid of every photo and video, searchable by name, tag and alt text,
// with where each is used; unused ones can be shown alone and deleted (used ones cannot).
import { useEffect, useState } from 'react';
import { Download, Trash2 } from 'lucide-react';
import type { MediaListItem } from '../../../shared/channels/media';
import { QueryProblem } from '../../components/QueryProblem';
import { addFiles, deleteMedia, exportCopy, libraryQuery, searchMedia } from '../../data/media';
import { openEditor } from '../../state/ui';
import { plural } from '../../lib/format';
import { MediaThumb } from './MediaThumb';
import { formatBytes, mediaFiles } from './media-utils';
import './MediaPage.css';

export function MediaPage() {
  const library = libraryQuery.use();
  const [search, setSearch] = useState('');
  const [unused, setUnused] = useState(false);
  const [found, setFound] = useState<{ key: string; items: MediaListItem[] } | null>(null);
  const filtering = search.trim() !== '' || unused;
  const key = `${search.trim()}|${unused}`;

  // The server searches name, tags and alt text; asked again whenever the library changes.
  useEffect(() => {
    if (!filtering) return;
    let live = true;
    void searchMedia(search.trim(), unused).then((items) => live && setFound({ key, items }));
    return () => {
      live = false;
    };
  }, [filtering, key, search, unused, library.data]);

  const items = filtering ? (found?.key === key ? found.items : []) : (library.data ?? []);

  return (
    <section className="page media-page" aria-labelledby="media-title">
      <div className="page-head">
        <h1 id="media-title">Media</h1>
        <label className="button">
          Add photos or videos
          <input
            type="file"
            accept="image/*,video/*"
            multiple
            className="visually-hidden"
            onChange={(e) => {
              void addFiles(mediaFiles(e.target.files ?? []));
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <p className="page-lead">
        Every photo and video, stored once. Copies you save from here leave without location or
        camera data.
      </p>
      <div className="media-filters">
        <label className="field">
          <span className="field-label">Search</span>
          <input
            dir="auto"
            type="search"
            value={search}
            placeholder="Name, tag or alt text"
            onChange={(e) => setSearch(e.target.value)}
          />
        </label>
        <label className="chip">
          <input type="checkbox" checked={unused} onChange={(e) => setUnused(e.target.checked)} />
          Only unused
        </label>
      </div>
      {library.status === 'error' ? (
        <QueryProblem query={library} loading="Loading…" />
      ) : items.length === 0 ? (
        <p className="page-lead">
          {library.status === 'loading'
            ? 'Loading…'
            : 'Nothing here yet. Add photos or videos to a post, or here.'}
        </p>
      ) : (
        <ul
          className="media-grid"
          aria-label={plural(items.length, { one: 'item', other: 'items' })}
        >
          {items.map((m) => (
            <li key={m.id} className="media-card">
              <MediaThumb media={m} alt={m.name} />
              <p className="media-card-name">{m.name}</p>
              <p className="media-card-meta">
                {m.width && m.height ? `${m.width}×${m.height} · ` : ''}
                {formatBytes(m.byteSize)}
                {m.showsPatient ? ' · Shows a patient' : ''}
              </p>
              {m.usedBy.length === 0 ? (
                <p className="media-card-meta">Not on any post</p>
              ) : (
                <ul className="media-used" aria-label={`Posts using ${m.name}`}>
                  {m.usedBy.map((u) => (
                    <li key={u.postId}>
                      {u.deleted ? (
                        `${u.title} (in the trash)`
                      ) : (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => openEditor(u.postId)}
                        >
                          {u.title}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <div className="media-card-actions">
                <button type="button" className="button" onClick={() => void exportCopy(m.id)}>
                  <Download aria-hidden="true" size={18} /> Save a clean copy
                </button>
                <button
                  type="button"
                  className="button danger"
                  disabled={m.usedBy.length > 0}
                  aria-label={`Delete ${m.name}`}
                  title={m.usedBy.length > 0 ? 'Used by a post: remove it there first' : undefined}
                  onClick={() => void deleteMedia(m.id)}
                >
                  <Trash2 aria-hidden="true" size={18} /> Delete
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
