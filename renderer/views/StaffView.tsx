// The Staff page: the people behind the posts. Shown on the shared screen in the weekly meeting,
// so it reads from across the room: big initials, names, roles, and who owns how many upcoming
// posts (with a visible flag for posts nobody owns). Adding a person is an explicit action;
// editing someone autosaves; archiving never deletes and can be undone.
import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type ReactNode,
  type Ref,
} from 'react';
import { DateTime, Info } from 'luxon';
import type { ChannelInput, Staff } from '../../shared/contract';
import { LIMITS } from '../../shared/contract';
import { ApiError } from '../../shared/envelope';
import { STAFF_COLORS, initials, pickStaffColor } from '../../shared/staff';
import { api } from '../api/client';
import { ConfirmStep } from '../components/ConfirmStep';
import { SaveStatus } from '../components/SaveStatus';
import { useAutosave } from '../hooks/useAutosave';
import { useApp } from '../state/app';
import './StaffView.css';

// ---- Formatting ------------------------------------------------------------------------------

const LOCALE = 'en-US';

/** Names for the offered colours, so each swatch has an accessible name. */
const COLOR_NAMES: Record<string, string> = {
  '#1d6fa5': 'Blue',
  '#7a3fa0': 'Purple',
  '#b0357a': 'Raspberry',
  '#a24d0c': 'Amber',
  '#16736a': 'Teal',
  '#3f7a22': 'Green',
  '#a3322c': 'Red',
  '#4b5bb5': 'Indigo',
  '#6b5a12': 'Olive',
  '#55606e': 'Slate',
};

const MONTHS = Info.months('long', { locale: LOCALE });

/** "04-17" → "17 April". */
function formatBirthday(monthDay: string): string {
  const [month, day] = monthDay.split('-').map(Number);
  const date = DateTime.fromObject({ year: 2000, month, day }, { locale: LOCALE });
  return date.isValid ? date.toFormat('d LLLL') : monthDay;
}

/** "2021-09-02" → "since Sep 2021". */
function formatStartedOn(isoDate: string): string {
  const date = DateTime.fromISO(isoDate, { locale: LOCALE });
  return date.isValid ? `since ${date.toFormat('LLL yyyy')}` : `since ${isoDate}`;
}

function upcomingText(count: number): string {
  return `${count} upcoming post${count === 1 ? '' : 's'}`;
}

/** Days in a month of a leap year, so 29 February is offered. */
function daysIn(month: string): number {
  return month ? DateTime.fromObject({ year: 2000, month: Number(month) }).daysInMonth! : 31;
}

const pad = (n: number) => String(n).padStart(2, '0');

// ---- Drafts ----------------------------------------------------------------------------------

type FieldName = 'name' | 'role' | 'color' | 'birthday' | 'startedOn' | 'funFact';
type FieldErrors = Partial<Record<FieldName | 'form', string>>;

interface Draft {
  name: string;
  role: string;
  /** null in the add form: "the next unused colour". */
  color: string | null;
  month: string;
  day: string;
  startedOn: string;
  funFact: string;
}

const EMPTY_DRAFT: Draft = {
  name: '',
  role: '',
  color: null,
  month: '',
  day: '',
  startedOn: '',
  funFact: '',
};

function draftOf(person: Staff): Draft {
  const [month = '', day = ''] = person.birthday?.split('-') ?? [];
  return {
    name: person.name,
    role: person.role,
    color: person.color,
    month,
    day,
    startedOn: person.startedOn ?? '',
    funFact: person.funFact,
  };
}

/** MM-DD, null for no birthday, or undefined while only half of it is chosen. */
function birthdayOf(draft: Draft): string | null | undefined {
  if (draft.month && draft.day) return `${draft.month}-${draft.day}`;
  if (!draft.month && !draft.day) return null;
  return undefined;
}

const HALF_BIRTHDAY = 'Choose both a month and a day (or neither).';

type StaffPatch = Omit<ChannelInput<'staff.update'>, 'id' | 'version'>;

