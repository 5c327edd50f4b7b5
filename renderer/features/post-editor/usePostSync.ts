// The editor's link between what is typed and what is stored: it autosaves the draft (creating
// a new post on its first real change), merges a newer version saved elsewhere by field
// instead of throwing the typing away, keeps fields changed on both sides out of the save
// until the person picks a side, and holds back a far-off date until it is confirmed.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Post, PostPatch } from '../../../shared/contract';
import { fromLocalParts } from '../../../shared/time';
import { fieldErrorsOf } from '../../data/errors';
import { createPost, fetchPost, findPost, movePost, updatePost } from '../../data/posts';
import { notify } from '../../state/notices';
import { useAutosave } from '../../hooks/useAutosave';
import { NEW_POST_ID, newPostSaved } from '../../state/ui';
import { differs, mergeDrafts, patchKeyOf, takeField, type ConflictField } from './conflict-utils';
import { dateConcern } from './date-check-utils';
import {
  changesFrom,
  draftFrom,
  EDITOR_FIELDS,
  hasChanges,
  type Draft,
  type FieldErrors,
} from './post-editor-utils';

const AUTOSAVE_DELAY = 700;
/** How often the post is read again while a conflict waits for the person. */
const CONFLICT_REREAD_MS = 1000;

export function usePostSync(post: Post, zone: string, now: Date) {
  const [draft, setDraft] = useState(() => draftFrom(post, zone));
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [conflicts, setConflicts] = useState<ConflictField[]>([]);
  // The far-off date the person said yes to.
  const [confirmedAt, setConfirmedAt] = useState<string | null>(null);

  // The saved post's id (null while a new post is not saved yet), the version this form last
  // loaded or saved and that version itself (the base of a merge), and whether a save of ours
  // is under way: together they tell our own saves apart from a newer version made elsewhere.
  const savedId = useRef(post.id === NEW_POST_ID ? null : post.id);
  const base = useRef(post);
  // The same, for rendering (refs are not read while rendering).
  const [shownBase, setShownBase] = useState(post);
  const rebase = (next: Post) => {
    base.current = next;
    setShownBase(next);
  };
  const syncedVersion = useRef(post.version);
  const saving = useRef(false);
  const latest = useRef({ draft, conflicts });
  useLayoutEffect(() => {
    latest.current = { draft, conflicts };
  });

  /** The post as saved now: the blank one while a new post is not saved yet. */
  const stored = (): Post | undefined =>
    savedId.current === null ? base.current : findPost(savedId.current);

  // A newer version saved elsewhere: merge it into the draft, field by field.
  useEffect(() => {
    if (savedId.current === null || post.id !== savedId.current) return;
    if (post.version <= syncedVersion.current || saving.current) return;
    const mine = latest.current.draft;
    const theirs = draftFrom(post, zone);
    const merged = mergeDrafts(draftFrom(base.current, zone), mine, theirs);
    rebase(post);
    syncedVersion.current = post.version;
    // Fields still in conflict stay so while both sides still differ there.
    const still = latest.current.conflicts.filter((f) => differs(f, merged.draft, theirs));
    setConflicts([...new Set([...still, ...merged.conflicts])]);
    // A new object even when nothing changed: the autosave retries with the newer version.
    setDraft({ ...merged.draft });
  }, [post, zone]);

  // While a conflict waits for the person, the other window may save again; nothing tells this
  // one (the windows share the file), so it reads the post again now and then, and the merge
  // above shows the other window's latest value.
  const asking = conflicts.length > 0;
  useEffect(() => {
    const id = savedId.current;
    if (!asking || id === null) return;
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void fetchPost(id, { quiet: true });
    }, CONFLICT_REREAD_MS);
    return () => clearInterval(timer);
  }, [asking]);

  const isNew = shownBase.id === NEW_POST_ID;
  const scheduledAt = fromLocalParts(draft.date, draft.time, zone);
  const concern =
    scheduledAt === confirmedAt
      ? null
      : dateConcern(scheduledAt, isNew ? null : shownBase.scheduledAt, now);

  async function save(d: Draft): Promise<boolean> {
    const current = stored();
    // Gone (deleted), or a newer version is about to be merged in.
    if (!current || current.version > syncedVersion.current) return false;
    const { patch, blocked } = changesFrom(d, current, zone);
    let held = false;
    for (const field of latest.current.conflicts) {
      const key = patchKeyOf(field);
      if (key in patch) {
        delete patch[key];
        held = true;
      }
    }
    if ('scheduledAt' in patch && concern !== null) {
      delete patch.scheduledAt;
      held = true;
    }
    if (Object.keys(patch).length > 0) {
      saving.current = true;
      const outcome =
        savedId.current === null
          ? await create(current, patch)
          : await updatePost(savedId.current, patch, {
              fieldsShown: EDITOR_FIELDS,
              onConflict: 'merge',
            }).finally(() => (saving.current = false));
      if (!outcome.ok) {
        if (outcome.error) setServerErrors(fieldErrorsOf(outcome.error, EDITOR_FIELDS));
        return false;
      }
      setServerErrors({});
      rebase(outcome.data);
      syncedVersion.current = outcome.data.version;
    }
    return blocked.length === 0 && !held;
  }

  /** A new post's first save: the post is created with everything typed so far. */
  async function create(blank: Post, patch: PostPatch) {
    const created = await createPost({
      title: blank.title,
      category: blank.category,
      status: blank.status,
      scheduledAt: blank.scheduledAt,
      ...patch,
    }).finally(() => (saving.current = false));
    if (!created) return { ok: false as const, error: null };
    savedId.current = created.id;
    newPostSaved(created.id);
    return { ok: true as const, data: created };
  }

  const isDirty = (d: Draft) => {
    const current = stored();
    return current !== undefined && hasChanges(d, current, zone);
  };
  const autosave = useAutosave(draft, save, { delay: AUTOSAVE_DELAY, isDirty });

  /** Settles a conflict: keep this window's value, or take the other window's. */
  function resolve(field: ConflictField, keep: 'mine' | 'theirs') {
    setConflicts((list) => list.filter((f) => f !== field));
    setDraft((d) =>
      keep === 'mine' ? { ...d } : takeField(d, field, draftFrom(base.current, zone)),
    );
  }

  /** Media and consent links save at once, after any typing waiting to be saved. */
  async function saveLinks(patch: PostPatch): Promise<boolean> {
    await autosave.flush();
    const id = savedId.current;
    if (id === null) return false;
    saving.current = true;
    const outcome = await updatePost(id, patch).finally(() => (saving.current = false));
    if (!outcome.ok) return false;
    syncedVersion.current = outcome.data.version;
    rebase(outcome.data);
    return true;
  }

  /** The one way to take the date away: the post goes to the backlog at once, with Undo. */
  async function moveToBacklog() {
    const id = savedId.current;
    if (id === null) {
      // Not saved yet: nothing to move and nothing to undo.
      setDraft((d) => ({ ...d, date: '', time: '' }));
      return;
    }
    await autosave.flush();
    const was = findPost(id)?.scheduledAt ?? null;
    // A date typed but waiting for its confirmation goes too; the move then merges in.
    setDraft((d) => takeField(d, 'when', draftFrom(base.current, zone)));
    if (was !== null && (await movePost(id, null))) {
      notify(`“${base.current.title}” moved to the backlog.`, {
        action: { label: 'Undo', run: () => void movePost(id, was) },
      });
    }
  }

  return {
    draft,
    setDraft,
    saveLinks,
    serverErrors,
    setServerErrors,
    ...autosave,
    isNew,
    /** Whether the draft as it is now still differs from what is saved. */
    hasUnsaved: () => isDirty(latest.current.draft),
    /** The saved post's id, or null while a new post is not saved yet. */
    savedId: () => savedId.current,
    syncedVersion: () => syncedVersion.current,
    /** The post as saved (the newer version, when conflicts are asked about). */
    theirs: draftFrom(shownBase, zone),
    conflicts,
    resolve,
    scheduledAt,
    dateConcern: concern,
    confirmDate: () => {
      setConfirmedAt(scheduledAt ?? null);
      // A new object: the autosave saves the date now confirmed.
      setDraft((d) => ({ ...d }));
    },
    moveToBacklog,
    /** Puts the date back as saved. */
    undoDate: () => setDraft((d) => takeField(d, 'when', draftFrom(base.current, zone))),
  };
}
