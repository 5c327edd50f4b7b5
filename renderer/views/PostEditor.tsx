// The post editor: a panel beside the calendar for the post in `usePlanner.editingId`. Every
// change saves on its own (useAutosave); what each network will get is counted live with the
// same helpers (shared/captions.ts) that make the text the Copy buttons put on the clipboard.
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import { fromLocalParts, toLocalParts } from '../../shared/time';
import { LIMITS, postPatch, type Post, type PostPatch } from '../../shared/contract';
import { captionChecks, parseHashtags, type CaptionCheck } from '../../shared/captions';
import { PLATFORM_IDS, PLATFORMS, type PlatformId } from '../../shared/platforms';
import { isMissed } from '../../shared/posts';
import {
  CATEGORIES,
  CATEGORY_IDS,
  STATUSES,
  STATUS_IDS,
  type CategoryId,
  type StatusId,
} from '../../shared/vocabulary';
import { api } from '../api/client';
import { SaveStatus } from '../components/SaveStatus';
import { useAutosave } from '../hooks/useAutosave';
import { useApp } from '../state/app';
import { usePlanner } from '../state/planner';
import './PostEditor.css';

const AUTOSAVE_DELAY = 700;
/** A newly dated post starts at this wall-clock time until someone picks another. */
const DEFAULT_TIME = '09:00';

// ---- The draft: the form's values, and how they become a patch ----------------------------

interface Draft {
  title: string;
  category: CategoryId;
  status: StatusId;
  /** `YYYY-MM-DD` in the practice's zone, or '' for the backlog. */
  date: string;
  /** `HH:mm` in the practice's zone, or ''. */
  time: string;
  ownerId: string | null;
  featuredStaffIds: string[];
  platforms: PlatformId[];
  caption: string;
  /** Custom text per platform, kept even while a platform is unticked; '' = main caption. */
  platformCaptions: Partial<Record<PlatformId, string>>;
  /** As typed: `#team, smiles`. Stored as ['team', 'smiles']. */
  hashtagsText: string;
  notes: string;
}

type FieldErrors = Partial<Record<keyof PostPatch, string>>;

function draftFrom(post: Post, zone: string): Draft {
  return {
    title: post.title,
    category: post.category,
    status: post.status,
    ...toLocalParts(post.scheduledAt, zone),
    ownerId: post.ownerId,
    featuredStaffIds: post.featuredStaffIds,
    platforms: post.platforms,
    caption: post.caption,
    platformCaptions: post.platformCaptions,
    hashtagsText: post.hashtags.map((t) => `#${t}`).join(' '),
    notes: post.notes,
  };
}

/** Custom texts worth keeping (the store drops empty ones too), in a stable order. */
function keptOverrides(
  overrides: Partial<Record<PlatformId, string>>,
): Partial<Record<PlatformId, string>> {
  return Object.fromEntries(PLATFORM_IDS.flatMap((p) => (overrides[p] ? [[p, overrides[p]]] : [])));
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);
const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** What the contract would say about the draft's values: field → message, as ApiError.fields. */
function draftErrors(d: Draft, zone: string): FieldErrors {
  const errors: FieldErrors = {};
  const hashtags = parseHashtags(d.hashtagsText);
  const parsed = postPatch.safeParse({
    title: d.title,
    category: d.category,
    status: d.status,
    caption: d.caption,
    platformCaptions: keptOverrides(d.platformCaptions),
    platforms: d.platforms,
    hashtags,
    notes: d.notes,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof PostPatch | undefined;
      if (field === undefined || errors[field]) continue;
      const index = issue.path[1];
      errors[field] =
        field === 'hashtags' && typeof index === 'number' && hashtags[index] !== undefined
          ? `#${hashtags[index]}: ${issue.message}`
          : issue.message;
    }
  }
  if (fromLocalParts(d.date, d.time, zone) === undefined) {
    errors.scheduledAt =
      d.time === '' ? 'Pick a time as well, or clear the date.' : 'That is not a date and time.';
  }
  return errors;
}

