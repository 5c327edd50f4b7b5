// Remembering where the window was. The saved rectangle is only trusted after it is validated
// and fitted onto a display that exists now (a projector or second monitor may be gone).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { MIN_WINDOW_SIZE } from './security';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export interface ScreenLike {
  getAllDisplays(): { workArea: Rect }[];
  getPrimaryDisplay(): { workArea: Rect };
}

export const DEFAULT_SIZE = { width: 1280, height: 800 } as const;

const coordinate = z.number().int().min(-1_000_000).max(1_000_000);
const size = z.number().int().min(1).max(100_000);
const savedState = z.object({
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  maximized: z.boolean().default(false),
});

function centred(area: Rect, width: number, height: number): Rect {
  const w = Math.min(width, area.width);
  const h = Math.min(height, area.height);
  return {
    x: area.x + Math.floor((area.width - w) / 2),
    y: area.y + Math.floor((area.height - h) / 2),
    width: w,
    height: h,
  };
}

export function defaultWindowState(screen: ScreenLike): WindowState {
  const area = screen.getPrimaryDisplay().workArea;
  return { ...centred(area, DEFAULT_SIZE.width, DEFAULT_SIZE.height), maximized: false };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));

/** Moves and shrinks `rect` until it lies wholly inside `area`. */
function fitInside(rect: Rect, area: Rect): Rect {
  const width = clamp(rect.width, Math.min(MIN_WINDOW_SIZE.width, area.width), area.width);
  const height = clamp(rect.height, Math.min(MIN_WINDOW_SIZE.height, area.height), area.height);
  return {
    x: clamp(rect.x, area.x, area.x + area.width - width),
    y: clamp(rect.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

/**
 * Fits a saved state onto the display it overlaps most; if it is on none of them, the
 * window opens at its saved size centred on the primary display.
 */
export function fitToDisplays(state: WindowState, screen: ScreenLike): WindowState {
  let best: Rect | undefined;
  let bestOverlap = 0;
  for (const { workArea } of screen.getAllDisplays()) {
    const shared = overlap(state, workArea);
    if (shared > bestOverlap) [best, bestOverlap] = [workArea, shared];
  }
  const area = best ?? screen.getPrimaryDisplay().workArea;
  const start = best ? state : centred(area, state.width, state.height);
  return { ...fitInside(start, area), maximized: state.maximized };
}

export function parseWindowState(json: string): WindowState | null {
  try {
    const parsed = savedState.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The saved state, fitted to today's displays; defaults when missing or unreadable. */
export function loadWindowState(file: string, screen: ScreenLike): WindowState {
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch {
    return defaultWindowState(screen);
  }
  const saved = parseWindowState(json);
  return saved ? fitToDisplays(saved, screen) : defaultWindowState(screen);
}

/** Write-then-rename, so a crash mid-write leaves the old file, not half a file. */
export function saveWindowState(file: string, state: WindowState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(state)}\n`);
  renameSync(temp, file);
}

export interface TrackedWindowLike {
  on(event: 'move' | 'resize' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isDestroyed(): boolean;
}

/** Saves the window's state after moves and resizes settle, and once more on close. */
export function trackWindowState(
  window: TrackedWindowLike,
  file: string,
  {
    debounceMs = 500,
    log = console.error,
  }: { debounceMs?: number; log?: (...args: unknown[]) => void } = {},
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    try {
      // Normal bounds, so un-maximizing next time returns to the size the user chose.
      saveWindowState(file, { ...window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      log('Could not save the window position', error);
    }
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
  };
  window.on('move', later);
  window.on('resize', later);
  window.on('close', save);
}
