import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createWindowOptions,
  restrictPermissions,
  hardenWebContents,
  installCspHeader,
  isAppUrl,
  isSafeExternalUrl,
  isTrustedSender,
  withCspHeader,
  type PreventableEvent,
  type SessionLike,
  type WebContentsLike,
} from '../../electron/shell/security';

const APP_URL = 'file:///opt/Rapport/resources/app.asar/out/renderer/index.html';

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('createWindowOptions', () => {
  const options = createWindowOptions('/app/out/electron/preload.cjs', {
    x: 10,
    y: 20,
    width: 1280,
    height: 800,
  });
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the page, with no Node in it', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and the risky extras off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
  });

  it('uses the given preload, bounds, spellcheck, and devtools only in dev', () => {
    expect(prefs.preload).toBe('/app/out/electron/preload.cjs');
    expect(prefs.spellcheck).toBe(true);
    expect(prefs.devTools).toBe(false);
    expect(
      createWindowOptions('/p', { width: 1000, height: 700 }, { dev: true }).webPreferences
        ?.devTools,
    ).toBe(true);
    expect(options).toMatchObject({ x: 10, y: 20, width: 1280, height: 800, show: false });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts from the app only, never inline or eval', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('locks down objects, base, forms, framing and connections', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it('allows no remote host anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe('isAppUrl', () => {
  it('accepts the app page, with a hash or query', () => {
    expect(isAppUrl(APP_URL, APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}#/calendar`, APP_URL)).toBe(true);
    expect(isAppUrl(`${APP_URL}?view=ideas`, APP_URL)).toBe(true);
  });

  it('refuses other files, other schemes and junk', () => {
    expect(isAppUrl('file:///etc/passwd', APP_URL)).toBe(false);
    expect(
      isAppUrl('file:///opt/Rapport/resources/app.asar/out/renderer/other.html', APP_URL),
    ).toBe(false);
    expect(
      isAppUrl(
        'file://evil.example/opt/Rapport/resources/app.asar/out/renderer/index.html',
        APP_URL,
      ),
    ).toBe(false);
    expect(isAppUrl('https://example.com/out/renderer/index.html', APP_URL)).toBe(false);
    expect(isAppUrl('not a url', APP_URL)).toBe(false);
    expect(isAppUrl(undefined, APP_URL)).toBe(false);
  });

  it('never trusts an http entry point', () => {
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('accepts plain http and https links', () => {
    expect(isSafeExternalUrl('https://www.instagram.com/rapport')).toBe(true);
    expect(isSafeExternalUrl('http://example.com/a?b=c#d')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'mailto:someone@example.com',
    'https://user:secret@example.com/',
    'https://user@example.com/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isSafeExternalUrl(null)).toBe(false);
    expect(isSafeExternalUrl({ toString: () => 'https://example.com' })).toBe(false);
  });
});

type Listener = (event: PreventableEvent & { url: string }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  const contents: WebContentsLike = {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler) => {
      openHandler = handler;
    },
  };
  const fire = (event: string, url = '') => {
    const preventDefault = vi.fn();
    listeners.get(event)?.({ url, preventDefault });
    return preventDefault;
  };
  const open = (url: string) => openHandler?.({ url });
  return { contents, fire, open };
}

function harden() {
  const shell = { openExternal: vi.fn((_url: string) => Promise.resolve()) };
  const fake = fakeContents();
  hardenWebContents(fake.contents, { appUrl: APP_URL, shell });
  return { ...fake, shell };
}

describe('hardenWebContents', () => {
  it('lets the app page navigate within itself', () => {
    const { fire, shell } = harden();
    expect(fire('will-navigate', `${APP_URL}#/staff`)).not.toHaveBeenCalled();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('blocks navigation to the web and opens it in the system browser instead', () => {
    const { fire, shell } = harden();
    expect(fire('will-navigate', 'https://example.com/')).toHaveBeenCalledOnce();
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('blocks navigation to other files and scripts without opening them', () => {
    const { fire, shell } = harden();
    expect(fire('will-navigate', 'file:///etc/passwd')).toHaveBeenCalledOnce();
    expect(fire('will-navigate', 'javascript:alert(1)')).toHaveBeenCalledOnce();
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('denies every window.open, opening only safe links externally', () => {
    const { open, shell } = harden();
    expect(open('https://www.facebook.com/')).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledWith('https://www.facebook.com/');
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'https://a:b@example.com/',
      APP_URL,
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('refuses to attach webviews', () => {
    const { fire } = harden();
    expect(fire('will-attach-webview')).toHaveBeenCalledOnce();
  });

  it('survives the system browser failing to open', async () => {
    const shell = { openExternal: vi.fn(() => Promise.reject(new Error('no browser'))) };
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fake = fakeContents();
    hardenWebContents(fake.contents, { appUrl: APP_URL, shell });
    expect(fake.open('https://example.com/')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(error).toHaveBeenCalled());
    error.mockRestore();
  });
});

function fakeSession() {
  const session = {
    headersListener: undefined as
      Parameters<SessionLike['webRequest']['onHeadersReceived']>[0] | undefined,
    request: undefined as Parameters<SessionLike['setPermissionRequestHandler']>[0] | undefined,
    check: undefined as Parameters<SessionLike['setPermissionCheckHandler']>[0] | undefined,
  };
  const like: SessionLike = {
    webRequest: { onHeadersReceived: (l) => (session.headersListener = l) },
    setPermissionRequestHandler: (h) => (session.request = h),
    setPermissionCheckHandler: (h) => (session.check = h),
  };
  return { session, like };
}

describe('installCspHeader', () => {
  it('puts our policy on every response, replacing any other', () => {
    const { session, like } = fakeSession();
    installCspHeader(like);
    const callback = vi.fn();
    session.headersListener?.(
      {
        responseHeaders: {
          'content-security-policy': ['default-src *'],
          'Content-Type': ['text/html'],
        },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });

  it('adds the policy when the response had no headers', () => {
    expect(withCspHeader(undefined)).toEqual({
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});

describe('restrictPermissions', () => {
  it('refuses every permission request and check', () => {
    const { session, like } = fakeSession();
    restrictPermissions(like, APP_URL);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
    ]) {
      const callback = vi.fn();
      session.request?.({}, permission, callback, { requestingUrl: APP_URL });
      expect(callback).toHaveBeenCalledWith(false);
      expect(session.check?.({}, permission, 'file://', { requestingUrl: APP_URL })).toBe(false);
    }
  });

  it('lets only the app page write to the clipboard', () => {
    const { session, like } = fakeSession();
    restrictPermissions(like, APP_URL);
    const granted = vi.fn();
    session.request?.({}, 'clipboard-sanitized-write', granted, { requestingUrl: APP_URL });
    expect(granted).toHaveBeenCalledWith(true);
    const refused = vi.fn();
    session.request?.({}, 'clipboard-sanitized-write', refused, {
      requestingUrl: 'https://evil.example/',
    });
    expect(refused).toHaveBeenCalledWith(false);
    expect(session.check?.({}, 'clipboard-sanitized-write', 'file://', {})).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app page top frame', () => {
    expect(isTrustedSender({ url: `${APP_URL}#/ideas`, parent: null }, APP_URL)).toBe(true);
  });

  it('refuses a missing frame, another page, and subframes', () => {
    expect(isTrustedSender(null, APP_URL)).toBe(false);
    expect(isTrustedSender(undefined, APP_URL)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP_URL)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/evil.html', parent: null }, APP_URL)).toBe(false);
    expect(isTrustedSender({ url: APP_URL, parent: { url: APP_URL } }, APP_URL)).toBe(false);
  });
});

describe('the page’s own CSP meta tag', () => {
  it('matches the policy the hosts send (less frame-ancestors, which a meta tag cannot carry)', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const expected = CONTENT_SECURITY_POLICY.split('; ')
      .filter((d) => !d.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(expected);
  });
});
