// The second window: a renderer route (`#/meeting/2026-W48`) opened beside the main window,
// e.g. "Present on the other screen" for the weekly meeting on a TV or projector. Every choice
// is a function over Electron-like objects; main.ts passes the real BrowserWindow and screen in.
//
// The second window gets the same rules as the first for free: it is built from
// createWindowOptions (same webPreferences and preload), shares the default session (so the CSP
// header and the permission handlers apply), is hardened on 'web-contents-created' like every
// web contents, and its frame passes isTrustedSender because it shows the same file URL.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { OpenWindowOptions, OpenWindowResult } from '../../shared/bridge';
import { checkRoute } from './routes';
import { createWindowOptions, isAppUrl } from './security';
import { restoreAndFocus, type FocusableWindowLike } from './single-instance';
import { fitToDisplays, type Rect } from './window-state';

export type { OpenWindowOptions, OpenWindowResult };

/** The slice of Electron's Display the placement needs. */
export interface DisplayLike {
  readonly id?: number;
  /** The whole screen (where a full-screen window goes). */
  readonly bounds: Rect;
  /** The screen less taskbars and docks (where a normal window goes). */
  readonly workArea: Rect;
}

/** How far down and right of the main window a second window opens on the same screen. */
export const SECOND_WINDOW_OFFSET = 40;

/** The app's entry URL showing `route`: any hash or query on the entry is replaced. */
export function appUrlForRoute(appUrl: string, route: string): string {
  const url = new URL(appUrl);
  url.search = '';
  url.hash = route.startsWith('#') ? route.slice(1) : route;
  return url.href;
}

function centre(rect: Rect): { x: number; y: number } {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

function contains(rect: Rect, point: { x: number; y: number }): boolean {
  return (
    point.x >= rect.x &&
    point.x < rect.x + rect.width &&
    point.y >= rect.y &&
    point.y < rect.y + rect.height
  );
}

/** The display the main window is on: the one holding its centre, else the first one. */
export function displayOf(
  displays: readonly DisplayLike[],
  bounds: Rect | null | undefined,
): DisplayLike | undefined {
  if (!bounds) return displays[0];
  const middle = centre(bounds);
  return displays.find((d) => contains(d.bounds, middle)) ?? displays[0];
}

export interface SecondWindowPlan {
  options: BrowserWindowConstructorOptions;
  /** True when the window covers another display, full screen. */
  presenting: boolean;
}

/**
 * Where the second window goes. Presenting with another display attached: that display's
 * bounds, full screen. Otherwise (one display, or not presenting): a normal window the main
 * window's size, offset down and right from it, kept on the main window's display.
 * webPreferences are createWindowOptions' own.
 */
export function secondWindowPlan(
  preloadPath: string,
  {
    displays,
    mainBounds,
    present = false,
    dev = false,
  }: {
    displays: readonly DisplayLike[];
    mainBounds: Rect | null | undefined;
    present?: boolean;
    dev?: boolean;
  },
): SecondWindowPlan {
  const home = displayOf(displays, mainBounds);
  const other = present ? displays.find((d) => d !== home) : undefined;
  if (other) {
    return {
      options: {
        ...createWindowOptions(preloadPath, { ...other.bounds }, { dev }),
        fullscreen: true,
      },
      presenting: true,
    };
  }
  const base: Rect = mainBounds ?? home?.workArea ?? { x: 0, y: 0, width: 1280, height: 800 };
  const offset = {
    x: base.x + SECOND_WINDOW_OFFSET,
    y: base.y + SECOND_WINDOW_OFFSET,
    width: base.width,
    height: base.height,
    maximized: false,
  };
  const { maximized: _maximized, ...bounds } = home
    ? fitToDisplays(offset, { getAllDisplays: () => [home], getPrimaryDisplay: () => home })
    : offset;
  return { options: createWindowOptions(preloadPath, bounds, { dev }), presenting: false };
}

/** The slice of BrowserWindow the second window needs. */
export interface SecondWindowLike extends FocusableWindowLike {
  loadURL(url: string): Promise<unknown>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
}

export interface SecondWindowDeps<W extends SecondWindowLike> {
  /** The app's entry URL, `file:///…/index.html`. */
  appUrl: string;
  preloadPath: string;
  dev?: boolean;
  /** `screen.getAllDisplays()`. */
  getDisplays(): readonly DisplayLike[];
  /** The main window's bounds, or null when it is gone. */
  getMainBounds(): Rect | null | undefined;
  /** `new BrowserWindow(options)`. */
  createWindow(options: BrowserWindowConstructorOptions): W;
  log?: (...args: unknown[]) => void;
}

export interface SecondWindowOpener<W> {
  open(route: unknown, options?: OpenWindowOptions): OpenWindowResult;
  /** The open second window, if any. */
  current(): W | null;
}

/**
 * Opens a route in the second window, creating it on first use; later routes load in the same
 * window, which comes to the front. Loading runs in the background: failures are logged.
 */
export function createSecondWindowOpener<W extends SecondWindowLike>(
  deps: SecondWindowDeps<W>,
): SecondWindowOpener<W> {
  const log = deps.log ?? console.error;
  let second: W | null = null;
  const current = () => (second && !second.isDestroyed() ? second : null);
  const load = (window: W, url: string) => {
    window.loadURL(url).catch((error: unknown) => log('Could not load the second window', error));
  };
  return {
    current,
    open(route, options = {}) {
      const check = checkRoute(route);
      if (!check.ok) return check;
      const url = appUrlForRoute(deps.appUrl, check.route);
      if (!isAppUrl(url, deps.appUrl)) return { ok: false, message: 'Not a Rapport page.' };
      const open = current();
      if (open) {
        load(open, url);
        restoreAndFocus(open);
        return { ok: true };
      }
      const { options: windowOptions } = secondWindowPlan(deps.preloadPath, {
        displays: deps.getDisplays(),
        mainBounds: deps.getMainBounds(),
        present: options.present === true,
        dev: deps.dev ?? false,
      });
      const window = deps.createWindow(windowOptions);
      second = window;
      window.once('ready-to-show', () => window.show());
      window.on('closed', () => {
        if (second === window) second = null;
      });
      load(window, url);
      return { ok: true };
    },
  };
}
