// What a screen shows while its data loads, or when it could not be read: the one loading and
// error story every query tells (data/query.ts).
import type { QueryState } from '../data/query';

export function QueryProblem({
  query,
  loading,
  className,
}: {
  query: Pick<QueryState<unknown>, 'status' | 'error'> & { retry: () => void };
  /** "Looking in the trash…" */
  loading: string;
  className?: string;
}) {
  if (query.status === 'error') {
    return (
      <div className={`query-problem ${className ?? ''}`} role="alert">
        <p>{query.error}</p>
        <button type="button" className="button" onClick={query.retry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <p className={className} role="status">
      {loading}
    </p>
  );
}
