// The post editor: a panel beside the calendar for the post open in `useUi.editingId`. This is
// the container: it finds the post (fetching one the calendar has not loaded), and starts a
// fresh form when a newer version arrives from elsewhere. The form is PostEditorForm.
import { useCallback, useEffect, useId, useState } from 'react';
import { fetchPost, usePost } from '../../data/posts';
import { notify } from '../../state/notices';
import { openEditor, useUi } from '../../state/ui';
import { PostEditorForm } from './PostEditorForm';
import './PostEditor.css';

export function PostEditor() {
  const editingId = useUi((s) => s.editingId);
  const post = usePost(editingId);
  const loaded = post !== undefined;
  // A newer version arriving from elsewhere (e.g. "Load newer version" after a conflict)
  // starts a fresh draft: a new key remounts the form.
  const [fresh, setFresh] = useState(0);
  const startAfresh = useCallback(() => setFresh((n) => n + 1), []);
  const titleId = useId();

  // A post opened that the planner has not loaded (outside the visible range): fetch it.
  useEffect(() => {
    if (editingId === null || loaded) return;
    let live = true;
    void fetchPost(editingId).then((found) => {
      if (!live) return;
      if (!found) openEditor(null);
      else if (found.deletedAt) {
        notify(`“${found.title}” is in the trash. Restore it to edit it.`);
        openEditor(null);
      }
    });
    return () => {
      live = false;
    };
  }, [editingId, loaded]);

  // Opening a post puts the cursor in its title (not when a newer version replaces the form).
  useEffect(() => {
    if (editingId !== null && loaded) document.getElementById(titleId)?.focus();
  }, [editingId, loaded, titleId]);

  if (editingId === null) return null;
  if (!post) {
    return (
      <aside className="post-editor" aria-label="Post editor" aria-busy="true">
        <p className="post-editor-loading" role="status">
          Opening the post…
        </p>
      </aside>
    );
  }
  return (
    <PostEditorForm
      key={`${post.id}:${fresh}`}
      post={post}
      titleId={titleId}
      onNewerVersion={startAfresh}
    />
  );
}
