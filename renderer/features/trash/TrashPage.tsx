// The trash: deleted posts wait here until restored or until the trash is emptied (with a
// confirm step, since that cannot be undone).
import { Sparkles } from 'lucide-react';
import { useState } from 'react';
import type { Post } from '../../../shared/contract';
import { CATEGORIES } from '../../../shared/vocabulary';
import { ConfirmStep } from '../../components/ConfirmStep';
import { CategoryIcon } from '../../components/icons';
import { QueryProblem } from '../../components/QueryProblem';
import { emptyTrash, restorePost, trashQuery } from '../../data/posts';
import { useStaffById } from '../../data/staff';
import { formatDateTime, plural } from '../../lib/format';
import { notify } from '../../state/notices';
import './TrashPage.css';

const postsLabel = (count: number) => plural(count, { one: 'post', other: 'posts' });

export function TrashPage() {
  const staffById = useStaffById();
  const trash = trashQuery.use();
  const posts = trash.status === 'ready' ? trash.data! : null;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  async function restore(post: Post) {
    setBusy(true);
    // restorePost tells the user ("… is back"), or what went wrong.
    await restorePost(post.id);
    setBusy(false);
  }

  async function empty() {
    setBusy(true);
    const removed = await emptyTrash();
    setBusy(false);
    if (removed === null) return;
    notify(`Emptied the trash: ${postsLabel(removed)} deleted for good.`);
    setConfirming(false);
  }

  const ownerName = (id: string | null) => (id ? staffById.get(id)?.name : undefined);

  return (
    <section className="page trash-page" aria-labelledby="trash-title">
      <div className="page-head">
        <h1 id="trash-title">Trash</h1>
        {posts && posts.length > 0 && !confirming ? (
          <button type="button" className="button danger" onClick={() => setConfirming(true)}>
            Empty trash
          </button>
        ) : null}
      </div>
      <p className="page-lead">
        Deleted posts wait here. Restore one to put it back on the calendar or in your ideas.
      </p>

      {confirming && posts && posts.length > 0 ? (
        <ConfirmStep
          className="trash-confirm"
          actionsClassName="trash-confirm-actions"
          label="Confirm emptying the trash"
          confirmLabel="Yes, delete them for good"
          busyLabel="Emptying…"
          cancelLabel="Cancel"
          busy={busy}
          onConfirm={() => void empty()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            <strong>Delete {postsLabel(posts.length)} for good?</strong> This cannot be undone.
          </p>
        </ConfirmStep>
      ) : null}

      {posts === null ? (
        <QueryProblem query={trash} loading="Looking in the trash…" className="trash-loading" />
      ) : posts.length === 0 ? (
        <div className="trash-empty">
          <span className="trash-empty-mark" aria-hidden="true">
            <Sparkles size="2.5rem" />
          </span>
          <h2>The trash is empty</h2>
          <p>
            Posts you delete land here first, so nothing is lost by accident. You can bring them
            back until the trash is emptied.
          </p>
        </div>
      ) : (
        <ul className="trash-list" aria-label="Deleted posts">
          {posts.map((post) => {
            const category = CATEGORIES[post.category];
            const owner = ownerName(post.ownerId);
            return (
              <li key={post.id} className="trash-item">
                <div className="trash-item-body">
                  <h2 className="trash-item-title">{post.title}</h2>
                  <p className="trash-item-meta">
                    <span className="trash-category" style={{ background: category.color }}>
                      <CategoryIcon category={post.category} /> {category.label}
                    </span>
                    {owner ? <span>Owner: {owner}</span> : null}
                  </p>
                  <dl className="trash-item-times">
                    <div>
                      <dt>Was planned for</dt>
                      <dd>
                        {post.scheduledAt
                          ? formatDateTime(post.scheduledAt)
                          : 'No date (an idea in the backlog)'}
                      </dd>
                    </div>
                    <div>
                      <dt>Deleted</dt>
                      <dd>{post.deletedAt ? formatDateTime(post.deletedAt) : '—'}</dd>
                    </div>
                  </dl>
                </div>
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={`Restore ${post.title}`}
                  onClick={() => void restore(post)}
                >
                  Restore
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
