// Team-rhythm tools in the post editor: "Inspire me" for the caption, hashtag groups inserted in
// one step (with each platform's hashtag rule), the friendly-voice check, and the series the
// post belongs to.
import { Suspense, useId, useState } from 'react';
import { Repeat2 } from 'lucide-react';
import type { Post, Staff } from '../../../shared/contract';
import type { Series } from '../../../shared/channels/rhythm';
import { parseHashtags } from '../../../shared/captions';
import { hashtagFindings, insertGroup } from '../../../shared/rhythm/hashtags';
import { postOccasion } from '../../../shared/rhythm/prompts';
import type { PlatformId } from '../../../shared/platforms';
import { toLocalParts } from '../../../shared/time';
import type { CategoryId } from '../../../shared/vocabulary';
import {
  getSeries,
  hashtagGroupsQuery,
  rhythmSettingsQuery,
  saveHashtagGroup,
} from '../../data/rhythm';
import { usePracticeZone } from '../../data/settings';
import { InspireButton } from './InspireButton';
import { SeriesDialog } from './lazy-dialogs';
import { VoiceFindings } from './VoiceFindings';
import './rhythm.css';

function HashtagGroups({
  hashtagsText,
  platforms,
  onHashtags,
}: {
  hashtagsText: string;
  platforms: PlatformId[];
  onHashtags: (text: string) => void;
}) {
  const uid = useId();
  const { data: groups } = hashtagGroupsQuery.use();
  const { data: settings } = rhythmSettingsQuery.use();
  const [choice, setChoice] = useState('');
  const [name, setName] = useState('');
  const current = parseHashtags(hashtagsText);
  const findings = hashtagFindings(current, platforms, settings?.instagramHashtagLimit);

  function insert() {
    const group = groups?.find((g) => g.id === choice);
    if (!group) return;
    onHashtags(
      insertGroup(current, group.hashtags)
        .map((t) => `#${t}`)
        .join(' '),
    );
  }

  async function saveAsGroup() {
    if (!name.trim() || current.length === 0) return;
    const outcome = await saveHashtagGroup({ name, hashtags: current });
    if (outcome.ok) setName('');
  }

  return (
    <div className="hashtag-groups">
      <div className="rhythm-row">
        <label className="field grow">
          <span className="field-label">Hashtag group</span>
          <select value={choice} onChange={(e) => setChoice(e.target.value)}>
            <option value="">{groups?.length ? 'Choose a group…' : 'No groups saved yet'}</option>
            {groups?.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name} ({g.hashtags.length})
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" disabled={!choice} onClick={insert}>
          Insert group
        </button>
      </div>
      <div className="rhythm-row">
        <label className="field grow">
          <span className="field-label">Save these hashtags as a group</span>
          <input
            dir="auto"
            type="text"
            value={name}
            maxLength={60}
            placeholder="Group name"
            id={`${uid}-group-name`}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="button"
          disabled={!name.trim() || current.length === 0}
          onClick={() => void saveAsGroup()}
        >
          Save group
        </button>
      </div>
      {findings.map((f) => (
        <p key={f.platform} className="hashtag-finding" role="status">
          {f.message}
        </p>
      ))}
    </div>
  );
}

function SeriesBar({ post }: { post: Post }) {
  const zone = usePracticeZone();
  const [series, setSeries] = useState<Series | null>(null);
  if (!post.seriesId) return null;
  const from = toLocalParts(post.scheduledAt, zone).date;
  async function open() {
    const outcome = await getSeries(post.seriesId!);
    if (outcome.ok) setSeries(outcome.data.series);
  }
  return (
    <div className="series-bar">
      <Repeat2 aria-hidden="true" size={18} />
      <span>Part of a series</span>
      <button type="button" className="button" onClick={() => void open()} disabled={!from}>
        Edit series…
      </button>
      {series && from ? (
        <Suspense fallback={null}>
          <SeriesDialog editing={{ series, from }} onClose={() => setSeries(null)} />
        </Suspense>
      ) : null}
    </div>
  );
}

export function EditorTools({
  post,
  caption,
  category,
  featured,
  hashtagsText,
  platforms,
  onCaption,
  onHashtags,
}: {
  post: Post;
  caption: string;
  category: CategoryId;
  /** The first person the post features. */
  featured: Staff | null;
  hashtagsText: string;
  platforms: PlatformId[];
  onCaption: (caption: string) => void;
  onHashtags: (text: string) => void;
}) {
  return (
    <div className="editor-tools">
      <SeriesBar post={post} />
      <InspireButton
        category={category}
        occasion={postOccasion(category, post.title)}
        name={featured?.name ?? null}
        funFact={featured?.funFact ?? null}
        label="Inspire me (adds a prompt to the caption)"
        onPick={(text) => onCaption(caption.trim() ? `${caption.trimEnd()}\n\n${text}` : text)}
      />
      <VoiceFindings text={caption} />
      <HashtagGroups hashtagsText={hashtagsText} platforms={platforms} onHashtags={onHashtags} />
    </div>
  );
}
