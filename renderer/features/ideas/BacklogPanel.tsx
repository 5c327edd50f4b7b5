// The idea backlog: undated posts. Quick-add (title, category, Enter), filter, sort, and drag
// an idea onto the calendar (or open it and give it a date).
import { PanelRightClose } from 'lucide-react';
import { useMemo, useState, type FormEvent } from 'react';
import { LIMITS } from '../../../shared/limits';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../../shared/vocabulary';
import { PostChipContent } from '../../components/PostChip';
import { createPost, useBacklog } from '../../data/posts';
import { savePrefs } from '../../data/prefs';
import { useStaffById } from '../../data/staff';
import { useNow } from '../../hooks/useNow';
import { plural } from '../../lib/format';
import { openEditor, useUi } from '../../state/ui';
import { backlogDrag, QUICK_ADD_ID, visibleIdeas, type IdeaSort } from './ideas-utils';
import { InspireButton } from '../rhythm/InspireButton';
import './BacklogPanel.css';

export function BacklogPanel({ compact = false }: { compact?: boolean }) {
  const { ideas: backlog } = useBacklog();
  const editingId = useUi((s) => s.editingId);
  const staffById = useStaffById();
  const now = useNow();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<CategoryId>('behind_the_scenes');
  const [search, setSearch] = useState('');
  const [onlyCategory, setOnlyCategory] = useState<CategoryId | ''>('');
  const [sort, setSort] = useState<IdeaSort>('newest');
  const [adding, setAdding] = useState(false);

  const ideas = useMemo(
    () => visibleIdeas(Object.values(backlog), { search, category: onlyCategory, sort }),
    [backlog, search, onlyCategory, sort],
  );
  const total = Object.keys(backlog).length;

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!title.trim() || adding) return;
    setAdding(true);
    const created = await createPost({ title, category, status: 'idea' });
    setAdding(false);
    if (created) setTitle('');
  }

  return (
    <section className={`backlog ${compact ? 'is-compact' : ''}`} aria-labelledby="backlog-title">
      <div className="backlog-head">
        {compact ? <h2 id="backlog-title">Ideas</h2> : <h1 id="backlog-title">Ideas</h1>}
        <span className="backlog-count">{plural(total, { one: 'idea', other: 'ideas' })}</span>
        {compact ? (
          <button
            type="button"
            className="button ghost backlog-hide"
            onClick={() => void savePrefs({ ideasPanel: 'closed' })}
          >
            <PanelRightClose aria-hidden="true" size="1.1em" /> Hide ideas
          </button>
        ) : null}
      </div>
      <form className="quick-add" onSubmit={add} aria-label="Add an idea">
        <label className="visually-hidden" htmlFor={QUICK_ADD_ID}>
          New idea
        </label>
        <input
          dir="auto"
          id={QUICK_ADD_ID}
          type="text"
          value={title}
          maxLength={LIMITS.title}
          placeholder="New idea… (Ctrl+N)"
          onChange={(e) => setTitle(e.target.value)}
        />
        <label className="visually-hidden" htmlFor="quick-add-category">
          Category of the new idea
        </label>
        <select
          id="quick-add-category"
          value={category}
          onChange={(e) => setCategory(e.target.value as CategoryId)}
          onKeyDown={(e) => {
            // Enter adds the idea from here too, as from the title.
            if (e.key === 'Enter') {
              e.preventDefault();
              e.currentTarget.form?.requestSubmit();
            }
          }}
        >
          {CATEGORY_IDS.map((id) => (
            <option key={id} value={id}>
              {CATEGORIES[id].label}
            </option>
          ))}
        </select>
        <button type="submit" className="button primary" disabled={!title.trim() || adding}>
          Add
        </button>
      </form>
      <InspireButton category={category} onPick={(text) => setTitle(text.slice(0, LIMITS.title))} />
      <div className="backlog-tools">
        <label className="visually-hidden" htmlFor="backlog-search">
          Search ideas
        </label>
        <input
          dir="auto"
          id="backlog-search"
          type="search"
          value={search}
          placeholder="Search ideas"
          onChange={(e) => setSearch(e.target.value)}
        />
        <label className="visually-hidden" htmlFor="backlog-category">
          Show category
        </label>
        <select
          id="backlog-category"
          value={onlyCategory}
          onChange={(e) => setOnlyCategory(e.target.value as CategoryId | '')}
        >
          <option value="">All categories</option>
          {CATEGORY_IDS.map((id) => (
            <option key={id} value={id}>
              {CATEGORIES[id].label}
            </option>
          ))}
        </select>
        <label className="visually-hidden" htmlFor="backlog-sort">
          Sort ideas
        </label>
        <select
          id="backlog-sort"
          value={sort}
          onChange={(e) => setSort(e.target.value as IdeaSort)}
        >
          <option value="newest">Newest first</option>
          <option value="category">By category</option>
        </select>
      </div>
      {ideas.length === 0 ? (
        <p className="backlog-empty">
          {total === 0
            ? 'No ideas yet. Type one above and press Enter: a coffee run, a team birthday, a thank-you.'
            : 'No idea matches the search.'}
        </p>
      ) : (
        <>
          <p id="backlog-hint" className="field-hint">
            Open an idea to give it a date, or drag it onto the calendar.
          </p>
          <ul className="backlog-list" aria-label="Ideas without a date">
            {ideas.map((post) => {
              const owner = post.ownerId ? staffById.get(post.ownerId) : undefined;
              return (
                <li key={post.id}>
                  <button
                    type="button"
                    className={`backlog-item ${post.ownerId ? '' : 'is-unowned'} ${post.id === editingId ? 'is-open' : ''}`}
                    aria-current={post.id === editingId ? 'true' : undefined}
                    style={{ '--category': CATEGORIES[post.category].color } as React.CSSProperties}
                    draggable
                    data-post-id={post.id}
                    aria-describedby="backlog-hint"
                    onDragStart={(e) => {
                      backlogDrag.id = post.id;
                      e.dataTransfer.effectAllowed = 'move';
                      e.dataTransfer.setData('text/plain', post.title);
                    }}
                    onDragEnd={() => {
                      // The drop handler clears it; a drop outside the calendar must too.
                      setTimeout(() => (backlogDrag.id = null), 0);
                    }}
                    onClick={() => openEditor(post.id)}
                  >
                    <PostChipContent post={post} owner={owner} now={now} />
                    <span className="backlog-category" aria-hidden="true">
                      {CATEGORIES[post.category].label}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
