// The post's fields, saving on their own a moment after typing stops (useAutosave). Problems
// the form can see (an empty title) and problems the server names (an archived owner) show
// beside their field; the rest of the post saves meanwhile.
import { AlarmClock, Trash2, TriangleAlert, X } from 'lucide-react';
import { useId, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { Post } from '../../../shared/contract';
import { LIMITS } from '../../../shared/limits';
import { parseHashtags } from '../../../shared/captions';
import { isMissed } from '../../../shared/posts';
import { fromLocalParts, toLocalParts } from '../../../shared/time';
import {
  CATEGORIES,
  CATEGORY_IDS,
  STATUSES,
  STATUS_IDS,
  type CategoryId,
  type StatusId,
} from '../../../shared/vocabulary';
import { Field } from '../../components/form/Field';
import { CategoryIcon } from '../../components/icons';
import { SaveStatus } from '../../components/form/SaveStatus';
import { deletePost, findPost } from '../../data/posts';
import { usePracticeZone } from '../../data/settings';
import { useStaff } from '../../data/staff';
import { useNow } from '../../hooks/useNow';
import { notify } from '../../state/notices';
import { openEditor, useUi } from '../../state/ui';
import { CaptionSection } from './CaptionSection';
import { PeopleAndPlatforms } from './PeopleAndPlatforms';
import { ConflictChoices, DateConfirm } from './SyncNotices';
import { dateConcernText, unfinishedDateText, type UnfinishedDate } from './date-check-utils';
import { usePostSync } from './usePostSync';
import { WhenFields } from './WhenFields';
import { MediaSection } from '../media/MediaSection';
import { ConsentFlagBanner, ConsentGate } from '../consent/ConsentGate';
import { EditorTools } from '../rhythm/EditorTools';
import { PrivacyWarning } from '../privacy/PrivacyWarning';
import { changesFrom, draftErrors, type Draft, type FieldErrors } from './post-editor-utils';

export interface PostEditorFormProps {
  /** The post as the store has it now. */
  post: Post;
  titleId: string;
}

export function PostEditorForm({ post, titleId }: PostEditorFormProps) {
  const zone = usePracticeZone();
  const staff = useStaff();
  const now = useNow();
  const sync = usePostSync(post, zone, now);
  const { draft, setDraft, serverErrors, setServerErrors, state, flush } = sync;
  const [unsavedOnClose, setUnsavedOnClose] = useState(false);
  // What the date field holds while it is no whole date, and the saved date the post keeps
  // meanwhile: it counts while the draft has that date (a date from elsewhere ends it).
  const [unfinished, setUnfinished] = useState<{ kind: UnfinishedDate; over: string } | null>(null);
  const uid = useId();

  const dateProblem =
    unfinished?.over === draft.date ? unfinishedDateText(unfinished.kind, draft.date) : null;
  const errors: FieldErrors = {
    ...serverErrors,
    ...draftErrors(draft, zone),
    ...(dateProblem ? { scheduledAt: dateProblem } : {}),
  };
  // Typing that is not saved is not "All changes saved".
  const shownState = dateProblem ? 'error' : state;
  const hashtags = parseHashtags(draft.hashtagsText);
  const scheduledAt = fromLocalParts(draft.date, draft.time, zone);
  const missed = isMissed(
    {
      scheduledAt: scheduledAt === undefined ? post.scheduledAt : scheduledAt,
      status: draft.status,
    },
    now,
  );
  // 02:30 on the night the clocks go forward does not exist: say which time it will be.
  const shiftedTime = scheduledAt ? toLocalParts(scheduledAt, zone).time : draft.time;
  const category = CATEGORIES[draft.category];
  const hasErrors = Object.keys(errors).length > 0;

  function edit(change: Partial<Draft>) {
    setUnsavedOnClose(false);
    // A field the person changes is theirs again: the server's word on it no longer applies.
    setServerErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(change))
        delete next[(key === 'date' || key === 'time' ? 'scheduledAt' : key) as keyof FieldErrors];
      return next;
    });
    setDraft((d) => ({ ...d, ...change }));
  }

  async function close(force = false) {
    await flush();
    const id = sync.savedId();
    if (id === null) {
      // A new post is kept only once its first save created it; untouched, nothing is kept.
      if (sync.hasUnsaved() && !force) setUnsavedOnClose(true);
      else openEditor(null);
      return;
    }
    const current = findPost(id);
    const stillUnsaved =
      current !== undefined &&
      current.version <= sync.syncedVersion() &&
      Object.keys(changesFrom(draft, current, zone).patch).length > 0;
    if (stillUnsaved && !force) {
      setUnsavedOnClose(true);
      return;
    }
    if (draft.title.trim() === '' && current) {
      notify(`The title was kept as “${current.title}”: a post needs a title.`);
    }
    if (useUi.getState().editingId === id) openEditor(null);
  }

  async function remove() {
    await flush();
    const id = sync.savedId();
    if (id === null || (await deletePost(id))) openEditor(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      void close();
    }
  }

  function onBlur(event: FocusEvent<HTMLElement>) {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !event.currentTarget.contains(next)) void flush();
  }

  const ownerChoices = staff.filter(
    (s) => s.active || s.id === post.ownerId || s.id === draft.ownerId,
  );
  const ownerUnknown = draft.ownerId !== null && !staff.some((s) => s.id === draft.ownerId);
  const featuredChoices = staff.filter((s) => s.active || draft.featuredStaffIds.includes(s.id));

  return (
    <aside
      className="post-editor"
      aria-labelledby={`${uid}-heading`}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <header className="post-editor-head">
        <h2 id={`${uid}-heading`}>Edit post</h2>
        {sync.isNew && shownState === 'saved' ? (
          <span className="save-status" role="status">
            New post: saved once you type
          </span>
        ) : (
          <SaveStatus state={shownState} />
        )}
        <button type="button" className="button" onClick={() => void close()}>
          <X aria-hidden="true" size="1.1em" className="mark" /> Close
        </button>
      </header>
      {unsavedOnClose ? (
        <div className="post-editor-alert" role="alert">
          <p>
            Your latest changes could not be saved yet (see the message at the bottom). Keep
            editing, or close and leave them.
          </p>
          <button type="button" className="button danger" onClick={() => void close(true)}>
            Close without them
          </button>
        </div>
      ) : shownState === 'error' && hasErrors ? (
        <p className="post-editor-alert" role="alert">
          <TriangleAlert aria-hidden="true" size="1em" className="mark" />
          Everything else is saved; the field marked below saves once it is fixed.
        </p>
      ) : null}

      {/* Above the scrolling fields, so it is seen whichever field is being typed in. */}
      <ConflictChoices
        conflicts={sync.conflicts}
        mine={draft}
        theirs={sync.theirs}
        zone={zone}
        staff={staff}
        onResolve={sync.resolve}
      />
      <div className="post-editor-body">
        {missed ? (
          <p className="post-editor-banner missed">
            <AlarmClock aria-hidden="true" size="1em" className="mark" />
            <strong>Missed:</strong> its time has passed and it was never approved. Give it a new
            time, approve it, or mark it skipped.
          </p>
        ) : null}

        <ConsentFlagBanner post={post} />
        <PrivacyWarning category={draft.category} title={draft.title} caption={draft.caption} />

        <div className="field">
          <label className="field-label" htmlFor={titleId}>
            Title <span className="required">(required)</span>
          </label>
          <input
            dir="auto"
            id={titleId}
            type="text"
            value={draft.title}
            maxLength={LIMITS.title}
            required
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? `${titleId}-error` : undefined}
            onChange={(e) => edit({ title: e.target.value })}
          />
          {errors.title ? (
            <p className="field-error" id={`${titleId}-error`}>
              <TriangleAlert aria-hidden="true" size="1em" className="mark" />
              {errors.title}
            </p>
          ) : null}
        </div>

        <Field label="Category" hint={category.hint} error={errors.category}>
          {(control) => (
            <div className="category-pick" style={{ borderColor: category.color }}>
              <span
                className="category-swatch"
                style={{ background: category.color }}
                aria-hidden="true"
              >
                <CategoryIcon category={draft.category} />
              </span>
              <select
                {...control}
                value={draft.category}
                onChange={(e) => edit({ category: e.target.value as CategoryId })}
              >
                {CATEGORY_IDS.map((c) => (
                  <option key={c} value={c}>
                    {CATEGORIES[c].label}
                  </option>
                ))}
              </select>
            </div>
          )}
        </Field>

        <div className="post-editor-row">
          <Field label="Status" error={errors.status}>
            {(control) => (
              <select
                {...control}
                value={draft.status}
                onChange={(e) => edit({ status: e.target.value as StatusId })}
              >
                {STATUS_IDS.map((s) => (
                  <option key={s} value={s}>
                    {STATUSES[s].label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Owner" error={errors.ownerId}>
            {(control) => (
              <select
                {...control}
                value={draft.ownerId ?? ''}
                onChange={(e) => edit({ ownerId: e.target.value === '' ? null : e.target.value })}
              >
                <option value="">No owner</option>
                {ownerChoices.map((s) => (
                  <option key={s.id} value={s.id}>
                    {`${s.name}${s.active ? '' : ' (archived)'}`}
                  </option>
                ))}
                {ownerUnknown ? (
                  <option value={draft.ownerId!}>Someone no longer listed</option>
                ) : null}
              </select>
            )}
          </Field>
        </div>

        <WhenFields
          draft={draft}
          error={errors.scheduledAt}
          zone={zone}
          shiftedTime={shiftedTime}
          unfinished={unfinished?.over === draft.date}
          onUnfinished={(kind) => {
            // The post keeps its saved date: a date passed through on the way is not kept.
            if (kind) sync.undoDate();
            setUnfinished(kind && { kind, over: sync.theirs.date });
          }}
          onEdit={edit}
          onMoveToBacklog={() => {
            setUnfinished(null);
            void sync.moveToBacklog();
          }}
        />
        {sync.dateConcern && sync.scheduledAt ? (
          <DateConfirm
            text={dateConcernText(sync.dateConcern, sync.scheduledAt, zone)}
            onConfirm={sync.confirmDate}
            onUndo={sync.undoDate}
          />
        ) : null}

        <PeopleAndPlatforms
          draft={draft}
          errors={errors}
          staff={staff}
          choices={featuredChoices}
          onEdit={edit}
        />

        {sync.isNew ? null : (
          <>
            <MediaSection post={post} save={sync.saveLinks} />
            <ConsentGate post={post} save={sync.saveLinks} />
          </>
        )}

        <CaptionSection
          draft={draft}
          hashtags={hashtags}
          errors={errors}
          countsId={`${uid}-counts`}
          onEdit={edit}
          savedId={async () => (await flush(), sync.savedId())}
        />

        <Field
          label="Hashtags"
          error={errors.hashtags}
          hint="Separate with spaces or commas; the # is optional. They are added on a new line after the caption."
        >
          {(control) => (
            <input
              dir="auto"
              {...control}
              type="text"
              value={draft.hashtagsText}
              placeholder="#team #behindthescenes"
              onChange={(e) => edit({ hashtagsText: e.target.value })}
            />
          )}
        </Field>

        <EditorTools
          post={post}
          caption={draft.caption}
          category={draft.category}
          featured={staff.find((s) => s.id === draft.featuredStaffIds[0]) ?? null}
          hashtagsText={draft.hashtagsText}
          platforms={draft.platforms}
          onCaption={(caption) => edit({ caption })}
          onHashtags={(hashtagsText) => edit({ hashtagsText })}
        />

        <Field label="Notes" error={errors.notes}>
          {(control) => (
            <textarea
              dir="auto"
              {...control}
              rows={4}
              value={draft.notes}
              maxLength={LIMITS.notes}
              onChange={(e) => edit({ notes: e.target.value })}
            />
          )}
        </Field>

        <div className="post-editor-foot">
          <button type="button" className="button danger" onClick={() => void remove()}>
            <Trash2 aria-hidden="true" size="1.1em" className="mark" /> Delete post
          </button>
          <span className="field-hint">It goes to the trash; you can undo.</span>
        </div>
      </div>
    </aside>
  );
}
