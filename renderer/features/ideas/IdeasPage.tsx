// The backlog as a page of its own, with the editor beside it.
import { useUi } from '../../state/ui';
import { EditorPanel } from '../post-editor/EditorPanel';
import { BacklogPanel } from './BacklogPanel';

export function IdeasPage() {
  const editingId = useUi((s) => s.editingId);
  return (
    <div className={`ideas-page ${editingId ? 'has-editor' : ''}`}>
      <BacklogPanel />
      {editingId ? <EditorPanel /> : null}
    </div>
  );
}
