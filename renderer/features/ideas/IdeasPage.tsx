// The backlog as a page of its own, with the editor beside it.
import { lazy, Suspense } from 'react';
import { useUi } from '../../state/ui';
import { BacklogPanel } from './BacklogPanel';

const PostEditor = lazy(() =>
  import('../post-editor/PostEditor').then((m) => ({ default: m.PostEditor })),
);

export function IdeasPage() {
  const editingId = useUi((s) => s.editingId);
  return (
    <div className={`ideas-page ${editingId ? 'has-editor' : ''}`}>
      <BacklogPanel />
      {editingId ? (
        <div className="side-panel">
          <Suspense
            fallback={
              <p className="loading" role="status">
                Opening the post…
              </p>
            }
          >
            <PostEditor />
          </Suspense>
        </div>
      ) : null}
    </div>
  );
}