/** What differs between the draft and the saved person (a half-chosen birthday waits). */
function changes(draft: Draft, person: Staff): StaffPatch {
  const patch: StaffPatch = {};
  if (draft.name.trim() !== person.name) patch.name = draft.name;
  if (draft.role.trim() !== person.role) patch.role = draft.role;
  if (draft.color && draft.color !== person.color) patch.color = draft.color;
  const birthday = birthdayOf(draft);
  if (birthday !== undefined && birthday !== person.birthday) patch.birthday = birthday;
  if ((draft.startedOn || null) !== person.startedOn) patch.startedOn = draft.startedOn || null;
  if (draft.funFact.trim() !== person.funFact) patch.funFact = draft.funFact;
  return patch;
}

function fieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const known: FieldName[] = ['name', 'role', 'color', 'birthday', 'startedOn', 'funFact'];
  const errors: FieldErrors = {};
  for (const [path, message] of Object.entries(error.fields ?? {})) {
    const field = known.find((f) => path === f || path.startsWith(`${f}.`));
    if (field) errors[field] ??= message;
    else errors.form ??= message;
  }
  if (!error.fields) errors.form = error.message;
  return errors;
}

async function refreshStaff(): Promise<void> {
  try {
    await useApp.getState().refreshStaff();
  } catch (error) {
    useApp.getState().fail(error);
  }
}

// ---- Workload --------------------------------------------------------------------------------

type Workload =
  | { status: 'loading' }
  | { status: 'error' }
  | { status: 'ready'; counts: Map<string | null, number> };

