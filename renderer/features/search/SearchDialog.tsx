// Search: a modal dialog with a combobox over every post's words (titles, captions, notes,
// hashtags), dated or not. Arrow keys move through the results, Enter opens one in the editor
// (a dated post on its day in the calendar, an idea beside the ideas list), Escape closes.
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../../data/errors';
import { SEARCH_LIMIT, searchPosts, type SearchResult } from '../../data/search';
import { calendarPlace, showCalendar } from '../../state/calendar';
import { goToPage, useRoute } from '../../state/route';
import { openEditor } from '../../state/ui';
import { closeSearch, useSearchOpen } from './search-state';
import { moveActive, resultCategory, resultCount, resultWhen } from './search-utils';
import './SearchDialog.css';

/** Shows the post: on its day in the calendar when dated, else with the ideas; then edits it. */
function openResult(result: SearchResult): void {
  closeSearch();
  if (result.scheduledAt) {
    const onCalendar = useRoute.getState().route.page === 'calendar';
    showCalendar(onCalendar ? calendarPlace().view : 'month', new Date(result.scheduledAt));
  } else {
    goToPage('ideas');
  }
  openEditor(result.id);
}

export function SearchDialog() {
  const open = useSearchOpen((s) => s.open);
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal?.();
      // showModal focuses the first control (Close); the search box is where typing goes.
      dialog.querySelector<HTMLInputElement>('input[role="combobox"]')?.focus();
    } else if (!open && dialog.open) dialog.close?.();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="search-dialog"
      aria-labelledby="search-title"
      onClose={closeSearch}
      // A click on the backdrop (the dialog element itself, outside its content) closes it.
      onClick={(e) => e.target === ref.current && closeSearch()}
    >
      {open ? <SearchBody /> : null}
    </dialog>
  );
}

type Phase = 'idle' | 'searching' | 'done' | 'error';

function SearchBody() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [phase, setPhase] = useState<Phase>('idle');
  const [error, setError] = useState<string | null>(null);
  const [active, setActive] = useState(-1);
  const latest = useRef(0);
  const base = useId();
  const listId = `${base}-results`;
  const optionId = (i: number) => `${base}-option-${i}`;

  useEffect(() => {
    const ticket = ++latest.current;
    if (query.trim() === '') return;
    const timer = setTimeout(() => {
      searchPosts(query).then(
        (found) => {
          if (ticket !== latest.current) return;
          setResults(found);
          setActive(found.length > 0 ? 0 : -1);
          setPhase('done');
        },
        (e: unknown) => {
          if (ticket !== latest.current) return;
          setError(errorMessage(e));
          setPhase('error');
        },
      );
    }, 120);
    return () => clearTimeout(timer);
  }, [query]);

  useEffect(() => {
    if (active >= 0)
      document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
    // optionId only depends on `base`, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => moveActive(a, e.key === 'ArrowDown' ? 1 : -1, results.length));
    } else if (e.key === 'Escape') {
      // A search field would clear itself first; one Escape closes the dialog.
      e.preventDefault();
      closeSearch();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const chosen = results[active];
      if (chosen) openResult(chosen);
    }
  };

  const status =
    phase === 'error'
      ? `Search failed: ${error ?? ''}`
      : phase === 'searching'
        ? 'Searching…'
        : resultCount(query, results.length, SEARCH_LIMIT);

  return (
    <div className="search-body">
      <div className="search-head">
        <h2 id="search-title">Search posts</h2>
        <button type="button" className="button" onClick={closeSearch}>
          Close
        </button>
      </div>
      <label className="search-label" htmlFor={`${base}-input`}>
        Words from a title, caption, note or hashtag
      </label>
      <input
        dir="auto"
        id={`${base}-input`}
        className="search-input"
        type="search"
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${base}-status`}
        autoComplete="off"
        spellCheck={false}
        autoFocus
        value={query}
        maxLength={200}
        onChange={(e) => {
          const next = e.target.value;
          setQuery(next);
          if (next.trim() === '') {
            setResults([]);
            setActive(-1);
            setPhase('idle');
          } else setPhase('searching');
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${base}-status`} className="search-status" role="status">
        {status}
      </p>
      <ul id={listId} className="search-results" role="listbox" aria-label="Matching posts">
        {results.map((result, i) => (
          <li
            key={result.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            className="search-result"
            onMouseMove={() => setActive(i)}
            onClick={() => openResult(result)}
          >
            <span className="search-result-title">{result.title}</span>
            <span className="search-result-meta">
              {resultWhen(result)} · {resultCategory(result)}
            </span>
            {result.snippet && result.snippet !== result.title ? (
              <span className="search-result-snippet">{result.snippet}</span>
            ) : null}
          </li>
        ))}
      </ul>
      <p className="search-help">Up and Down choose a post, Enter opens it, Escape closes.</p>
    </div>
  );
}
