// The idea backlog: undated posts. Quick-add (title, category, Enter), filter, sort, and drag
// an idea onto the calendar (or open it and give it a date).
import { useMemo, useState, type FormEvent } from 'react';
import { LIMITS, type Post } from '../../shared/contract';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../shared/vocabulary';
import { PostChipContent } from '../components/PostChip';
import { useNow } from '../hooks/useNow';
import { useStaffById } from '../hooks/useStaffById';
import { backlogDrag, usePlanner } from '../state/planner';
import './BacklogPanel.css';

export const QUICK_ADD_ID = 'quick-add-title';

type Sort = 'newest' | 'category';

function sortIdeas(ideas: Post[], sort: Sort): Post[] {
  // Ties (ideas added in the same millisecond, e.g. the sample month) keep a stable order.
  const newest = (a: Post, b: Post) =>
    b.createdAt.localeCompare(a.createdAt) || a.title.localeCompare(b.title);
  if (sort === 'newest') return ideas.sort(newest);
  return ideas.sort(
    (a, b) => CATEGORY_IDS.indexOf(a.category) - CATEGORY_IDS.indexOf(b.category) || newest(a, b),
  );
}

export function BacklogPanel({ compact = false }: { compact?: boolean }) {
  const posts = usePlanner((s) => s.posts);
  const editingId = usePlanner((s) => s.editingId);
  const staffById = useStaffById();
  const now = useNow();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<CategoryId>('behind_the_scenes');
  const [search, setSearch] = useState('');
  const [onlyCategory, setOnlyCategory] = useState<CategoryId | ''>('');
  const [sort, setSort] = useState<Sort>('newest');
  const [adding, setAdding] = useState(false);

  const ideas = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const list = Object.values(posts).filter(
      (p) =>
        p.scheduledAt === null &&
        (!onlyCategory || p.category === onlyCategory) &&
        (!needle || p.title.toLowerCase().includes(needle)),
    );
    return sortIdeas(list, sort);
  }, [posts, search, onlyCategory, sort]);
  const total = useMemo(
    () => Object.values(posts).filter((p) => p.scheduledAt === null).length,
    [posts],
  );

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!title.trim() || adding) return;
    setAdding(true);
    const created = await usePlanner.getState().createPost({ title, category, status: 'idea' });
    setAdding(false);
    if (created) setTitle('');
  }

  return (
    <section className={`backlog ${compact ? 'is-compact' : ''}`} aria-labelledby="backlog-title">
      <div className="backlog-head">
        <h2 id="backlog-title">Ideas</h2>
        <span className="backlog-count">{total === 1 ? '1 idea' : `${total} ideas`}</span>
      </div>
      <form className="quick-add" onSubmit={add} aria-label="Add an idea">
        <label className="visually-hidden" htmlFor={QUICK_ADD_ID}>
          New idea
        </label>
        <input
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
      <div className="backlog-tools">
        <label className="visually-hidden" htmlFor="backlog-search">
          Search ideas
        </label>
        <input
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
        <select id="backlog-sort" value={sort} onChange={(e) => setSort(e.target.value as Sort)}>
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
                    onClick={() => usePlanner.getState().openEditor(post.id)}
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
