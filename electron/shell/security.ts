// The window's security rules as small functions over Electron-like objects, so each rule is
// tested in plain Node. main.ts only passes the real Electron objects in.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export interface Bounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** Smallest window the UI is laid out for (a 1280×720 projector has room to spare). */
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;

export const WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
} as const satisfies WebPreferences;

export function createWindowOptions(
  preloadPath: string,
  bounds: Bounds,
  { dev = false }: { dev?: boolean } = {},
): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Rapport',
    // Shown on 'ready-to-show', so the user never sees a blank white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...WEB_PREFERENCES, preload: preloadPath, devTools: dev },
  };
}

// 'unsafe-inline' for styles only: React's style={...} props and react-big-calendar position
// events with inline style attributes, which a nonce cannot cover. Scripts stay 'self' only.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for the app's own page (any #hash or ?query on it), loaded from file://. */
export function isAppUrl(url: unknown, appEntryUrl: string): boolean {
  const target = parseUrl(url);
  const entry = parseUrl(appEntryUrl);
  if (!target || !entry || entry.protocol !== 'file:') return false;
  return (
    target.protocol === 'file:' && target.host === entry.host && target.pathname === entry.pathname
  );
}

/** Links we may hand to the system browser: plain http(s), no user:password@. */
export function isSafeExternalUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return false;
  return parsed.username === '' && parsed.password === '' && parsed.hostname !== '';
}

export interface ShellLike {
  openExternal(url: string): Promise<void>;
}

export interface PreventableEvent {
  preventDefault(): void;
}

/** The slice of WebContents the hardening needs. */
export interface WebContentsLike {
  on(
    event: 'will-navigate',
    listener: (event: PreventableEvent & { url: string }) => void,
  ): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

function openExternally(url: string, shell: ShellLike): void {
  if (!isSafeExternalUrl(url)) return;
  // electronegativity-ok: the URL passed isSafeExternalUrl (http/https only, no credentials).
  shell.openExternal(url).catch((error: unknown) => {
    console.error('Could not open link in the browser', error);
  });
}

/**
 * The app page never navigates away or opens windows: links to the web go to the system
 * browser, anything else is dropped. <webview> is refused outright.
 */
export function hardenWebContents(
  contents: WebContentsLike,
  { appUrl, shell }: { appUrl: string; shell: ShellLike },
): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appUrl)) return;
    event.preventDefault();
    openExternally(event.url, shell);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url, shell);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

type Headers = Record<string, string | string[]>;

/** The response headers with our CSP in place of any the response carried. */
export function withCspHeader(headers: Headers | undefined): Headers {
  const result: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return result;
}

export interface SessionLike {
  webRequest: {
    onHeadersReceived(
      listener: (
        details: { responseHeaders?: Headers },
        callback: (response: { responseHeaders?: Headers }) => void,
      ) => void,
    ): void;
  };
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details?: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (
      webContents: unknown,
      permission: string,
      requestingOrigin: string,
      details?: { requestingUrl?: string },
    ) => boolean,
  ): void;
}

export function installCspHeader(session: Pick<SessionLike, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCspHeader(details.responseHeaders) });
  });
}

/** The one permission the app page gets: writing text to the clipboard ("Copy caption"). */
export const ALLOWED_PERMISSION = 'clipboard-sanitized-write';

/**
 * Rapport needs no camera, location, notifications-by-web-API or the like: everything is
 * refused, except clipboard writes from the app's own page.
 */
export function restrictPermissions(
  session: Pick<SessionLike, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>,
  appUrl: string,
): void {
  const allowed = (permission: string, url: string | undefined) =>
    permission === ALLOWED_PERMISSION && url !== undefined && isAppUrl(url, appUrl);
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(allowed(permission, details?.requestingUrl)),
  );
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    allowed(permission, details?.requestingUrl),
  );
}

export interface FrameLike {
  readonly url: string;
  readonly parent?: unknown;
}

/** IPC is served only to the app page's top frame; no frame (it went away) is refused. */
export function isTrustedSender(frame: FrameLike | null | undefined, appUrl: string): boolean {
  if (!frame) return false;
  if (frame.parent !== null && frame.parent !== undefined) return false;
  return isAppUrl(frame.url, appUrl);
}
