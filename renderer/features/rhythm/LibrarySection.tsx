// The practice's own "Inspire me" prompts (add, edit, hide) and its saved hashtag groups
// (remove), in Settings. The 66 prompts that ship with Rapport are read-only.
import { CategorySelect } from '../../components/CategorySelect';
import { useId, useState, type FormEvent } from 'react';
import type { Prompt } from '../../../shared/channels/rhythm';
import { CATEGORIES, type CategoryId } from '../../../shared/vocabulary';
import {
  addPrompt,
  changePrompt,
  hashtagGroupsQuery,
  ownPromptsQuery,
  removeHashtagGroup,
} from '../../data/rhythm';

function OwnPrompt({ prompt }: { prompt: Prompt }) {
  const [text, setText] = useState(prompt.text);
  const id = useId();
  return (
    <li className={`own-prompt ${prompt.hidden ? 'is-hidden' : ''}`}>
      <label className="field grow" htmlFor={id}>
        <span className="field-label">
          {CATEGORIES[prompt.category].label}
          {prompt.hidden ? ' (hidden)' : ''}
        </span>
      </label>
      <div className="rhythm-row">
        <input
          dir="auto"
          id={id}
          className="grow"
          type="text"
          value={text}
          maxLength={500}
          onChange={(e) => setText(e.target.value)}
        />
        <button
          type="button"
          className="button"
          disabled={!text.trim() || text === prompt.text}
          onClick={() => void changePrompt({ id: prompt.id, version: prompt.version, text })}
        >
          Save
        </button>
        <button
          type="button"
          className="button"
          onClick={() =>
            void changePrompt({ id: prompt.id, version: prompt.version, hidden: !prompt.hidden })
          }
        >
          {prompt.hidden ? 'Show again' : 'Hide'}
        </button>
      </div>
    </li>
  );
}

export function LibrarySection() {
  const uid = useId();
  const { data: prompts } = ownPromptsQuery.use();
  const { data: groups } = hashtagGroupsQuery.use();
  const [category, setCategory] = useState<CategoryId>('behind_the_scenes');
  const [text, setText] = useState('');
  const own = prompts?.filter((p) => !p.builtIn) ?? [];

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) return;
    const outcome = await addPrompt({ category, text });
    if (outcome.ok) setText('');
  }

  return (
    <section className="settings-section" aria-labelledby={`${uid}-title`}>
      <h2 id={`${uid}-title`}>Prompts and hashtag groups</h2>
      <form className="rhythm-form" onSubmit={add} aria-label="Add a prompt">
        <p className="field-hint">
          Your own ideas for “Inspire me”. Write {'{name}'} where the featured person’s name goes.
        </p>
        <div className="rhythm-row">
          <label className="field">
            <span className="field-label">Category</span>
            <CategorySelect value={category} onChange={setCategory} />
          </label>
          <label className="field grow">
            <span className="field-label">New prompt</span>
            <input
              dir="auto"
              type="text"
              value={text}
              maxLength={500}
              placeholder="e.g. What is {name} reading this month?"
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <button type="submit" className="button primary" disabled={!text.trim()}>
            Add prompt
          </button>
        </div>
      </form>
      {own.length > 0 ? (
        <ul className="own-prompts">
          {own.map((p) => (
            <OwnPrompt key={`${p.id}-${p.version}`} prompt={p} />
          ))}
        </ul>
      ) : null}
      <h3>Hashtag groups</h3>
      {groups && groups.length === 0 ? (
        <p className="field-hint">Save a post’s hashtags as a group from the post editor.</p>
      ) : null}
      <ul className="own-prompts">
        {groups?.map((g) => (
          <li key={g.id} className="rhythm-row">
            <span className="grow">
              <strong>{g.name}</strong>: {g.hashtags.map((t) => `#${t}`).join(' ')}
            </span>
            <button
              type="button"
              className="button danger"
              aria-label={`Remove the group ${g.name}`}
              onClick={() => void removeHashtagGroup(g.id)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
