// Development: build once, then rebuild on every change and run the browser host, restarting
// it when its bundle changes. Extra arguments go to the host (e.g. -- --db ./dev.db).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const node = process.execPath;
const run = (args, options = {}) => spawn(node, args, { cwd: root, stdio: 'inherit', ...options });

await new Promise((resolve, reject) =>
  run(['scripts/build.mjs']).on('exit', (code) =>
    code === 0 ? resolve() : reject(new Error(`build failed (${code})`)),
  ),
);
const children = [
  run(['scripts/build.mjs', '--watch']),
  run(['--watch-path=out/electron', 'out/electron/browser-host.cjs', ...process.argv.slice(2)]),
];
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(0);
  });
}
