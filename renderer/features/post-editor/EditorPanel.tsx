// The editor as a side panel (beside the calendar or the ideas). Its code, and the validation
// rules it brings, load after the page has painted.
import { lazy, Suspense } from 'react';

const PostEditor = lazy(() => import('./PostEditor').then((m) => ({ default: m.PostEditor })));

export function EditorPanel() {
  return (
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
  );
}
