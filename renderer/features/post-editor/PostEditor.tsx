// The post editor: a panel beside the calendar for the post open in `useUi.editingId`. This is
// the container: it finds the post (fetching one the calendar has not loaded), or shows a new
// post that is not saved yet (NEW_POST_ID). The form is PostEditorForm; it merges a newer
// version saved elsewhere into what is being typed (usePostSync).
import { useEffect, useId, useMemo } from 'react';
import { fetchPost, usePost } from '../../data/posts';
import { notify } from '../../state/notices';
import { NEW_POST_ID, openEditor, useUi } from '../../state/ui';
import { unsavedPost } from './new-post-utils';
import { PostEditorForm } from './PostEditorForm';
import './PostEditor.css';

export function PostEditor() {
  const editingId = useUi((s) => s.editingId);
  const newPost = useUi((s) => s.newPost);
  // A new post keeps its form (and its key) when its first save gives it an id.
  const editorKey = useUi((s) => s.editorKey);
  const stored = usePost(editingId === NEW_POST_ID ? null : editingId);
  const blank = useMemo(() => (newPost ? unsavedPost(newPost) : undefined), [newPost]);
  const post = editingId === NEW_POST_ID ? blank : stored;
  const loaded = post !== undefined;
  const titleId = useId();
  const formKey = editorKey ?? editingId;

  // A post opened that the planner has not loaded (outside the visible range): fetch it.
  useEffect(() => {
    if (editingId === null || editingId === NEW_POST_ID || loaded) return;
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

  // Opening a post puts the cursor in its title (a new post's title is selected, so typing
  // replaces it); not again when the new post's first save gives it an id.
  useEffect(() => {
    if (formKey === null || !loaded) return;
    const title = document.getElementById(titleId);
    title?.focus();
    if (title instanceof HTMLInputElement && formKey.startsWith('new-')) title.select();
  }, [formKey, loaded, titleId]);

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
  return <PostEditorForm key={formKey} post={post} titleId={titleId} />;
}