/**
 * The changes from `post` to the draft that can be saved now, and the changed fields that
 * cannot (an empty title, a bad hashtag…): those wait, the rest is saved.
 */
function changesFrom(d: Draft, post: Post, zone: string): { patch: PostPatch; blocked: string[] } {
  const errors = draftErrors(d, zone);
  const patch: PostPatch = {};
  const blocked: string[] = [];
  function put<K extends keyof PostPatch>(field: K, value: PostPatch[K], unchanged: boolean) {
    if (unchanged) return;
    if (errors[field]) blocked.push(field);
    else patch[field] = value;
  }
  const title = d.title.trim();
  put('title', title, title === post.title);
  put('category', d.category, d.category === post.category);
  put('status', d.status, d.status === post.status);
  // Same wall-clock minute (a stored time may carry seconds) or same instant (a time that
  // does not exist on a clock-change day is stored as the next one that does).
  const was = toLocalParts(post.scheduledAt, zone);
  const scheduledAt = fromLocalParts(d.date, d.time, zone);
  put(
    'scheduledAt',
    scheduledAt ?? null,
    scheduledAt === post.scheduledAt ||
      (d.date === was.date && (d.date === '' || d.time === was.time)),
  );
  put('ownerId', d.ownerId, d.ownerId === post.ownerId);
  put('featuredStaffIds', d.featuredStaffIds, sameSet(d.featuredStaffIds, post.featuredStaffIds));
  put('platforms', d.platforms, sameList(d.platforms, post.platforms));
  put('caption', d.caption, d.caption === post.caption);
  const overrides = keptOverrides(d.platformCaptions);
  put(
    'platformCaptions',
    overrides,
    JSON.stringify(overrides) === JSON.stringify(keptOverrides(post.platformCaptions)),
  );
  const hashtags = parseHashtags(d.hashtagsText);
  put('hashtags', hashtags, sameList(hashtags, post.hashtags));
  put('notes', d.notes, d.notes === post.notes);
  return { patch, blocked };
}

function hasChanges(d: Draft, post: Post, zone: string): boolean {
  const { patch, blocked } = changesFrom(d, post, zone);
  return blocked.length > 0 || Object.keys(patch).length > 0;
}

function practiceZone(zone: string | undefined): string {
  return zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

// ---- Counting ------------------------------------------------------------------------------

const number = (n: number) => n.toLocaleString('en-US');

/** "X 312 / 280 — 32 over", "Instagram feed 120 / 2,200 — 2,080 left". */
function counterText(check: CaptionCheck): string {
  const { label } = PLATFORMS[check.platform];
  if (check.limit === null || check.remaining === null) {
    return `${label} ${number(check.length)} — no caption limit`;
  }
  const base = `${label} ${number(check.length)} / ${number(check.limit)}`;
  return check.over
    ? `${base} — ${number(-check.remaining)} over`
    : `${base} — ${number(check.remaining)} left`;
}

// ---- The component -------------------------------------------------------------------------

/**
 * The editor panel for the post being edited, or nothing. Meant to sit beside the calendar:
 * about 30rem wide and the full height of its container, scrolling inside.
 */
export function PostEditor() {
  const editingId = usePlanner((s) => s.editingId);
  const post = usePlanner((s) => (s.editingId ? s.posts[s.editingId] : undefined));
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
    api('posts.get', { id: editingId }).then(
      (found) => {
        if (!live) return;
        if (found.deletedAt) {
          useApp.getState().notify(`“${found.title}” is in the trash. Restore it to edit it.`);
          usePlanner.getState().openEditor(null);
          return;
        }
        usePlanner.setState((s) => ({ posts: { ...s.posts, [found.id]: found } }));
      },
      (error: unknown) => {
        if (!live) return;
        useApp.getState().fail(error);
        usePlanner.getState().openEditor(null);
      },
    );
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
    <EditorForm
      key={`${post.id}:${fresh}`}
      post={post}
      titleId={titleId}
      onNewerVersion={startAfresh}
    />
  );
}

