// npm start's decision, with fakes for the file system and the processes it runs.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  BROWSER_INSTEAD,
  electronBinary,
  FETCHING_ELECTRON,
  startRapport,
  type StartDeps,
} from '../../scripts/start-choice';

const electronDir = '/app/node_modules/electron';
const installer = join(electronDir, 'install.js');
const cli = join(electronDir, 'cli.js');
const binary = join(electronDir, 'dist', 'electron');
const browserHost = '/app/out/electron/browser-host.cjs';

/** A machine whose files are `files` (path → text); `download` is what install.js does. */
function machine(
  given: Record<string, string>,
  { env = {}, download = () => 1 }: { env?: StartDeps['env']; download?: () => number } = {},
) {
  const files = { ...given };
  const ran: string[][] = [];
  const said: string[] = [];
  const deps: StartDeps = {
    electronDir,
    browserHost,
    env,
    exists: (file) => file in files,
    read: (file) => files[file],
    runNode: async (args) => {
      ran.push(args);
      return args[0] === installer ? download() : 0;
    },
    say: (line) => said.push(line),
  };
  return { deps, ran, said, files };
}

const installed = { [installer]: '', [join(electronDir, 'path.txt')]: 'electron', [binary]: '' };
const notDownloaded = { [installer]: '' };

describe('electronBinary', () => {
  it('is the file path.txt names inside dist/', () => {
    expect(electronBinary(machine(installed).deps)).toBe(binary);
  });

  it('is missing before the download (no path.txt) and when the file is gone', () => {
    expect(electronBinary(machine(notDownloaded).deps)).toBeUndefined();
    const gone = { ...installed };
    delete gone[binary];
    expect(electronBinary(machine(gone).deps)).toBeUndefined();
  });

  it('follows ELECTRON_OVERRIDE_DIST_PATH as the electron package does', () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/opt/my-electron' };
    expect(electronBinary(machine(installed, { env }).deps)).toBeUndefined();
    const own = { ...notDownloaded, '/opt/my-electron/electron': '' };
    expect(electronBinary(machine(own, { env }).deps)).toBe('/opt/my-electron/electron');
  });
});

describe('startRapport', () => {
  it('runs the desktop app as before where Electron is installed, saying nothing', async () => {
    const { deps, ran, said } = machine(installed);
    expect(await startRapport(deps)).toBe(0);
    expect(ran).toEqual([[cli, '.']]);
    expect(said).toEqual([]);
  });

  it('fetches Electron on the first start, then runs the desktop app', async () => {
    const m = machine(notDownloaded, {
      download: () => {
        Object.assign(m.files, installed);
        return 0;
      },
    });
    expect(await startRapport(m.deps)).toBe(0);
    expect(m.ran).toEqual([[installer], [cli, '.']]);
    expect(m.said).toEqual([FETCHING_ELECTRON]);
  });

  it('opens the browser host, in one sentence, when the download is blocked', async () => {
    const { deps, ran, said } = machine(notDownloaded);
    expect(await startRapport(deps)).toBe(0);
    expect(ran).toEqual([[installer], [browserHost, '--open']]);
    expect(said).toEqual([FETCHING_ELECTRON, BROWSER_INSTEAD]);
    // No --db: the browser host opens the desktop app's own planner file.
    expect(ran.at(-1)).not.toContain('--db');
  });

  it('does not download for an override path a download cannot fill', async () => {
    const env = { ELECTRON_OVERRIDE_DIST_PATH: '/nowhere' };
    const { deps, ran, said } = machine(installed, { env });
    await startRapport(deps);
    expect(ran).toEqual([[browserHost, '--open']]);
    expect(said).toEqual([BROWSER_INSTEAD]);
  });

  it('goes straight to the browser when the electron package has no installer', async () => {
    const { deps, ran } = machine({});
    await startRapport(deps);
    expect(ran).toEqual([[browserHost, '--open']]);
  });

  it('hands back the exit code of what ran', async () => {
    const { deps } = machine(installed);
    deps.runNode = async () => 3;
    expect(await startRapport(deps)).toBe(3);
  });
});
