// The browser host's decisions, as pure functions: command-line arguments, the default data
// folder per platform, the access token, and what it prints on start. electron/http/browser-host.ts
// only wires these to the real process, file system and server.
import { posix, win32 } from 'node:path';

export interface HostArgs {
  /** The database file; undefined = the default one in the per-user data folder. */
  db: string | undefined;
  /** 0 = any free port. */
  port: number;
  /** Open the address in this computer's browser once listening (`npm start` asks for it). */
  open: boolean;
}

export type ParsedHostArgs =
  { kind: 'run'; args: HostArgs } | { kind: 'help' } | { kind: 'error'; message: string };

export const HOST_USAGE = `Usage: npm run start:browser -- [--db FILE] [--port N] [--open]

Serves Rapport to a web browser on this computer only (http://127.0.0.1).

  --db FILE   the planner file to open (created if missing).
              Default: rapport.db in your Rapport data folder.
  --port N    the port to listen on (1-65535). Default: any free port.
  --open      open the address in this computer's web browser, where there is one.
  --help      show this help.

Environment:
  RAPPORT_TOKEN   use this access token instead of a random one
                  (at least 16 of A-Z a-z 0-9 - _ . ~).
  BROWSER=none    never open a browser, even with --open.
`;

/** Parses `--db FILE`, `--port N` (also `--db=FILE`, `--port=N`), `--open` and `--help` / `-h`. */
export function parseHostArgs(argv: readonly string[]): ParsedHostArgs {
  const args: HostArgs = { db: undefined, port: 0, open: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '--open') {
      args.open = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name !== '--db' && name !== '--port') {
      return { kind: 'error', message: `Unknown option ${JSON.stringify(arg)}.` };
    }
    let value: string | undefined;
    if (name !== arg) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) {
        return { kind: 'error', message: `${name} needs a value.` };
      }
      i++;
    }
    if (name === '--db') {
      if (value.trim() === '') return { kind: 'error', message: '--db needs a file name.' };
      args.db = value;
    } else {
      if (!/^\d+$/.test(value) || Number(value) > 65535) {
        return {
          kind: 'error',
          message: `--port must be a whole number from 0 to 65535, not ${JSON.stringify(value)}.`,
        };
      }
      args.port = Number(value);
    }
  }
  return { kind: 'run', args };
}

export interface PlatformInfo {
  platform: NodeJS.Platform;
  env: Readonly<Record<string, string | undefined>>;
  homedir: string;
}

/**
 * The per-user folder Rapport keeps its data in: the same folder as Electron's
 * app.getPath('userData'), so the desktop app and the browser host open the same planner.
 * Linux (and other Unix) `$XDG_CONFIG_HOME/Rapport` or `~/.config/Rapport`;
 * macOS `~/Library/Application Support/Rapport`; Windows `%APPDATA%\Rapport`.
 */
export function defaultDataDir({ platform, env, homedir }: PlatformInfo): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || win32.join(homedir, 'AppData', 'Roaming');
    return win32.join(appData, 'Rapport');
  }
  if (platform === 'darwin') {
    return posix.join(homedir, 'Library', 'Application Support', 'Rapport');
  }
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && xdg.startsWith('/') ? xdg : posix.join(homedir, '.config');
  return posix.join(base, 'Rapport');
}

/** The default planner file inside the data folder. */
export function defaultDbFile(info: PlatformInfo): string {
  const dir = defaultDataDir(info);
  return info.platform === 'win32' ? win32.join(dir, 'rapport.db') : posix.join(dir, 'rapport.db');
}

/** Characters safe in a URL fragment and an HTTP header without any escaping. */
const TOKEN_PATTERN = /^[A-Za-z0-9._~-]{16,512}$/;

export type TokenChoice =
  { ok: true; token: string; fromEnv: boolean } | { ok: false; message: string };

/**
 * The access token: `RAPPORT_TOKEN` when set, else `random()` (the CLI passes 32 random bytes
 * as base64url). A token from the environment must be long enough and URL-safe.
 */
export function chooseToken(
  env: Readonly<Record<string, string | undefined>>,
  random: () => string,
): TokenChoice {
  const fromEnv = env.RAPPORT_TOKEN;
  if (fromEnv === undefined || fromEnv === '') return { ok: true, token: random(), fromEnv: false };
  if (!TOKEN_PATTERN.test(fromEnv)) {
    return {
      ok: false,
      message:
        'RAPPORT_TOKEN must be 16 to 512 characters of A-Z, a-z, 0-9, "-", "_", "." or "~". ' +
        'Leave it unset to get a random token.',
    };
  }
  return { ok: true, token: fromEnv, fromEnv: true };
}

/** Name of the URL fragment parameter that hands the token to the page. */
export const TOKEN_FRAGMENT_PARAM = 'token';

/**
 * The address to open: the token travels in the URL *fragment* (`#token=…`), which browsers
 * never send to the server, so it stays out of request lines, server logs and Referer headers;
 * the page reads it from `location.hash`.
 */
export function pageUrl(baseUrl: string, token: string): string {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return `${base}#${TOKEN_FRAGMENT_PARAM}=${encodeURIComponent(token)}`;
}

/**
 * How to open `url` in the browser this computer has: `open` (macOS), the URL handler (Windows),
 * `xdg-open` (Linux and other Unix) only in a graphical session, since without one it starts a
 * text browser in the terminal. None when `BROWSER=none`.
 */
export function browserOpener(
  url: string,
  { platform, env }: Omit<PlatformInfo, 'homedir'>,
): { command: string; args: string[] } | undefined {
  if (env.BROWSER === 'none') return undefined;
  if (platform === 'darwin') return { command: 'open', args: [url] };
  // Not `cmd /c start`: cmd.exe would read the `&` and `^` a URL may hold as its own syntax.
  if (platform === 'win32') {
    return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  }
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return undefined;
  return { command: 'xdg-open', args: [url] };
}

/** The lines printed once the host is listening. */
export function startMessage(baseUrl: string, token: string, dbFile: string): string[] {
  return [
    `Rapport is running at ${pageUrl(baseUrl, token)}`,
    `Planner file: ${dbFile}`,
    'Press Ctrl+C to stop it.',
  ];
}
