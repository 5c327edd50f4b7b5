import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  fitToDisplays,
  loadWindowState,
  saveWindowState,
  trackWindowState,
  type Rect,
  type ScreenLike,
  type TrackedWindowLike,
} from '../../electron/shell/window-state';

const laptop: Rect = { x: 0, y: 25, width: 1440, height: 875 };
const projector: Rect = { x: 1440, y: 0, width: 1280, height: 720 };

function screenOf(...areas: Rect[]): ScreenLike {
  return {
    getAllDisplays: () => areas.map((workArea) => ({ workArea })),
    getPrimaryDisplay: () => ({ workArea: areas[0]! }),
  };
}

function inside(rect: Rect, area: Rect): boolean {
  return (
    rect.x >= area.x &&
    rect.y >= area.y &&
    rect.x + rect.width <= area.x + area.width &&
    rect.y + rect.height <= area.y + area.height
  );
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-window-'));
  file = join(dir, 'window-state.json');
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

describe('loadWindowState', () => {
  it('defaults to 1280×800 centred on the primary display when nothing is saved', () => {
    expect(loadWindowState(file, screenOf(laptop))).toEqual({
      x: 80,
      y: 62,
      width: 1280,
      height: 800,
      maximized: false,
    });
  });

  it('shrinks the default to a small primary display', () => {
    const small: Rect = { x: 0, y: 0, width: 1024, height: 700 };
    const state = loadWindowState(file, screenOf(small));
    expect(state).toMatchObject({ width: 1024, height: 700 });
    expect(inside(state, small)).toBe(true);
  });

  it('restores a saved state that is on screen as it was', () => {
    const saved = { x: 1500, y: 10, width: 1100, height: 650, maximized: true };
    writeFileSync(file, JSON.stringify(saved));
    expect(loadWindowState(file, screenOf(laptop, projector))).toEqual(saved);
  });

  it.each([
    ['not JSON', '{"x": 1,'],
    ['the wrong shape', JSON.stringify({ x: 'left', y: 0, width: 800, height: 600 })],
    ['negative size', JSON.stringify({ x: 0, y: 0, width: -5, height: 600 })],
    ['absurd size', JSON.stringify({ x: 0, y: 0, width: 1e12, height: 600 })],
    ['fractions', JSON.stringify({ x: 0.5, y: 0, width: 800, height: 600 })],
    ['null', 'null'],
    ['an empty file', ''],
  ])('falls back to defaults for %s', (_what, content) => {
    writeFileSync(file, content);
    expect(loadWindowState(file, screenOf(laptop))).toEqual(
      loadWindowState(join(dir, 'missing.json'), screenOf(laptop)),
    );
  });

  it('brings back a window left on a projector that is gone', () => {
    writeFileSync(
      file,
      JSON.stringify({ x: 1500, y: 10, width: 1100, height: 650, maximized: false }),
    );
    const state = loadWindowState(file, screenOf(laptop));
    expect(inside(state, laptop)).toBe(true);
    expect(state).toMatchObject({ width: 1100, height: 650 });
  });
});

describe('fitToDisplays', () => {
  it('pulls a window hanging off an edge back onto its display', () => {
    const state = fitToDisplays(
      { x: -300, y: 700, width: 1000, height: 700, maximized: false },
      screenOf(laptop),
    );
    expect(inside(state, laptop)).toBe(true);
    expect(state).toMatchObject({ x: 0, width: 1000, height: 700 });
  });

  it('picks the display holding most of the window', () => {
    const state = fitToDisplays(
      { x: 1300, y: 10, width: 1000, height: 600, maximized: false },
      screenOf(laptop, projector),
    );
    expect(inside(state, projector)).toBe(true);
  });

  it('shrinks a window bigger than its display, keeping maximized', () => {
    const state = fitToDisplays(
      { x: 1440, y: 0, width: 3000, height: 2000, maximized: true },
      screenOf(laptop, projector),
    );
    expect(state).toEqual({ ...projector, maximized: true });
  });

  it('raises a window smaller than the minimum size', () => {
    const state = fitToDisplays(
      { x: 100, y: 100, width: 200, height: 100, maximized: false },
      screenOf(laptop),
    );
    expect(state.width).toBeGreaterThanOrEqual(960);
    expect(state.height).toBeGreaterThanOrEqual(600);
    expect(inside(state, laptop)).toBe(true);
  });
});

describe('saveWindowState', () => {
  it('writes a file that loads back, creating the folder', () => {
    const nested = join(dir, 'deep', 'window-state.json');
    saveWindowState(nested, { x: 40, y: 60, width: 1200, height: 700, maximized: false });
    expect(loadWindowState(nested, screenOf(laptop))).toEqual({
      x: 40,
      y: 60,
      width: 1200,
      height: 700,
      maximized: false,
    });
    expect(existsSync(`${nested}.tmp`)).toBe(false);
  });
});

function fakeWindow(bounds: Rect) {
  const listeners = new Map<string, () => void>();
  const window = {
    bounds,
    maximized: false,
    destroyed: false,
    on: (event: string, listener: () => void) => listeners.set(event, listener),
    getNormalBounds: () => window.bounds,
    isMaximized: () => window.maximized,
    isDestroyed: () => window.destroyed,
  };
  const emit = (event: string) => listeners.get(event)?.();
  return { window: window satisfies TrackedWindowLike, emit };
}

describe('trackWindowState', () => {
  it('saves once after a burst of moves settles', () => {
    vi.useFakeTimers();
    const { window, emit } = fakeWindow({ x: 10, y: 10, width: 1000, height: 700 });
    trackWindowState(window, file, { debounceMs: 500 });
    emit('move');
    window.bounds = { x: 50, y: 40, width: 1000, height: 700 };
    emit('move');
    vi.advanceTimersByTime(499);
    expect(existsSync(file)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 50,
      y: 40,
      width: 1000,
      height: 700,
      maximized: false,
    });
  });

  it('saves at once on close, with the maximized flag and normal bounds', () => {
    vi.useFakeTimers();
    const { window, emit } = fakeWindow({ x: 10, y: 10, width: 1000, height: 700 });
    trackWindowState(window, file);
    emit('resize');
    window.maximized = true;
    emit('close');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      x: 10,
      y: 10,
      width: 1000,
      height: 700,
      maximized: true,
    });
    rmSync(file);
    vi.runAllTimers();
    expect(existsSync(file)).toBe(false);
  });

  it('logs instead of throwing when the file cannot be written', () => {
    const log = vi.fn();
    const { window, emit } = fakeWindow({ x: 10, y: 10, width: 1000, height: 700 });
    writeFileSync(join(dir, 'blocker'), 'a file where a folder should be');
    trackWindowState(window, join(dir, 'blocker', 'window-state.json'), { log });
    expect(() => emit('close')).not.toThrow();
    expect(log).toHaveBeenCalled();
  });
});
