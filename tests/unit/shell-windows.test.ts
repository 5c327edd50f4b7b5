import { describe, expect, it, vi } from 'vitest';
import { checkRoute, isSafeRoute, MAX_ROUTE_LENGTH } from '../../electron/shell/routes';
import {
  createWindowOptions,
  hardenWebContents,
  isTrustedSender,
  restrictPermissions,
  type SessionLike,
  type WebContentsLike,
} from '../../electron/shell/security';
import {
  appUrlForRoute,
  createSecondWindowOpener,
  displayOf,
  secondWindowPlan,
  SECOND_WINDOW_OFFSET,
  type DisplayLike,
  type SecondWindowLike,
} from '../../electron/shell/windows';

const APP_URL = 'file:///app/out/renderer/index.html';
const PRELOAD = '/app/out/electron/preload.cjs';

const laptop: DisplayLike = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1440, height: 900 },
  workArea: { x: 0, y: 25, width: 1440, height: 875 },
};
const projector: DisplayLike = {
  id: 2,
  bounds: { x: 1440, y: 0, width: 1920, height: 1080 },
  workArea: { x: 1440, y: 0, width: 1920, height: 1040 },
};
const mainOnLaptop = { x: 100, y: 60, width: 1200, height: 780 };

describe('checkRoute', () => {
  it.each([
    '#/',
    '#/staff',
    '#/meeting/2026-W48',
    '#/calendar/month/2026-11-27',
    '#/calendar/week/',
    '#/a_b/C-9',
  ])('accepts %s', (route) => {
    expect(checkRoute(route)).toEqual({ ok: true, route });
    expect(isSafeRoute(route)).toBe(true);
  });

  it.each([
    '',
    '#',
    '/staff',
    'staff',
    '#staff',
    '#//evil.example',
    '#/../../etc/passwd',
    '#/meeting/../x',
    '#/a//b',
    '#/a?b=1',
    '#/a#b',
    '#/a%2e%2e',
    '#/a b',
    '#/a\nb',
    'https://evil.example/#/staff',
    'file:///etc/passwd#/staff',
    'javascript:alert(1)//#/x',
    '#/<script>',
    '#/é',
  ])('refuses %j', (route) => {
    const result = checkRoute(route);
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ message: expect.any(String) });
  });

  it('refuses non-strings and overlong routes', () => {
    for (const value of [undefined, null, 42, {}, ['#/staff']]) {
      expect(checkRoute(value).ok).toBe(false);
    }
    const long = `#/${'a'.repeat(MAX_ROUTE_LENGTH)}`;
    expect(checkRoute(long)).toMatchObject({ ok: false, message: /at most/ });
    expect(checkRoute(`#/${'a'.repeat(MAX_ROUTE_LENGTH - 2)}`).ok).toBe(true);
  });
});

describe('appUrlForRoute', () => {
  it('puts the route in the hash of the app entry, replacing any hash or query', () => {
    expect(appUrlForRoute(APP_URL, '#/meeting/2026-W48')).toBe(
      'file:///app/out/renderer/index.html#/meeting/2026-W48',
    );
    expect(appUrlForRoute(`${APP_URL}?x=1#token=abc`, '#/staff')).toBe(`${APP_URL}#/staff`);
  });

  it('keeps spaces and non-ASCII in the path encoded', () => {
    const url = appUrlForRoute('file:///C:/Program%20Files/Rapport/index.html', '#/staff');
    expect(url).toBe('file:///C:/Program%20Files/Rapport/index.html#/staff');
  });
});

describe('displayOf', () => {
  it('is the display holding the main window centre, else the first display', () => {
    expect(displayOf([laptop, projector], mainOnLaptop)).toBe(laptop);
    expect(displayOf([laptop, projector], { x: 2000, y: 100, width: 800, height: 600 })).toBe(
      projector,
    );
    expect(displayOf([laptop, projector], { x: -5000, y: 0, width: 10, height: 10 })).toBe(laptop);
    expect(displayOf([laptop, projector], null)).toBe(laptop);
    expect(displayOf([], mainOnLaptop)).toBeUndefined();
  });
});

