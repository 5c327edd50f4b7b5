// The trash: deleted posts wait here until restored or until the trash is emptied (with a
// confirm step, since that cannot be undone).
import { useEffect, useState } from 'react';
import { DateTime } from 'luxon';
import type { Post } from '../../shared/contract';
import { CATEGORIES } from '../../shared/vocabulary';
import { api } from '../api/client';
import { ConfirmStep } from '../components/ConfirmStep';
import { useApp } from '../state/app';
import { usePlanner } from '../state/planner';
import './TrashView.css';

/** "Tue, Mar 10, 2026 at 10:00 AM" on the practice's clock. */
function formatWhen(iso: string, zone: string | undefined): string {
  const at = DateTime.fromISO(iso, zone ? { zone } : {});
  return (at.isValid ? at : DateTime.fromISO(iso))
    .setLocale('en-US')
    .toFormat("ccc, LLL d, yyyy 'at' h:mm a");
}

function postsLabel(count: number): string {
  return count === 1 ? '1 post' : `${count} posts`;
}

export function TrashView() {
  const zone = useApp((s) => s.settings?.timezone);
  const staff = useApp((s) => s.staff);
  const [posts, setPosts] = useState<Post[] | null>(null);
  // Bumped after every change, so the list is read again from the store.
  const [reloadKey, setReloadKey] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    api('posts.trash', {})
      .then((trash) => {
        if (live) setPosts(trash);
      })
      .catch((error: unknown) => useApp.getState().fail(error));
    return () => {
      live = false;
    };
  }, [reloadKey]);

  async function restore(post: Post) {
    setBusy(true);
    // restorePost tells the user ("… is back"), or what went wrong.
    await usePlanner.getState().restorePost(post.id);
    await usePlanner.getState().reload();
    setBusy(false);
    setReloadKey((k) => k + 1);
  }

  async function emptyTrash() {
    setBusy(true);
    const app = useApp.getState();
    try {
      const { removed } = await api('posts.emptyTrash', {});
      app.notify(`Emptied the trash: ${postsLabel(removed)} deleted for good.`);
      setConfirming(false);
    } catch (error) {
      app.fail(error);
    } finally {
      setBusy(false);
      setReloadKey((k) => k + 1);
    }
  }

  const ownerName = (id: string | null) => (id ? staff.find((s) => s.id === id)?.name : undefined);

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
          onConfirm={() => void emptyTrash()}
          onCancel={() => setConfirming(false)}
        >
          <p>
            <strong>Delete {postsLabel(posts.length)} for good?</strong> This cannot be undone.
          </p>
        </ConfirmStep>
      ) : null}

      {posts === null ? (
        <p className="trash-loading" role="status">
          Looking in the trash…
        </p>
      ) : posts.length === 0 ? (
        <div className="trash-empty">
          <span className="trash-empty-mark" aria-hidden="true">
            ✨
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
                      <span aria-hidden="true">{category.icon}</span> {category.label}
                    </span>
                    {owner ? <span>Owner: {owner}</span> : null}
                  </p>
                  <dl className="trash-item-times">
                    <div>
                      <dt>Was planned for</dt>
                      <dd>
                        {post.scheduledAt
                          ? formatWhen(post.scheduledAt, zone)
                          : 'No date (an idea in the backlog)'}
                      </dd>
                    </div>
                    <div>
                      <dt>Deleted</dt>
                      <dd>{post.deletedAt ? formatWhen(post.deletedAt, zone) : '—'}</dd>
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
