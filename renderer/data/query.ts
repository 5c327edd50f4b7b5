// One loading/error story for everything the screens read: a query is `loading`, `ready` (with
// its data) or `error` (with a message and a retry). Each query keeps one copy of its data in
// one store, so two screens never disagree; mutations mark it stale and it reloads once, for
// whoever is showing it.
import { useEffect } from 'react';
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { errorMessage } from './errors';

export type QueryStatus = 'loading' | 'ready' | 'error';

export interface QueryState<T> {
  status: QueryStatus;
  data: T | undefined;
  error: string | null;
  /** True once something changed that this data may not show yet. */
  stale: boolean;
}

export interface Query<T> {
  store: UseBoundStore<StoreApi<QueryState<T>>>;
  /** The data for a screen: loads on first use and again whenever it went stale. */
  use(): QueryState<T> & { retry: () => void };
  /** Loads now (joins a load under way). */
  refresh(): Promise<void>;
  /** Marks the data out of date; screens showing it reload it. */
  invalidate(): void;
  /** Back to the start (tests, a new planner file). */
  reset(): void;
}

export function defineQuery<T>(load: () => Promise<T>): Query<T> {
  const initial: QueryState<T> = { status: 'loading', data: undefined, error: null, stale: true };
  const store = create<QueryState<T>>()(() => initial);
  let running: Promise<void> | null = null;

  function refresh(): Promise<void> {
    running ??= (async () => {
      store.setState({
        stale: false,
        ...(store.getState().data === undefined ? { status: 'loading' } : {}),
      });
      try {
        const data = await load();
        store.setState({ status: 'ready', data, error: null });
      } catch (error) {
        store.setState({ status: 'error', error: errorMessage(error) });
      } finally {
        running = null;
      }
      // Changed again while loading: load once more.
      if (store.getState().stale) await refresh();
    })();
    return running;
  }

  return {
    store,
    use() {
      const state = store();
      useEffect(() => {
        if (state.stale) void refresh();
      }, [state.stale]);
      return { ...state, retry: () => void refresh() };
    },
    refresh,
    invalidate: () => store.setState({ stale: true }),
    reset: () => store.setState(initial, true),
  };
}
