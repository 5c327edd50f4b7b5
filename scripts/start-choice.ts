// `npm start`'s one decision, kept pure for its test: the Electron desktop app where its binary
// is on this machine (or can still be fetched), else the same app through the browser host, on
// the desktop app's own planner file. scripts/start.mjs wires it to the real process.
import { join } from 'node:path';

export const BROWSER_INSTEAD =
  "The Electron desktop shell isn't installed on this machine (its download was blocked), " +
  'so Rapport opens in your browser instead.';

export const FETCHING_ELECTRON = 'Fetching the Electron desktop shell (a one-time download)…';

export interface StartDeps {
  /** The installed `electron` package's folder (node_modules/electron). */
  electronDir: string;
  /** The built browser host (out/electron/browser-host.cjs). */
  browserHost: string;
  env: Readonly<Record<string, string | undefined>>;
  exists(file: string): boolean;
  /** A file's text, or undefined when it cannot be read. */
  read(file: string): string | undefined;
  /** Runs `node` with `args` to its end and resolves to its exit code; `quiet` hides its output. */
  runNode(args: string[], options?: { quiet?: boolean }): Promise<number>;
  say(line: string): void;
}

/**
 * Where the Electron binary is, as the `electron` package itself finds it (its path.txt, or
 * ELECTRON_OVERRIDE_DIST_PATH), but without the download that requiring the package starts.
 * Undefined when nothing says where it is or the file is not there.
 */
export function electronBinary(deps: Pick<StartDeps, 'electronDir' | 'env' | 'exists' | 'read'>) {
  const name = deps.read(join(deps.electronDir, 'path.txt'))?.trim() || undefined;
  const override = deps.env.ELECTRON_OVERRIDE_DIST_PATH;
  let binary: string | undefined;
  if (override) binary = join(override, name ?? 'electron');
  else if (name) binary = join(deps.electronDir, 'dist', name);
  return binary !== undefined && deps.exists(binary) ? binary : undefined;
}

/** Starts Rapport and resolves to the exit code of what ran. */
export async function startRapport(deps: StartDeps): Promise<number> {
  const installer = join(deps.electronDir, 'install.js');
  // The electron package fetches its binary on first use. An override path is one the person
  // filled themselves: a download (into the package's own folder) would not put it there.
  if (!electronBinary(deps) && !deps.env.ELECTRON_OVERRIDE_DIST_PATH && deps.exists(installer)) {
    deps.say(FETCHING_ELECTRON);
    await deps.runNode([installer], { quiet: true });
  }
  if (electronBinary(deps)) return deps.runNode([join(deps.electronDir, 'cli.js'), '.']);
  deps.say(BROWSER_INSTEAD);
  return deps.runNode([deps.browserHost, '--open']);
}
