// What an export would hand over, shown before any file is made: how many posts go, and each
// post left out with the reasons ("left out, because…"). After the export, the same list from
// the export itself.
import { CircleAlert } from 'lucide-react';
import { useId } from 'react';
import type { HandoffPreview, PreviewState, SkippedPost } from '../../data/handoff';
import { formatDateTime, plural } from '../../lib/format';

export function SkippedList({ skipped, calendar }: { skipped: SkippedPost[]; calendar: boolean }) {
  const uid = useId();
  if (skipped.length === 0) return null;
  return (
    <section className="skipped" aria-labelledby={`${uid}-h`}>
      <h4 id={`${uid}-h`}>
        <CircleAlert aria-hidden="true" size="1em" className="mark" />{' '}
        {calendar
          ? `${plural(skipped.length, { one: 'post goes', other: 'posts go' })} in without its words, because…`
          : `${plural(skipped.length, { one: 'post is', other: 'posts are' })} left out, because…`}
      </h4>
      <ul className="skipped-list">
        {skipped.map((s) => (
          <li key={s.postId}>
            <strong dir="auto">{s.title}</strong>
            {s.scheduledAt ? ` (${formatDateTime(s.scheduledAt)})` : ''}:{' '}
            <span dir="auto">{s.reason}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function goingText(preview: HandoffPreview, calendar: boolean): string {
  if (preview.going === 0) {
    return calendar ? 'No posts in this range.' : 'No posts would go into the file.';
  }
  const posts = plural(preview.going, { one: 'post', other: 'posts' });
  return calendar
    ? `${posts} would go into the calendar file.`
    : `${posts} would go into the file.`;
}

export function ExportPreview({ state, calendar }: { state: PreviewState; calendar: boolean }) {
  const uid = useId();
  return (
    <section className="export-preview" aria-labelledby={`${uid}-h`}>
      <h3 id={`${uid}-h`}>Before you export</h3>
      <p role="status" className="export-preview-summary">
        {state.status === 'ready'
          ? goingText(state.preview, calendar)
          : state.status === 'error'
            ? `Cannot check this export: ${state.message}`
            : state.status === 'loading'
              ? 'Checking what would go…'
              : ''}
      </p>
      {state.status === 'ready' ? (
        <>
          <SkippedList skipped={state.preview.skipped} calendar={calendar} />
          {state.preview.rows.length > 0 ? (
            <details className="export-going">
              <summary>
                Show the{' '}
                {plural(state.preview.rows.length, {
                  one: 'post that goes',
                  other: 'posts that go',
                })}
              </summary>
              <ul>
                {state.preview.rows.map((row) => (
                  <li key={row.postId}>
                    <span dir="auto">{row.title}</span> ({formatDateTime(row.scheduledAt)})
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
