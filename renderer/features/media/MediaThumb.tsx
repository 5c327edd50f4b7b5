// A media item's preview: the thumbnail (a data: URL from the host), or a tile for a video.
import { Film, MapPin } from 'lucide-react';
import type { Media } from '../../../shared/channels/media';
import { useThumbnail } from '../../data/media';
import { formatDuration } from './media-utils';

export function MediaThumb({ media, alt }: { media: Media; alt: string }) {
  const url = useThumbnail(media.id);
  return (
    <div className="media-thumb">
      {media.kind === 'video' || url === '' ? (
        <div className="media-thumb-tile" role="img" aria-label={alt || media.name}>
          <Film aria-hidden="true" size={28} />
          <span>{media.durationMs !== null ? formatDuration(media.durationMs) : 'Video'}</span>
        </div>
      ) : url ? (
        <img src={url} alt={alt || media.name} />
      ) : (
        <div className="media-thumb-tile" aria-hidden="true" />
      )}
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
