import { now as clockNow } from '../../shared/clock';
import { useSyncExternalStore } from 'react';

// One clock for the whole page, ticking once a minute while anything shows it: every chip on
// the calendar reads the same `now` instead of each running a timer of its own.
let now = clockNow();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = clockNow();
    timer = setInterval(() => {
      now = clockNow();
      for (const notify of listeners) notify();
    }, 60_000);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The current time, refreshed every minute so "missed" marks appear on their own. */
export function useNow(): Date {
  return useSyncExternalStore(subscribe, () => now);
}
