import { useEffect } from 'react';
import { usePlanner } from '../state/planner';
import { BacklogPanel } from './BacklogPanel';
import { PostEditor } from './PostEditor';

/** The backlog as a page of its own, with the editor beside it. */
export function IdeasView() {
  const editingId = usePlanner((s) => s.editingId);
  useEffect(() => {
    void usePlanner.getState().loadBacklog();
  }, []);
  return (
    <div className={`ideas-page ${editingId ? 'has-editor' : ''}`}>
      <BacklogPanel />
      {editingId ? (
        <div className="side-panel">
          <PostEditor />
        </div>
      ) : null}
    </div>
  );
}
