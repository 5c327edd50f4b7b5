// `npm run start:browser -- --db FILE --port N`: serves the built renderer and the API contract
// to a browser on this computer. This file only wires the real process to the decisions in
// config.ts and the server in host.ts; it runs as out/electron/browser-host.cjs,
// so the renderer it serves is the out/renderer folder next to it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { mediaUploads } from '../media/files';
import {
  browserOpener,
  chooseToken,
  defaultDbFile,
  HOST_USAGE,
  pageUrl,
  parseHostArgs,
  startMessage,
} from './config';
import { backupDownloadsFor } from './backup';
import { createHttpHost, type HttpHost } from './host';
import { servePlanner, type ServedPlanner } from '../api/recovery';
import { StoreOpenError } from '../store/database';

function fail(message: string, exitCode: number): never {
  process.stderr.write(`${message}\n`);
  process.exit(exitCode);
}

async function main(): Promise<void> {
  const parsed = parseHostArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    process.stdout.write(HOST_USAGE);
    return;
  }
  if (parsed.kind === 'error') fail(`${parsed.message}\n\n${HOST_USAGE}`, 64);

  const tokenChoice = chooseToken(process.env, () => randomBytes(32).toString('base64url'));
  if (!tokenChoice.ok) fail(tokenChoice.message, 64);

  const staticDir = resolve(__dirname, '..', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    fail(`The built app is missing (${staticDir}). Run "npm run build" first.`, 1);
  }

  let dbFile = parsed.args.db;
  if (dbFile === undefined) {
    dbFile = defaultDbFile({ platform: process.platform, env: process.env, homedir: homedir() });
    mkdirSync(dirname(dbFile), { recursive: true });
  }
  dbFile = resolve(dbFile);

  let planner: ServedPlanner;
  try {
    planner = servePlanner(dbFile);
  } catch (error) {
    if (error instanceof StoreOpenError) fail(error.message, 2);
    throw error;
  }

  let host: HttpHost;
  try {
    host = await createHttpHost({
      dispatch: planner.dispatch,
      uploads: mediaUploads(join(dirname(dbFile), 'media')),
      backups: backupDownloadsFor(dbFile),
      plans: { write: (file) => planner.writePlan(file) },
      staticDir,
      token: tokenChoice.token,
      port: parsed.args.port,
    });
  } catch (error) {
    planner.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'EADDRINUSE')
      fail(
        `Port ${parsed.args.port} is already in use. Try another --port, or leave it out to pick a free one.`,
        1,
      );
    if (code === 'EACCES')
      fail(`Not allowed to listen on port ${parsed.args.port}. Try a port above 1024.`, 1);
    throw error;
  }

  for (const line of startMessage(host.url, tokenChoice.token, dbFile)) console.log(line);
  if (parsed.args.open) openInBrowser(pageUrl(host.url, tokenChoice.token));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping Rapport…`);
    host
      .close()
      .catch((error: unknown) => console.error('Closing the server failed:', error))
      .finally(() => {
        planner.close();
        process.exit(0);
      });
  };
  // `on`, not `once`: Ctrl+C reaches this process from the terminal and again from the npm
  // (or start script) that runs it; a second signal must not cut the clean close short.
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Best effort: the address is printed anyway, so a missing or failing browser is ignored. */
function openInBrowser(url: string): void {
  const opener = browserOpener(url, { platform: process.platform, env: process.env });
  if (!opener) return;
  const child = spawn(opener.command, opener.args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
