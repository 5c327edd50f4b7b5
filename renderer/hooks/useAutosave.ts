import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { registerPendingSave } from '../data/pending-saves';

export type SaveState = 'saved' | 'pending' | 'saving' | 'error';

/**
 * Saves `value` on its own a moment after it stops changing, and right away on `flush()` or
 * unmount, so nothing typed is lost when the person moves on. `save` returns false (or
 * throws) when the save did not happen; the state then says so and the next change retries.
 * While mounted it is in the registry of pending saves (data/pending-saves.ts), so leaving the
 * page (reload, closed tab or window) saves what was typed a moment ago.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<boolean>,
  { delay = 600, isDirty }: { delay?: number; isDirty: (value: T) => boolean },
) {
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const failedNow = useRef(false);
  const latest = useRef({ value, save, isDirty });
  useLayoutEffect(() => {
    latest.current = { value, save, isDirty };
  });
  const inFlight = useRef<Promise<void> | null>(null);

  // Starts the save before its first await when none is under way, so a flush called while
  // the page goes away has its request on the way before the page is gone.
  const flush = useCallback(async () => {
    if (inFlight.current) await inFlight.current;
    const { value: current, save: run, isDirty: dirty } = latest.current;
    if (!dirty(current)) return;
    setSaving(true);
    setFailed(false);
    const attempt = run(current)
      .catch(() => false)
      .then((ok) => {
        failedNow.current = !ok;
        setFailed(!ok);
        setSaving(false);
      });
    inFlight.current = attempt;
    await attempt;
    inFlight.current = null;
  }, []);

  const dirty = isDirty(value);
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => void flush(), delay);
    return () => clearTimeout(timer);
  }, [value, dirty, delay, flush]);

  useEffect(
    () =>
      registerPendingSave({
        flush,
        isDirty: () => latest.current.isDirty(latest.current.value),
        failed: () => failedNow.current,
      }),
    [flush],
  );

  // Leaving the view saves what is pending.
  useEffect(
    () => () => {
      if (latest.current.isDirty(latest.current.value)) void flush();
    },
    [flush],
  );

  const state: SaveState = saving ? 'saving' : failed ? 'error' : dirty ? 'pending' : 'saved';
  return { state, flush };
}
