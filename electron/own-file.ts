// The one way the host reads a file from its own folders (media/, media/incoming/, backups/):
// the name must be a plain name in that folder, and what is there must be a regular file — not
// a link (which could lead anywhere), not a folder, not a device. Anything else is refused in
// words, never read and never followed.
import { lstatSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ApiError } from '../shared/envelope';

/** A file in one of Rapport's folders that is not a regular file, so it was not read. */
export class RefusedFileError extends ApiError {
  constructor(label: string) {
    super(
      'invalid_input',
      `${label} is not a regular file (it is a link, a folder or something else), so Rapport ` +
        'did not read it. Nothing was changed.',
    );
    this.name = 'RefusedFileError';
  }
}

/**
 * The path of `name` in `folder` when it is a regular file there; undefined when nothing is
 * there. Throws RefusedFileError when something else is, or when `name` is not a plain name.
 * `label` names the file in the refusal (a path relative to the planner's folder, never one
 * that tells where that folder is).
 */
export function ownFile(folder: string, name: string, label = name): string | undefined {
  if (name === '' || name === '.' || name === '..' || basename(name) !== name) {
    throw new RefusedFileError(label);
  }
  const path = join(folder, name);
  let stats;
  try {
    stats = lstatSync(path);
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return undefined;
    throw error;
  }
  if (!stats.isFile()) throw new RefusedFileError(label);
  return path;
}

/** True when `name` in `folder` is a regular file; false for anything else or nothing. */
export function isOwnFile(folder: string, name: string): boolean {
  try {
    return ownFile(folder, name) !== undefined;
  } catch (error) {
    if (error instanceof RefusedFileError) return false;
    throw error;
  }
}