describe('secondWindowPlan', () => {
  const secure = createWindowOptions(PRELOAD, { width: 1, height: 1 }).webPreferences;

  it('presents full screen on the other display', () => {
    const plan = secondWindowPlan(PRELOAD, {
      displays: [laptop, projector],
      mainBounds: mainOnLaptop,
      present: true,
    });
    expect(plan.presenting).toBe(true);
    expect(plan.options).toMatchObject({ ...projector.bounds, fullscreen: true, show: false });
    expect(plan.options.webPreferences).toEqual(secure);
  });

  it('presents on the laptop when the main window is on the projector', () => {
    const plan = secondWindowPlan(PRELOAD, {
      displays: [laptop, projector],
      mainBounds: { x: 1500, y: 50, width: 1280, height: 800 },
      present: true,
    });
    expect(plan.options).toMatchObject({ ...laptop.bounds, fullscreen: true });
  });

  it('opens a normal window offset from the main one on a single display', () => {
    const plan = secondWindowPlan(PRELOAD, {
      displays: [laptop],
      mainBounds: { x: 100, y: 60, width: 1000, height: 700 },
      present: true,
    });
    expect(plan.presenting).toBe(false);
    expect(plan.options.fullscreen).toBeUndefined();
    expect(plan.options).toMatchObject({
      x: 100 + SECOND_WINDOW_OFFSET,
      y: 60 + SECOND_WINDOW_OFFSET,
      width: 1000,
      height: 700,
    });
    expect(plan.options.webPreferences).toEqual(secure);
  });

  it('keeps the offset window on the main window’s display', () => {
    const plan = secondWindowPlan(PRELOAD, {
      displays: [laptop],
      mainBounds: { x: 0, y: 25, width: 1440, height: 875 },
    });
    const { x, y, width, height } = plan.options as Required<typeof laptop.bounds>;
    expect(x + width).toBeLessThanOrEqual(1440);
    expect(y + height).toBeLessThanOrEqual(900);
    expect(y).toBeGreaterThanOrEqual(25);
  });

  it('does not present unless asked, even with two displays', () => {
    const plan = secondWindowPlan(PRELOAD, {
      displays: [laptop, projector],
      mainBounds: mainOnLaptop,
    });
    expect(plan.presenting).toBe(false);
    expect(plan.options).toMatchObject({ x: 140, y: 100 });
  });

  it('passes dev through to createWindowOptions (DevTools only in development)', () => {
    const dev = secondWindowPlan(PRELOAD, { displays: [laptop], mainBounds: null, dev: true });
    expect(dev.options.webPreferences).toMatchObject({ devTools: true, sandbox: true });
    const prod = secondWindowPlan(PRELOAD, { displays: [laptop], mainBounds: null });
    expect(prod.options.webPreferences).toMatchObject({ devTools: false, preload: PRELOAD });
  });
});

function fakeWindow(options: unknown) {
  const listeners = new Map<string, () => void>();
  let destroyed = false;
  const window = {
    options,
    loadURL: vi.fn((_url: string) => Promise.resolve()),
    once: vi.fn((event: string, l: () => void) => listeners.set(event, l)),
    on: vi.fn((event: string, l: () => void) => listeners.set(event, l)),
    show: vi.fn(),
    focus: vi.fn(),
    restore: vi.fn(),
    isMinimized: vi.fn(() => false),
    isDestroyed: () => destroyed,
    emit: (event: string) => listeners.get(event)?.(),
    destroy() {
      destroyed = true;
      listeners.get('closed')?.();
    },
  } satisfies SecondWindowLike & Record<string, unknown>;
  return window;
}

function opener(displays: DisplayLike[] = [laptop, projector]) {
  const windows: ReturnType<typeof fakeWindow>[] = [];
  const log = vi.fn();
  const open = createSecondWindowOpener({
    appUrl: APP_URL,
    preloadPath: PRELOAD,
    getDisplays: () => displays,
    getMainBounds: () => mainOnLaptop,
    createWindow: (options) => {
      const window = fakeWindow(options);
      windows.push(window);
      return window;
    },
    log,
  });
  return { open, windows, log };
}