function useWorkload(): Workload {
  const [workload, setWorkload] = useState<Workload>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    api('staff.workload', { from: new Date().toISOString() }).then(
      (rows) => {
        if (live) {
          setWorkload({
            status: 'ready',
            counts: new Map(rows.map((r) => [r.staffId, r.upcoming])),
          });
        }
      },
      (error: unknown) => {
        if (!live) return;
        setWorkload({ status: 'error' });
        useApp.getState().fail(error);
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return workload;
}

/** Upcoming posts owned by `staffId` (null: no owner); null while unknown. */
function countFor(workload: Workload, staffId: string | null): number | null {
  return workload.status === 'ready' ? (workload.counts.get(staffId) ?? 0) : null;
}

// ---- Archive and restore ---------------------------------------------------------------

async function restore(person: Staff): Promise<boolean> {
  try {
    await api('staff.update', { id: person.id, version: person.version, active: true });
    await refreshStaff();
    useApp.getState().notify(`${person.name} is back on the team.`);
    return true;
  } catch (error) {
    useApp.getState().fail(error);
    return false;
  }
}

// ---- "I am …" --------------------------------------------------------------------------------

function MeChoice({ active, archived }: { active: Staff[]; archived: Staff[] }) {
  const saved = useApp((s) => s.prefs?.meStaffId ?? null);
  const savePrefs = useApp((s) => s.savePrefs);
  // While a choice is saving, show it rather than the old one.
  const [choosing, setChoosing] = useState<string | null | undefined>(undefined);
  const value = choosing === undefined ? saved : choosing;
  const archivedMe = archived.find((s) => s.id === value);
  const hintId = useId();
  const selectId = useId();

  async function choose(id: string | null) {
    setChoosing(id);
    const ok = await savePrefs({ meStaffId: id });
    setChoosing(undefined);
    if (!ok) return;
    const person = active.find((s) => s.id === id);
    useApp
      .getState()
      .notify(
        person
          ? `Hello, ${person.name}! “My posts” now shows the posts you own.`
          : 'No one is chosen on this computer now.',
      );
  }

  return (
    <div className="staff-me">
      <div className="field">
        <label className="field-label" htmlFor={selectId}>
          Who is using Rapport on this computer?
        </label>
        <select
          id={selectId}
          value={value ?? ''}
          disabled={active.length === 0 && !archivedMe}
          aria-describedby={hintId}
          onChange={(e) => void choose(e.target.value || null)}
        >
          <option value="">No one chosen yet</option>
          {active.map((s) => (
            <option key={s.id} value={s.id}>
              I am {s.name}
            </option>
          ))}
          {archivedMe ? (
            <option value={archivedMe.id}>I am {archivedMe.name} (archived)</option>
          ) : null}
        </select>
        <span className="field-hint" id={hintId}>
          {active.length === 0
            ? 'Add yourself to the team first, then choose your name here.'
            : 'Used for the “My posts” filter on this computer.'}
        </span>
      </div>
    </div>
  );
}

// ---- One person ------------------------------------------------------------------------------

function Avatar({
  person,
  size = 'large',
}: {
  person: Pick<Staff, 'name' | 'color'>;
  size?: 'large' | 'small';
}) {
  return (
    <span
      className={`staff-avatar staff-avatar-${size}`}
      style={{ backgroundColor: person.color }}
      aria-hidden="true"
    >
      {initials(person.name)}
    </span>
  );
}

function WorkloadLine({ upcoming, failed }: { upcoming: number | null; failed: boolean }) {
  if (upcoming === null) {
    // Same height either way, so nothing jumps when the count arrives.
    return (
      <p className="staff-workload staff-workload-unknown">
        {failed ? 'Upcoming posts could not be counted' : 'Counting posts…'}
      </p>
    );
  }
  return (
    <p className={`staff-workload${upcoming === 0 ? ' staff-workload-none' : ''}`}>
      {upcomingText(upcoming)}
    </p>
  );
}

function StaffCard({
  person,
  upcoming,
  workloadFailed,
  editing,
  onToggleEdit,
  onArchive,
}: {
  person: Staff;
  upcoming: number | null;
  workloadFailed: boolean;
  editing: boolean;
  onToggleEdit: () => void;
  onArchive: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const archiveButton = useRef<HTMLButtonElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const nameId = useId();
  const editorId = useId();
  const confirmId = useId();

  function closeEditor() {
    onToggleEdit();
    editButton.current?.focus();
  }

  function cancelConfirm() {
    setConfirming(false);
    archiveButton.current?.focus();
  }

  async function confirmArchive() {
    setArchiving(true);
    await onArchive();
    setArchiving(false);
    setConfirming(false);
  }

  const facts: { label: string; value: string }[] = [];
  if (person.birthday) facts.push({ label: 'Birthday', value: formatBirthday(person.birthday) });
  if (person.startedOn) facts.push({ label: 'With us', value: formatStartedOn(person.startedOn) });

  return (
    <article className={`staff-card${editing ? ' is-editing' : ''}`} aria-labelledby={nameId}>
      <Avatar person={person} />
      <div className="staff-body">
        <h3 className="staff-name" id={nameId}>
          {person.name}
        </h3>
        <p className="staff-role">
          {person.role || <span className="staff-muted">No role yet</span>}
        </p>
        {facts.length > 0 ? (
          <dl className="staff-facts">
            {facts.map((f) => (
              <div key={f.label} className="staff-fact">
                <dt>{f.label}</dt>
                <dd>{f.value}</dd>
              </div>
            ))}
          </dl>
        ) : null}
        {person.funFact ? (
          <p className="staff-funfact">
            <span className="staff-funfact-label">Fun fact:</span> {person.funFact}
          </p>
        ) : null}
        <WorkloadLine upcoming={upcoming} failed={workloadFailed} />
      </div>
      <div className="staff-actions">
        <button
          type="button"
          className={`button${editing ? ' primary' : ''}`}
          aria-expanded={editing}
          aria-controls={editing ? editorId : undefined}
          aria-label={`${editing ? 'Done' : 'Edit'} ${person.name}`}
          ref={editButton}
          onClick={onToggleEdit}
        >
          {editing ? 'Done' : 'Edit'}
        </button>
        <button
          type="button"
          className="button danger"
          ref={archiveButton}
          aria-expanded={confirming}
          aria-controls={confirming ? confirmId : undefined}
          aria-label={`Archive ${person.name}`}
          onClick={() => (confirming ? cancelConfirm() : setConfirming(true))}
        >
          Archive
        </button>
      </div>

      {confirming ? (
        <ConfirmStep
          className="staff-confirm"
          actionsClassName="staff-confirm-actions"
          confirmClassName="button primary staff-archive-confirm"
          id={confirmId}
          labelledBy={`${confirmId}-title`}
          describedBy={`${confirmId}-text`}
          confirmLabel={`Yes, archive ${person.name}`}
          cancelLabel={`Keep ${person.name}`}
          busy={archiving}
          cancelWhileBusy
          cancelOnEscape
          onConfirm={() => void confirmArchive()}
          onCancel={cancelConfirm}
        >
          <p className="staff-confirm-title" id={`${confirmId}-title`}>
            Archive {person.name}?
          </p>
          <p id={`${confirmId}-text`}>
            They leave the team list and the owner choices, but stay on their past posts, and you
            can restore them any time from “Archived”. Nothing is deleted.
            {upcoming ? (
              <>
                {' '}
                <strong>
                  They still own {upcomingText(upcoming)}: give those a new owner in the calendar.
                </strong>
              </>
            ) : null}
          </p>
        </ConfirmStep>
      ) : null}

      {editing ? <StaffEditor person={person} id={editorId} onClose={closeEditor} /> : null}
    </article>
  );
}

/** The person's fields, inline, saving on their own. Closing it (Done) saves what is pending. */
function StaffEditor({ person, id, onClose }: { person: Staff; id: string; onClose: () => void }) {
  const [draft, setDraft] = useState<Draft>(() => draftOf(person));
  const [errors, setErrors] = useState<FieldErrors>({});

  async function save(d: Draft): Promise<boolean> {
    const patch = changes(d, person);
    try {
      // The version last seen: the list's copy is refreshed after every save.
      const seen = useApp.getState().staff.find((s) => s.id === person.id) ?? person;
      await api('staff.update', { id: person.id, version: seen.version, ...patch });
      setErrors({});
      await refreshStaff();
      return true;
    } catch (error) {
      setErrors(fieldErrors(error));
      useApp.getState().fail(error);
      return false;
    }
  }

  const { state, flush } = useAutosave(draft, save, {
    isDirty: (d) => Object.keys(changes(d, person)).length > 0,
  });

  const shownErrors: FieldErrors = {
    ...errors,
    ...(birthdayOf(draft) === undefined ? { birthday: HALF_BIRTHDAY } : {}),
  };

  return (
    <form
      className="form staff-form staff-editor"
      id={id}
      aria-label={`Edit ${person.name}`}
      onSubmit={(e) => (e.preventDefault(), void flush())}
      onKeyDown={(e) => {
        // Escape closes the editor; what is pending saves as it closes.
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="staff-editor-head">
        <p className="staff-editor-title">Changes save on their own. Esc or Done closes.</p>
        <span className="staff-save-status">
          <SaveStatus state={state} />
        </span>
      </div>
      <PersonFields
        draft={draft}
        autoColor={person.color}
        errors={shownErrors}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        onBlur={() => void flush()}
        autoFocusName
      />
    </form>
  );
}

// ---- The fields, shared by "Add" and "Edit" --------------------------------------------------

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <span className="staff-field-error" id={id}>
      <span aria-hidden="true">⚠ </span>
      {message}
    </span>
  ) : null;
}

interface FieldIds {
  input: string;
  error: string;
  hint: string;
}

/** A labelled field with its hint and error; the control (with id `ids.input`) is the child. */
function Field({
  ids,
  label,
  required = false,
  hint,
  error,
  children,
}: {
  ids: FieldIds;
  label: string;
  /** Says "(required)" after the label (the control carries aria-required itself). */
  required?: boolean;
  hint?: string;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label className="field-label" htmlFor={ids.input}>
        {label}
        {required ? (
          <>
            {' '}
            <span className="staff-required">(required)</span>
          </>
        ) : null}
      </label>
      {children}
      {hint ? (
        <span className="field-hint" id={ids.hint}>
          {hint}
        </span>
      ) : null}
      <FieldError id={ids.error} message={error} />
    </div>
  );
}

function PersonFields({
  draft,
  autoColor,
  errors,
  onChange,
  onBlur,
  autoFocusName = false,
  nameInput,
}: {
  draft: Draft;
  /** The colour shown as chosen while `draft.color` is null. */
  autoColor: string;
  errors: FieldErrors;
  onChange: (patch: Partial<Draft>) => void;
  onBlur?: () => void;
  autoFocusName?: boolean;
  nameInput?: Ref<HTMLInputElement>;
}) {
  const uid = useId();
  const ids = (f: FieldName): FieldIds => ({
    input: `${uid}-${f}`,
    error: `${uid}-${f}-error`,
    hint: `${uid}-${f}-hint`,
  });
  const described = (f: FieldName, hint = false) =>
    [hint ? ids(f).hint : null, errors[f] ? ids(f).error : null].filter(Boolean).join(' ') ||
    undefined;
  const color = draft.color ?? autoColor;
  const colors: string[] = STAFF_COLORS.includes(color as (typeof STAFF_COLORS)[number])
    ? [...STAFF_COLORS]
    : [...STAFF_COLORS, color];
  const days = daysIn(draft.month);

  return (
    <>
      <Field ids={ids('name')} label="Name" required error={errors.name}>
        <input
          id={ids('name').input}
          type="text"
          ref={nameInput}
          value={draft.name}
          maxLength={LIMITS.staffName}
          autoComplete="off"
          aria-required="true"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={described('name')}
          autoFocus={autoFocusName}
          placeholder="e.g. Maria Ruiz"
          onChange={(e) => onChange({ name: e.target.value })}
          onBlur={onBlur}
        />
      </Field>

      <Field ids={ids('role')} label="Role" error={errors.role}>
        <input
          id={ids('role').input}
          type="text"
          value={draft.role}
          maxLength={LIMITS.staffRole}
          autoComplete="off"
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={described('role')}
          placeholder="e.g. Nurse injector"
          onChange={(e) => onChange({ role: e.target.value })}
          onBlur={onBlur}
        />
      </Field>

      <fieldset className="field staff-fieldset" aria-describedby={described('color')}>
        <legend className="field-label">Colour</legend>
        <div className="staff-swatches">
          {colors.map((c) => (
            <label key={c} className="staff-swatch-option">
              <input
                type="radio"
                name={`${uid}-color`}
                value={c}
                checked={c === color}
                onChange={() => onChange({ color: c })}
                onBlur={onBlur}
              />
              <span className="staff-swatch" style={{ backgroundColor: c }} aria-hidden="true">
                {c === color ? '✓' : ''}
              </span>
              <span className="staff-sr-only">{COLOR_NAMES[c] ?? `Current colour ${c}`}</span>
            </label>
          ))}
        </div>
        <FieldError id={ids('color').error} message={errors.color} />
      </fieldset>

      <fieldset className="field staff-fieldset" aria-describedby={described('birthday')}>
        <legend className="field-label">Birthday</legend>
        <div className="staff-birthday">
          <label className="field staff-birthday-month">
            <span className="staff-small-label">Month</span>
            <select
              value={draft.month}
              aria-invalid={errors.birthday ? true : undefined}
              onChange={(e) => {
                const month = e.target.value;
                const day = draft.day && Number(draft.day) > daysIn(month) ? '' : draft.day;
                onChange({ month, day });
              }}
              onBlur={onBlur}
            >
              <option value="">—</option>
              {MONTHS.map((name, i) => (
                <option key={name} value={pad(i + 1)}>
                  {name}
                </option>
              ))}
            </select>
          </label>
          <label className="field staff-birthday-day">
            <span className="staff-small-label">Day</span>
            <select
              value={draft.day}
              aria-invalid={errors.birthday ? true : undefined}
              onChange={(e) => onChange({ day: e.target.value })}
              onBlur={onBlur}
            >
              <option value="">—</option>
              {Array.from({ length: days }, (_, i) => (
                <option key={i} value={pad(i + 1)}>
                  {i + 1}
                </option>
              ))}
            </select>
          </label>
        </div>
        <FieldError id={ids('birthday').error} message={errors.birthday} />
      </fieldset>

      <Field
        ids={ids('startedOn')}
        label="Started on"
        hint="For work anniversaries."
        error={errors.startedOn}
      >
        <input
          id={ids('startedOn').input}
          type="date"
          value={draft.startedOn}
          aria-invalid={errors.startedOn ? true : undefined}
          aria-describedby={described('startedOn', true)}
          onChange={(e) => onChange({ startedOn: e.target.value })}
          onBlur={onBlur}
        />
      </Field>

      <Field
        ids={ids('funFact')}
        label="Fun fact"
        hint="Great for spotlight posts."
        error={errors.funFact}
      >
        <textarea
          id={ids('funFact').input}
          value={draft.funFact}
          rows={2}
          maxLength={LIMITS.funFact}
          aria-invalid={errors.funFact ? true : undefined}
          aria-describedby={described('funFact', true)}
          placeholder="e.g. Makes the best banana bread in town"
          onChange={(e) => onChange({ funFact: e.target.value })}
          onBlur={onBlur}
        />
      </Field>
    </>
  );
}

// ---- Adding someone --------------------------------------------------------------------------

function AddPersonForm({ staff }: { staff: Staff[] }) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [adding, setAdding] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const autoColor = pickStaffColor(staff.filter((s) => s.active).map((s) => s.color));

  async function add(event: FormEvent) {
    event.preventDefault();
    if (adding) return;
    const birthday = birthdayOf(draft);
    if (birthday === undefined) {
      setErrors({ birthday: HALF_BIRTHDAY });
      return;
    }
    setAdding(true);
    try {
      const person = await api('staff.create', {
        name: draft.name,
        role: draft.role,
        color: draft.color ?? autoColor,
        birthday,
        startedOn: draft.startedOn || null,
        funFact: draft.funFact,
      });
      setDraft(EMPTY_DRAFT);
      setErrors({});
      await refreshStaff();
      useApp.getState().notify(`Welcome to the team, ${person.name}!`);
      nameInput.current?.focus();
    } catch (error) {
      const found = fieldErrors(error);
      setErrors(found);
      if (Object.keys(found).length === 0) useApp.getState().fail(error);
      if (found.name) nameInput.current?.focus();
    } finally {
      setAdding(false);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    // Ctrl/⌘+Enter adds from the fun fact box too (Enter there is a new line).
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }

  return (
    <section className="staff-add" aria-labelledby="staff-add-title">
      <h2 id="staff-add-title">Add a person</h2>
      <form
        className="form staff-form"
        aria-labelledby="staff-add-title"
        noValidate
        onSubmit={(e) => void add(e)}
        onKeyDown={onKeyDown}
      >
        <PersonFields
          draft={draft}
          autoColor={autoColor}
          errors={errors}
          onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
          nameInput={nameInput}
        />
        {errors.form ? (
          <p className="staff-field-error" role="alert">
            {errors.form}
          </p>
        ) : null}
        <div className="staff-add-actions">
          <button type="submit" className="button primary" disabled={adding}>
            Add to team
          </button>
          <span className="field-hint">Nothing is added until you press this (or Enter).</span>
        </div>
      </form>
    </section>
  );
}

// ---- Archived --------------------------------------------------------------------------------

function ArchivedSection({ people, workload }: { people: Staff[]; workload: Workload }) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();

  if (people.length === 0) return null;

  async function onRestore(person: Staff) {
    if (await restore(person)) toggle.current?.focus();
  }

  return (
    <section className="staff-archived" aria-labelledby={`${listId}-title`}>
      <h2 id={`${listId}-title`} className="staff-archived-title">
        <button
          type="button"
          className="button ghost staff-archived-toggle"
          ref={toggle}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen(!open)}
        >
          <span className="staff-chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          Archived ({people.length})
        </button>
      </h2>
      <div id={listId} hidden={!open}>
        <p className="staff-archived-lead">
          Archived people stay on their past posts. Restore someone to plan with them again.
        </p>
        <ul className="staff-list staff-archived-list">
          {people.map((person) => {
            const upcoming = countFor(workload, person.id);
            return (
              <li key={person.id}>
                <article className="staff-card staff-card-archived" aria-label={person.name}>
                  <Avatar person={person} size="small" />
                  <div className="staff-body">
                    <h3 className="staff-name">{person.name}</h3>
                    {person.role ? <p className="staff-role">{person.role}</p> : null}
                    {upcoming ? (
                      <p className="staff-archived-owns">
                        <span aria-hidden="true">⚠ </span>
                        Still owns {upcomingText(upcoming)}
                      </p>
                    ) : null}
                  </div>
                  <div className="staff-actions">
                    <button
                      type="button"
                      className="button"
                      aria-label={`Restore ${person.name}`}
                      onClick={() => void onRestore(person)}
                    >
                      Restore
                    </button>
                  </div>
                </article>
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}

// ---- The page --------------------------------------------------------------------------------

export function StaffView() {
  const staff = useApp((s) => s.staff);
  const workload = useWorkload();
  const [editingId, setEditingId] = useState<string | null>(null);
  const teamHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void refreshStaff();
  }, []);

  const active = staff.filter((s) => s.active);
  const archived = staff.filter((s) => !s.active);
  const unowned = countFor(workload, null) ?? 0;

  async function archive(person: Staff) {
    if (editingId === person.id) setEditingId(null);
    try {
      await api('staff.archive', { id: person.id });
      await refreshStaff();
      teamHeading.current?.focus();
      useApp.getState().notify(`${person.name} is archived and stays on their past posts.`, {
        action: { label: 'Undo', run: () => void restore(person) },
      });
    } catch (error) {
      useApp.getState().fail(error);
    }
  }

  return (
    <section className="page staff-page" aria-labelledby="staff-title">
      <div className="page-head staff-head">
        <div>
          <h1 id="staff-title">Staff</h1>
          <p className="page-lead">
            The people behind your posts: owners, spotlight stars and birthday celebrations.
          </p>
        </div>
        <MeChoice active={active} archived={archived} />
      </div>

      <div className="staff-layout">
        <section className="staff-team" aria-labelledby="staff-team-title">
          <h2 id="staff-team-title" ref={teamHeading} tabIndex={-1}>
            Team{active.length > 0 ? ` (${active.length})` : ''}
          </h2>

          {unowned > 0 ? (
            <p className="staff-unowned">
              <span aria-hidden="true">⚠ </span>
              <strong>No owner: {upcomingText(unowned)}</strong>
              <span className="staff-unowned-hint">
                {' '}
                Give {unowned === 1 ? 'it' : 'each one'} an owner so nothing slips.
              </span>
            </p>
          ) : null}

          {active.length === 0 ? (
            <div className="staff-empty">
              <p className="staff-empty-title">Add the people who make your practice what it is…</p>
              <p>
                The front desk, the nurses, the doctors, the coffee expert. Posts about real people
                are the ones patients remember. Start with yourself in “Add a person”.
              </p>
            </div>
          ) : (
            <ul className="staff-list">
              {active.map((person) => (
                <li key={person.id}>
                  <StaffCard
                    person={person}
                    upcoming={countFor(workload, person.id)}
                    workloadFailed={workload.status === 'error'}
                    editing={editingId === person.id}
                    onToggleEdit={() => setEditingId(editingId === person.id ? null : person.id)}
                    onArchive={() => archive(person)}
                  />
                </li>
              ))}
            </ul>
          )}

          <ArchivedSection people={archived} workload={workload} />
        </section>

        <AddPersonForm staff={staff} />
      </div>
    </section>
  );
}