interface EditorFormProps {
  /** The post as the planner store has it now. */
  post: Post;
  titleId: string;
  /** A newer version of the post arrived that this form did not save: start again from it. */
  onNewerVersion: () => void;
}

function EditorForm({ post, titleId, onNewerVersion }: EditorFormProps) {
  const id = post.id;
  const zone = practiceZone(useApp((s) => s.settings?.timezone));
  const staff = useApp((s) => s.staff);
  const notify = useApp((s) => s.notify);
  const updatePost = usePlanner((s) => s.updatePost);
  const deletePost = usePlanner((s) => s.deletePost);
  const openEditor = usePlanner((s) => s.openEditor);

  const [draft, setDraft] = useState(() => draftFrom(post, zone));
  const [openOverrides, setOpenOverrides] = useState<PlatformId[]>(() =>
    PLATFORM_IDS.filter((p) => (post.platformCaptions[p] ?? '').trim() !== ''),
  );
  const [unsavedOnClose, setUnsavedOnClose] = useState(false);
  const [now, setNow] = useState(() => new Date());

  // The version this form last loaded or saved, and whether a save of ours is under way:
  // together they tell our own saves apart from a newer version made elsewhere.
  const syncedVersion = useRef(post.version);
  const saving = useRef(false);

  const uid = useId();
  const ids = {
    heading: `${uid}-heading`,
    counts: `${uid}-counts`,
    error: (field: string) => `${uid}-${field}-error`,
    hint: (field: string) => `${uid}-${field}-hint`,
    override: (p: PlatformId) => `${uid}-override-${p}`,
  };

  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(
    () =>
      usePlanner.subscribe((state) => {
        const latest = state.posts[id];
        if (latest && !saving.current && latest.version > syncedVersion.current) {
          onNewerVersion();
        }
      }),
    [id, onNewerVersion],
  );

  async function save(d: Draft): Promise<boolean> {
    const current = usePlanner.getState().posts[id];
    // Gone (deleted) or changed elsewhere: the newer version is about to replace this form,
    // and saving now would write over it.
    if (!current || current.version > syncedVersion.current) return false;
    const { patch, blocked } = changesFrom(d, current, zone);
    if (Object.keys(patch).length > 0) {
      saving.current = true;
      let saved: Post | null;
      try {
        saved = await updatePost(id, patch);
      } finally {
        saving.current = false;
      }
      if (!saved) return false; // the planner has told the person why
      syncedVersion.current = saved.version;
    }
    return blocked.length === 0;
  }

  const { state, flush } = useAutosave(draft, save, {
    delay: AUTOSAVE_DELAY,
    isDirty: (d) => {
      const current = usePlanner.getState().posts[id];
      return current !== undefined && hasChanges(d, current, zone);
    },
  });

  const errors = draftErrors(draft, zone);
  const hashtags = parseHashtags(draft.hashtagsText);
  const checks = captionChecks({
    caption: draft.caption,
    platformCaptions: draft.platformCaptions,
    platforms: draft.platforms,
    hashtags,
  });
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

  const edit = (change: Partial<Draft>) => {
    setUnsavedOnClose(false);
    setDraft((d) => ({ ...d, ...change }));
  };
  const toggle = <T extends string>(
    list: readonly T[],
    item: T,
    on: boolean,
    order: readonly T[],
  ) => order.filter((x) => (x === item ? on : list.includes(x)));

  async function close(force = false) {
    await flush();
    const current = usePlanner.getState().posts[id];
    const stillUnsaved =
      current !== undefined &&
      current.version <= syncedVersion.current &&
      Object.keys(changesFrom(draft, current, zone).patch).length > 0;
    if (stillUnsaved && !force) {
      setUnsavedOnClose(true);
      return;
    }
    if (draft.title.trim() === '' && current) {
      notify(`The title was kept as “${current.title}”: a post needs a title.`);
    }
    if (usePlanner.getState().editingId === id) openEditor(null);
  }

  async function remove() {
    await flush();
    await deletePost(id);
  }

  async function copy(check: CaptionCheck) {
    const { label } = PLATFORMS[check.platform];
    try {
      await navigator.clipboard.writeText(check.text);
    } catch {
      notify(`Could not copy the ${label} caption. Select the text and copy it by hand.`, {
        tone: 'error',
      });
      return;
    }
    notify(
      check.over && check.limit !== null && check.remaining !== null
        ? `Copied the ${label} caption — it is ${number(-check.remaining)} characters over ${label}’s limit of ${number(check.limit)}.`
        : `Copied the ${label} caption`,
    );
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

  const describedBy = (field: keyof PostPatch, hint = false) =>
    [hint ? ids.hint(field) : '', errors[field] ? ids.error(field) : ''].join(' ').trim() ||
    undefined;
  const fieldError = (field: keyof PostPatch) =>
    errors[field] ? (
      <p className="field-error" id={ids.error(field)}>
        <span aria-hidden="true">⚠ </span>
        {errors[field]}
      </p>
    ) : null;

  const ownerChoices = staff.filter(
    (s) => s.active || s.id === post.ownerId || s.id === draft.ownerId,
  );
  const ownerUnknown = draft.ownerId !== null && !staff.some((s) => s.id === draft.ownerId);
  const featuredChoices = staff.filter((s) => s.active || draft.featuredStaffIds.includes(s.id));

  return (
    <aside
      className="post-editor"
      aria-labelledby={ids.heading}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <header className="post-editor-head">
        <h2 id={ids.heading}>Edit post</h2>
        <SaveStatus state={state} />
        <button type="button" className="button" onClick={() => void close()}>
          <span aria-hidden="true">✕</span> Close
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
      ) : state === 'error' && hasErrors ? (
        <p className="post-editor-alert" role="alert">
          <span aria-hidden="true">⚠ </span>
          Everything else is saved; the field marked below saves once it is fixed.
        </p>
      ) : null}

      <div className="post-editor-body">
        {missed ? (
          <p className="post-editor-banner missed">
            <span aria-hidden="true">⏰ </span>
            <strong>Missed:</strong> its time has passed and it was never approved. Give it a new
            time, approve it, or mark it skipped.
          </p>
        ) : null}

        <div className="field">
          <label className="field-label" htmlFor={titleId}>
            Title <span className="required">(required)</span>
          </label>
          <input
            id={titleId}
            type="text"
            value={draft.title}
            maxLength={LIMITS.title}
            required
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={describedBy('title')}
            onChange={(e) => edit({ title: e.target.value })}
          />
          {fieldError('title')}
        </div>

        <div className="field">
          <label className="field-label" htmlFor={`${uid}-category`}>
            Category
          </label>
          <div className="category-pick" style={{ borderColor: category.color }}>
            <span
              className="category-swatch"
              style={{ background: category.color }}
              aria-hidden="true"
            >
              {category.icon}
            </span>
            <select
              id={`${uid}-category`}
              value={draft.category}
              aria-describedby={ids.hint('category')}
              onChange={(e) => edit({ category: e.target.value as CategoryId })}
            >
              {CATEGORY_IDS.map((c) => (
                <option key={c} value={c}>
                  {`${CATEGORIES[c].icon} ${CATEGORIES[c].label}`}
                </option>
              ))}
            </select>
          </div>
          <span className="field-hint" id={ids.hint('category')}>
            {category.hint}
          </span>
        </div>

        <div className="post-editor-row">
          <div className="field">
            <label className="field-label" htmlFor={`${uid}-status`}>
              Status
            </label>
            <select
              id={`${uid}-status`}
              value={draft.status}
              onChange={(e) => edit({ status: e.target.value as StatusId })}
            >
              {STATUS_IDS.map((s) => (
                <option key={s} value={s}>
                  {`${STATUSES[s].mark} ${STATUSES[s].label}`}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${uid}-owner`}>
              Owner
            </label>
            <select
              id={`${uid}-owner`}
              value={draft.ownerId ?? ''}
              aria-describedby={describedBy('ownerId')}
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
            {fieldError('ownerId')}
          </div>
        </div>

        <fieldset className="field post-editor-when">
          <legend className="field-label">When</legend>
          <div className="post-editor-row">
            <label className="field">
              <span className="field-hint-label">Date</span>
              <input
                type="date"
                value={draft.date}
                aria-invalid={errors.scheduledAt ? true : undefined}
                aria-describedby={describedBy('scheduledAt', true)}
                onChange={(e) => {
                  const date = e.target.value;
                  edit({
                    date,
                    time: date !== '' && draft.time === '' ? DEFAULT_TIME : draft.time,
                  });
                }}
              />
            </label>
            <label className="field">
              <span className="field-hint-label">Time</span>
              <input
                type="time"
                value={draft.time}
                aria-invalid={errors.scheduledAt ? true : undefined}
                aria-describedby={describedBy('scheduledAt', true)}
                onChange={(e) => edit({ time: e.target.value })}
              />
            </label>
          </div>
          <div className="post-editor-when-foot">
            <span className="field-hint" id={ids.hint('scheduledAt')}>
              {draft.date === ''
                ? 'No date: this post waits in the backlog.'
                : shiftedTime !== draft.time
                  ? `The clocks change then: ${draft.time} does not exist that day, so it will be ${shiftedTime} (${zone.replaceAll('_', ' ')}).`
                  : `Practice time (${zone.replaceAll('_', ' ')}).`}
            </span>
            <button
              type="button"
              className="button"
              disabled={draft.date === '' && draft.time === ''}
              onClick={() => edit({ date: '', time: '' })}
            >
              No date (backlog)
            </button>
          </div>
          {fieldError('scheduledAt')}
        </fieldset>

        <fieldset className="field">
          <legend className="field-label">Featured staff</legend>
          {featuredChoices.length === 0 ? (
            <p className="field-hint">Nobody on the staff list yet.</p>
          ) : (
            <div className="chip-list">
              {featuredChoices.map((s) => (
                <label key={s.id} className="chip">
                  <input
                    type="checkbox"
                    checked={draft.featuredStaffIds.includes(s.id)}
                    onChange={(e) =>
                      edit({
                        featuredStaffIds: toggle(
                          draft.featuredStaffIds,
                          s.id,
                          e.target.checked,
                          staff.map((x) => x.id),
                        ),
                      })
                    }
                  />
                  <span className="chip-dot" style={{ background: s.color }} aria-hidden="true" />
                  {s.name}
                  {s.active ? '' : ' (archived)'}
                </label>
              ))}
            </div>
          )}
          {fieldError('featuredStaffIds')}
        </fieldset>

        <fieldset className="field">
          <legend className="field-label">Platforms</legend>
          <div className="chip-list">
            {PLATFORM_IDS.map((p) => (
              <label key={p} className="chip">
                <input
                  type="checkbox"
                  checked={draft.platforms.includes(p)}
                  onChange={(e) =>
                    edit({
                      platforms: toggle(draft.platforms, p, e.target.checked, PLATFORM_IDS),
                    })
                  }
                />
                {PLATFORMS[p].label}
              </label>
            ))}
          </div>
          {fieldError('platforms')}
        </fieldset>

        <div className="field">
          <label className="field-label" htmlFor={`${uid}-caption`}>
            Caption
          </label>
          <textarea
            id={`${uid}-caption`}
            className="post-editor-caption"
            rows={8}
            value={draft.caption}
            maxLength={LIMITS.caption}
            aria-invalid={errors.caption ? true : undefined}
            aria-describedby={[ids.counts, errors.caption ? ids.error('caption') : '']
              .join(' ')
              .trim()}
            onChange={(e) => edit({ caption: e.target.value })}
          />
          {fieldError('caption')}
        </div>

        <section className="caption-checks" aria-labelledby={ids.counts}>
          <h3 id={ids.counts}>Length per platform (with hashtags)</h3>
          {checks.length === 0 ? (
            <p className="field-hint">Tick the platforms above to see the length for each.</p>
          ) : (
            <ul>
              {checks.map((check) => (
                <li
                  key={check.platform}
                  className={check.over ? 'caption-check over' : 'caption-check'}
                >
                  <span className="caption-check-text">
                    {check.over ? <span aria-hidden="true">⚠ </span> : null}
                    {counterText(check)}
                    {PLATFORMS[check.platform].note ? (
                      <span className="caption-check-note">{PLATFORMS[check.platform].note}</span>
                    ) : null}
                  </span>
                  <button
                    type="button"
                    className="button"
                    aria-label={`Copy the ${PLATFORMS[check.platform].label} caption`}
                    onClick={() => void copy(check)}
                  >
                    Copy
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>

        {draft.platforms.length > 0 ? (
          <div className="post-editor-overrides">
            {draft.platforms.map((p) => {
              const { label } = PLATFORMS[p];
              const text = draft.platformCaptions[p] ?? '';
              const open = openOverrides.includes(p);
              return (
                <div key={p} className="override">
                  <button
                    type="button"
                    className="button ghost override-toggle"
                    aria-expanded={open}
                    aria-controls={open ? ids.override(p) : undefined}
                    onClick={() => setOpenOverrides((list) => toggle(list, p, !open, PLATFORM_IDS))}
                  >
                    <span aria-hidden="true">{open ? '▾' : '▸'}</span> Custom text for {label}
                    {text.trim() !== '' ? <span className="override-in-use"> (in use)</span> : null}
                  </button>
                  {open ? (
                    <div className="field" id={ids.override(p)}>
                      <textarea
                        rows={4}
                        value={text}
                        maxLength={LIMITS.caption}
                        aria-label={`Custom text for ${label}`}
                        aria-describedby={ids.hint(`override-${p}`)}
                        onChange={(e) =>
                          edit({
                            platformCaptions: { ...draft.platformCaptions, [p]: e.target.value },
                          })
                        }
                      />
                      <span className="field-hint" id={ids.hint(`override-${p}`)}>
                        Leave empty to use the main caption on {label}.
                      </span>
                    </div>
                  ) : null}
                </div>
              );
            })}
            {fieldError('platformCaptions')}
          </div>
        ) : null}

        <div className="field">
          <label className="field-label" htmlFor={`${uid}-hashtags`}>
            Hashtags
          </label>
          <input
            id={`${uid}-hashtags`}
            type="text"
            value={draft.hashtagsText}
            placeholder="#team #behindthescenes"
            aria-invalid={errors.hashtags ? true : undefined}
            aria-describedby={describedBy('hashtags', true)}
            onChange={(e) => edit({ hashtagsText: e.target.value })}
          />
          <span className="field-hint" id={ids.hint('hashtags')}>
            Separate with spaces or commas; the # is optional. They are added on a new line after
            the caption.
          </span>
          {fieldError('hashtags')}
        </div>

        <div className="field">
          <label className="field-label" htmlFor={`${uid}-notes`}>
            Notes
          </label>
          <textarea
            id={`${uid}-notes`}
            rows={4}
            value={draft.notes}
            maxLength={LIMITS.notes}
            aria-describedby={describedBy('notes')}
            onChange={(e) => edit({ notes: e.target.value })}
          />
          {fieldError('notes')}
        </div>

        <div className="post-editor-foot">
          <button type="button" className="button danger" onClick={() => void remove()}>
            <span aria-hidden="true">🗑</span> Delete post
          </button>
          <span className="field-hint">It goes to the trash; you can undo.</span>
        </div>
      </div>
    </aside>
  );
}