describe('createSecondWindowOpener', () => {
  it('creates a presenting window on the other display and loads the route', () => {
    const { open, windows } = opener();
    expect(open.open('#/meeting/2026-W48', { present: true })).toEqual({ ok: true });
    expect(windows).toHaveLength(1);
    const window = windows[0]!;
    expect(window.options).toMatchObject({ ...projector.bounds, fullscreen: true });
    expect(window.loadURL).toHaveBeenCalledWith(`${APP_URL}#/meeting/2026-W48`);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
    expect(open.current()).toBe(window);
  });

  it('reuses the open window for a new route: loads it and brings it forward', () => {
    const { open, windows } = opener();
    open.open('#/meeting/2026-W48', { present: true });
    const window = windows[0]!;
    window.isMinimized.mockReturnValue(true);
    expect(open.open('#/meeting/2026-W49')).toEqual({ ok: true });
    expect(windows).toHaveLength(1);
    expect(window.loadURL).toHaveBeenLastCalledWith(`${APP_URL}#/meeting/2026-W49`);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('makes a new window once the old one is closed', () => {
    const { open, windows } = opener([laptop]);
    open.open('#/staff');
    windows[0]!.destroy();
    expect(open.current()).toBeNull();
    open.open('#/staff');
    expect(windows).toHaveLength(2);
    expect(windows[1]!.options).toMatchObject({ x: 140, y: 100 });
  });

  it('refuses a bad route without creating or loading anything', () => {
    const { open, windows } = opener();
    expect(open.open('https://evil.example/')).toMatchObject({ ok: false });
    expect(open.open('#/../x')).toMatchObject({ ok: false });
    expect(windows).toHaveLength(0);
    open.open('#/staff');
    expect(open.open(42)).toMatchObject({ ok: false });
    expect(windows[0]!.loadURL).toHaveBeenCalledTimes(1);
  });

  it('logs a failed load instead of throwing', async () => {
    const { open, windows, log } = opener();
    open.open('#/staff');
    windows[0]!.loadURL.mockRejectedValueOnce(new Error('ERR_FILE_NOT_FOUND'));
    expect(open.open('#/meeting/2026-W48')).toEqual({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toHaveBeenCalledWith(expect.any(String), expect.any(Error));
  });
});

describe('the window rules hold for the second window too', () => {
  const secondUrl = appUrlForRoute(APP_URL, '#/meeting/2026-W48');

  it('trusts the second window’s top frame for IPC, and not its subframes', () => {
    expect(isTrustedSender({ url: secondUrl, parent: null }, APP_URL)).toBe(true);
    expect(isTrustedSender({ url: secondUrl, parent: {} }, APP_URL)).toBe(false);
  });

  it('hardens each window’s web contents independently', () => {
    const shell = { openExternal: vi.fn(() => Promise.resolve()) };
    const make = () => {
      const handlers = new Map<string, (e: unknown) => void>();
      let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
      const contents = {
        on: (event: string, l: (e: unknown) => void) => handlers.set(event, l),
        setWindowOpenHandler: (h: typeof openHandler) => (openHandler = h),
      } as unknown as WebContentsLike;
      hardenWebContents(contents, { appUrl: APP_URL, shell });
      return { handlers, open: (url: string) => openHandler!({ url }) };
    };
    for (const window of [make(), make()]) {
      const stay = { url: secondUrl, preventDefault: vi.fn() };
      window.handlers.get('will-navigate')!(stay);
      expect(stay.preventDefault).not.toHaveBeenCalled();
      const leave = { url: 'https://evil.example/', preventDefault: vi.fn() };
      window.handlers.get('will-navigate')!(leave);
      expect(leave.preventDefault).toHaveBeenCalled();
      expect(window.open(secondUrl)).toEqual({ action: 'deny' });
      const webview = { preventDefault: vi.fn() };
      window.handlers.get('will-attach-webview')!(webview);
      expect(webview.preventDefault).toHaveBeenCalled();
    }
  });

  it('grants the clipboard to the second window’s page like the first, nothing else', () => {
    let check: Parameters<SessionLike['setPermissionCheckHandler']>[0] | undefined;
    restrictPermissions(
      {
        setPermissionRequestHandler: () => {},
        setPermissionCheckHandler: (h) => (check = h),
      },
      APP_URL,
    );
    expect(check!({}, 'clipboard-sanitized-write', '', { requestingUrl: secondUrl })).toBe(true);
    expect(check!({}, 'media', '', { requestingUrl: secondUrl })).toBe(false);
  });
});
