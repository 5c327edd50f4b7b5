import { describe, expect, it, vi } from 'vitest';
import {
  databasePath,
  preloadPath,
  rendererIndexPath,
  windowStatePath,
} from '../../electron/shell/paths';
import { enforceSingleInstance, restoreAndFocus } from '../../electron/shell/single-instance';
import { join } from 'node:path';

function fakeApp(gotLock: boolean) {
  const listeners = new Map<string, () => void>();
  return {
    requestSingleInstanceLock: vi.fn(() => gotLock),
    quit: vi.fn(),
    on: vi.fn((event: string, listener: () => void) => listeners.set(event, listener)),
    emit: (event: string) => listeners.get(event)?.(),
  };
}

describe('enforceSingleInstance', () => {
  it('quits a second copy without wiring anything', () => {
    const app = fakeApp(false);
    const focus = vi.fn();
    expect(enforceSingleInstance(app, focus)).toBe(false);
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.on).not.toHaveBeenCalled();
  });

  it('keeps the first copy and focuses it when another is launched', () => {
    const app = fakeApp(true);
    const focus = vi.fn();
    expect(enforceSingleInstance(app, focus)).toBe(true);
    expect(app.quit).not.toHaveBeenCalled();
    expect(focus).not.toHaveBeenCalled();
    app.emit('second-instance');
    expect(focus).toHaveBeenCalledOnce();
  });
});

function fakeWindow({ minimized = false, destroyed = false } = {}) {
  return {
    isDestroyed: () => destroyed,
    isMinimized: () => minimized,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
  };
}

describe('restoreAndFocus', () => {
  it('restores a minimized window and focuses it', () => {
    const window = fakeWindow({ minimized: true });
    restoreAndFocus(window);
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('only focuses a window that is not minimized', () => {
    const window = fakeWindow();
    restoreAndFocus(window);
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.show).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });

  it('ignores a missing or destroyed window', () => {
    const window = fakeWindow({ destroyed: true });
    expect(() => restoreAndFocus(null)).not.toThrow();
    restoreAndFocus(window);
    expect(window.focus).not.toHaveBeenCalled();
  });
});

describe('paths', () => {
  const app = { getPath: vi.fn((_name: 'userData') => join('/home/dana/.config', 'Rapport')) };

  it('keeps the database and window state in userData', () => {
    expect(databasePath(app)).toBe(join('/home/dana/.config', 'Rapport', 'rapport.db'));
    expect(windowStatePath(app)).toBe(join('/home/dana/.config', 'Rapport', 'window-state.json'));
    expect(app.getPath).toHaveBeenCalledWith('userData');
  });

  it('finds the preload and renderer next to the bundled main', () => {
    const mainDir = join('/app', 'out', 'electron');
    expect(preloadPath(mainDir)).toBe(join('/app', 'out', 'electron', 'preload.cjs'));
    expect(rendererIndexPath(mainDir)).toBe(join('/app', 'out', 'renderer', 'index.html'));
  });
});
