// The browser host's command line, data folder, token and start message, as pure decisions.
import { describe, expect, it } from 'vitest';
import {
  browserOpener,
  chooseToken,
  defaultDataDir,
  defaultDbFile,
  HOST_USAGE,
  pageUrl,
  parseHostArgs,
  startMessage,
} from '../../electron/http/config';

describe('parseHostArgs', () => {
  it('defaults to the default database and a free port', () => {
    expect(parseHostArgs([])).toEqual({
      kind: 'run',
      args: { db: undefined, port: 0, open: false },
    });
  });

  it.each([
    [['--db', 'plan.db', '--port', '8123'], { db: 'plan.db', port: 8123, open: false }],
    [['--port=0', '--db=/tmp/a b.db'], { db: '/tmp/a b.db', port: 0, open: false }],
    [['--db', 'one.db', '--db', 'two.db'], { db: 'two.db', port: 0, open: false }],
    [['--port', '65535'], { db: undefined, port: 65535, open: false }],
    [['--open', '--port', '5174'], { db: undefined, port: 5174, open: true }],
  ])('reads %j', (argv, args) => {
    expect(parseHostArgs(argv)).toEqual({ kind: 'run', args });
  });

  it.each([['--help'], ['-h'], ['--db', 'x.db', '--help']])('asks for help with %j', (...argv) => {
    expect(parseHostArgs(argv)).toEqual({ kind: 'help' });
  });

  it.each([
    [['--db'], /--db needs a value/],
    [['--db', '--port', '1'], /--db needs a value/],
    [['--db='], /--db needs a file name/],
    [['--port'], /--port needs a value/],
    [['--port', 'eighty'], /--port must be a whole number/],
    [['--port', '-1'], /--port must be a whole number/],
    [['--port', '65536'], /--port must be a whole number/],
    [['--port', '1.5'], /--port must be a whole number/],
    [['--verbose'], /Unknown option "--verbose"/],
    [['plan.db'], /Unknown option "plan.db"/],
  ])('refuses %j', (argv, message) => {
    const parsed = parseHostArgs(argv);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.message).toMatch(message);
  });

  it('documents every option', () => {
    for (const option of ['--db FILE', '--port N', '--open', '--help', 'RAPPORT_TOKEN']) {
      expect(HOST_USAGE).toContain(option);
    }
  });
});

describe('defaultDataDir', () => {
  it('uses XDG_CONFIG_HOME on Linux when it is absolute', () => {
    expect(
      defaultDataDir({
        platform: 'linux',
        env: { XDG_CONFIG_HOME: '/data/me' },
        homedir: '/home/me',
      }),
    ).toBe('/data/me/Rapport');
  });

  it.each([{}, { XDG_CONFIG_HOME: '' }, { XDG_CONFIG_HOME: 'relative/dir' }])(
    'falls back to ~/.config on Linux (as Electron does) with %j',
    (env) => {
      expect(defaultDataDir({ platform: 'linux', env, homedir: '/home/me' })).toBe(
        '/home/me/.config/Rapport',
      );
    },
  );

  it('uses Application Support on macOS', () => {
    expect(
      defaultDataDir({ platform: 'darwin', env: { XDG_CONFIG_HOME: '/x' }, homedir: '/Users/me' }),
    ).toBe('/Users/me/Library/Application Support/Rapport');
  });

  it('uses %APPDATA% on Windows, or its usual place', () => {
    expect(
      defaultDataDir({
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\me\\AppData\\Roaming' },
        homedir: 'C:\\Users\\me',
      }),
    ).toBe('C:\\Users\\me\\AppData\\Roaming\\Rapport');
    expect(defaultDataDir({ platform: 'win32', env: {}, homedir: 'C:\\Users\\me' })).toBe(
      'C:\\Users\\me\\AppData\\Roaming\\Rapport',
    );
  });

  it('puts rapport.db inside it', () => {
    expect(defaultDbFile({ platform: 'linux', env: {}, homedir: '/home/me' })).toBe(
      '/home/me/.config/Rapport/rapport.db',
    );
    expect(
      defaultDbFile({ platform: 'win32', env: { APPDATA: 'D:\\AppData' }, homedir: 'C:\\' }),
    ).toBe('D:\\AppData\\Rapport\\rapport.db');
  });
});

describe('chooseToken', () => {
  const random = () => 'random-token-from-crypto';

  it('makes a random token when RAPPORT_TOKEN is unset or empty', () => {
    expect(chooseToken({}, random)).toEqual({ ok: true, token: random(), fromEnv: false });
    expect(chooseToken({ RAPPORT_TOKEN: '' }, random)).toMatchObject({ token: random() });
  });

  it('uses RAPPORT_TOKEN when it is long enough and URL-safe', () => {
    expect(chooseToken({ RAPPORT_TOKEN: 'abcdefghijklmnop' }, random)).toEqual({
      ok: true,
      token: 'abcdefghijklmnop',
      fromEnv: true,
    });
  });

  it.each(['short', 'has space in it 123', 'plus+signs+break+fragments', 'x'.repeat(513)])(
    'refuses RAPPORT_TOKEN=%s',
    (value) => {
      const choice = chooseToken({ RAPPORT_TOKEN: value }, random);
      expect(choice.ok).toBe(false);
      if (!choice.ok) expect(choice.message).toMatch(/RAPPORT_TOKEN must be/);
    },
  );
});

describe('start message', () => {
  it('hands the token over in the URL fragment, never the path or query', () => {
    expect(pageUrl('http://127.0.0.1:4000/', 'abc-_123')).toBe(
      'http://127.0.0.1:4000/#token=abc-_123',
    );
    expect(pageUrl('http://127.0.0.1:4000', 'abc')).toBe('http://127.0.0.1:4000/#token=abc');
  });

  it('prints where it runs, the file, and how to stop', () => {
    expect(startMessage('http://127.0.0.1:4000/', 'tok', '/tmp/p.db')).toEqual([
      'Rapport is running at http://127.0.0.1:4000/#token=tok',
      'Planner file: /tmp/p.db',
      'Press Ctrl+C to stop it.',
    ]);
  });
});

describe('browserOpener', () => {
  const url = 'http://127.0.0.1:5174/#token=abc';

  it.each([
    ['darwin', {}, { command: 'open', args: [url] }],
    ['win32', {}, { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] }],
    ['linux', { DISPLAY: ':0' }, { command: 'xdg-open', args: [url] }],
    ['linux', { WAYLAND_DISPLAY: 'wayland-0' }, { command: 'xdg-open', args: [url] }],
    ['freebsd', { DISPLAY: ':1' }, { command: 'xdg-open', args: [url] }],
  ] as const)('opens on %s %j', (platform, env, opener) => {
    expect(browserOpener(url, { platform, env })).toEqual(opener);
  });

  it('opens nothing on Linux without a graphical session (no text browser in the terminal)', () => {
    expect(browserOpener(url, { platform: 'linux', env: {} })).toBeUndefined();
  });

  it.each(['darwin', 'win32', 'linux'] as const)('opens nothing on %s with BROWSER=none', (p) => {
    expect(browserOpener(url, { platform: p, env: { BROWSER: 'none', DISPLAY: ':0' } })).toBe(
      undefined,
    );
  });
});
