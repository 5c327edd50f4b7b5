// Every form that saves on its own (useAutosave) registers here while it is on screen, so that
// leaving the page saves what was typed a moment ago: a reload, a closed tab or window, a
// switch to another app. `installLeaveGuards` flushes them all when the page is hidden and
// asks before leaving when a flush cannot succeed (the host is down, or the change is too big
// to outlive the page). The Electron shell asks the page to flush before it closes the window.
import { onFlushRequest, unprotectedWrites } from './client';

export interface PendingSave {
  /** Starts saving what is pending now (the request leaves before this returns). */
  flush(): Promise<void>;
  /** Whether something typed is not saved yet. */
  isDirty(): boolean;
  /** Whether the last attempt to save failed (host down, refused). */
  failed(): boolean;
}

const registry = new Set<PendingSave>();

/** Registers a form's autosave; returns the function that takes it off again. */
export function registerPendingSave(entry: PendingSave): () => void {
  registry.add(entry);
  return () => {
    registry.delete(entry);
  };
}

/** Starts every pending save at once (each request is on its way when this returns). */
export function flushAll(): Promise<void> {
  const runs: Promise<void>[] = [];
  for (const entry of registry) if (entry.isDirty()) runs.push(entry.flush().catch(() => {}));
  return Promise.all(runs).then(() => {});
}

/**
 * Whether leaving now could lose something: a change whose last save failed, or a save on its
 * way that will not outlive the page (too large for a keepalive request).
 */
export function atRisk(): boolean {
  if (unprotectedWrites() > 0) return true;
  for (const entry of registry) if (entry.isDirty() && entry.failed()) return true;
  return false;
}

/** For tests: forget every registered form. */
export function resetPendingSaves(): void {
  registry.clear();
}

/**
 * Flushes on `pagehide` and when the page is hidden; on `beforeunload` flushes and asks the
 * browser to confirm leaving when that flush cannot succeed. Returns the uninstaller.
 */
export function installLeaveGuards(win: Window = window): () => void {
  const onHide = () => void flushAll();
  const onVisibility = () => {
    if (win.document.visibilityState === 'hidden') void flushAll();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    void flushAll();
    // In the desktop app the window asks for a flush before closing (see onFlushRequest);
    // holding the page there would only stop the window from closing, without a question.
    if (win.rapport) return;
    if (atRisk()) {
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    }
  };
  win.addEventListener('pagehide', onHide);
  win.document.addEventListener('visibilitychange', onVisibility);
  win.addEventListener('beforeunload', onBeforeUnload);
  const stopFlushRequests = onFlushRequest(async () => {
    await flushAll();
    return !atRisk();
  });
  return () => {
    win.removeEventListener('pagehide', onHide);
    win.document.removeEventListener('visibilitychange', onVisibility);
    win.removeEventListener('beforeunload', onBeforeUnload);
    stopFlushRequests();
  };
}
