// Builds the three outputs into out/ (ignored by git):
//   out/renderer/            the React app (Vite root renderer/)
//   out/electron/main.cjs, browser-host.cjs   Node entries (CommonJS, deps external)
//   out/electron/preload.cjs a single self-contained file: a sandboxed preload cannot require chunks
// `--watch` rebuilds on change (used by `npm run dev`).
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const watch = process.argv.includes('--watch') ? {} : null;
// Native modules stay in node_modules (they load their prebuilt binaries by path at run time),
// as does @ffmpeg-installer/ffmpeg, which finds the ffmpeg binary of this platform's package
// by path (electron-builder.yml unpacks them all from the asar archive).
const nativeModules = ['better-sqlite3', 'sharp', '@ffmpeg-installer/ffmpeg'];
// Node's own punycode is deprecated (a warning at start): twitter-text gets its npm copy.
const builtins = builtinModules.filter((m) => m !== 'punycode');
const nodeExternals = [
  'electron',
  ...nativeModules,
  ...builtins,
  ...builtins.map((m) => `node:${m}`),
];

function nodeBuild(entries, { emptyOutDir = false } = {}) {
  return build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: 'out/electron',
      emptyOutDir,
      ssr: true,
      target: 'node22',
      sourcemap: true,
      minify: false,
      watch,
      rollupOptions: {
        input: entries,
        external: nodeExternals,
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          chunkFileNames: '[name]-[hash].cjs',
        },
      },
    },
    resolve: { alias: [{ find: /^punycode$/, replacement: 'punycode/' }] },
    ssr: { noExternal: true, external: nativeModules },
  });
}

await build({
  root: `${root}renderer`,
  base: './',
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  publicDir: false,
  build: {
    outDir: `${root}out/renderer`,
    emptyOutDir: true,
    sourcemap: true,
    watch,
    // One ~700 kB bundle (react-dom, react-big-calendar, zod, luxon) read from local disk:
    // splitting it would not make a desktop app start faster.
    chunkSizeWarningLimit: 900,
  },
});
await nodeBuild(
  { main: `${root}electron/main.ts`, 'browser-host': `${root}electron/http/browser-host.ts` },
  { emptyOutDir: true },
);
await nodeBuild({ preload: `${root}electron/preload.ts` });
if (!watch) console.log('Built out/renderer and out/electron.');
