// Where Rapport keeps things. The data lives in the OS's per-user app folder (userData); the
// built renderer and preload sit next to the bundled main.cjs in out/.
import { join } from 'node:path';

export interface PathsAppLike {
  getPath(name: 'userData'): string;
}

export function databasePath(app: PathsAppLike): string {
  return join(app.getPath('userData'), 'rapport.db');
}

export function windowStatePath(app: PathsAppLike): string {
  return join(app.getPath('userData'), 'window-state.json');
}

/** `mainDir` is the folder of out/electron/main.cjs. */
export function preloadPath(mainDir: string): string {
  return join(mainDir, 'preload.cjs');
}

export function rendererIndexPath(mainDir: string): string {
  return join(mainDir, '..', 'renderer', 'index.html');
}
