// A media item's preview: the thumbnail (a data: URL from the host) — for a video, its poster
// frame with a "video" badge — or a tile while there is none.
import { Film, MapPin } from 'lucide-react';
import type { Media } from '../../../shared/channels/media';
import { useThumbnail } from '../../data/media';
import { formatDuration } from './media-utils';

export function MediaThumb({ media, alt }: { media: Media; alt: string }) {
  const url = useThumbnail(media.id);
  const length = media.durationMs !== null ? formatDuration(media.durationMs) : 'Video';
  return (
    <div className="media-thumb">
      {url ? (
        <img
          src={url}
          alt={media.kind === 'video' ? `${alt || media.name} (video)` : alt || media.name}
        />
      ) : media.kind === 'video' || url === '' ? (
        <div className="media-thumb-tile" role="img" aria-label={alt || media.name}>
          <Film aria-hidden="true" size={28} />
          <span>{length}</span>
        </div>
      ) : (
        <div className="media-thumb-tile" aria-hidden="true" />
      )}
      {media.kind === 'video' && url ? (
        <span className="media-video-mark" aria-hidden="true">
          <Film size={16} /> {length}
        </span>
      ) : null}
      {media.hasGps ? (
        <span
          className="media-mark"
          title="The original file carries GPS coordinates; copies that leave Rapport never do."
        >
          <MapPin aria-hidden="true" size={16} /> Location inside
        </span>
      ) : null}
    </div>
  );
}
