// `npm start`: builds, then runs the Electron desktop app, or, on a machine where Electron's
// binary could not be downloaded, the same app in the browser (see start-choice.ts). It runs on
// the Node the project pins, which reads the TypeScript of start-choice.ts as it is.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startRapport } from './start-choice.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
let child;
let stopping;

// Ctrl+C reaches the child from the terminal too; a kill aimed at this process alone is passed
// on. Either way this process waits for the child to close cleanly and exits with its code.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = signal;
    child?.kill(signal);
  });
}

function runNode(args, { quiet = false } = {}) {
  return new Promise((resolve) => {
    if (stopping) return resolve(130);
    child = spawn(process.execPath, args, { cwd: root, stdio: quiet ? 'ignore' : 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 130 : 1)));
  });
}

const built = await runNode(['scripts/build.mjs']);
if (built !== 0) process.exit(built);
const code = await startRapport({
  electronDir: dirname(createRequire(import.meta.url).resolve('electron/package.json')),
  browserHost: join(root, 'out', 'electron', 'browser-host.cjs'),
  env: process.env,
  exists: existsSync,
  read: (file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
  },
  runNode,
  say: (line) => console.log(line),
});
process.exit(code);
