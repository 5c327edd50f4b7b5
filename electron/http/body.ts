// Reading an /api request's JSON body within its cap, without cutting off a sender that is
// still sending (so it can read the refusal).
import type { IncomingMessage } from 'node:http';
import { LIMITS } from '../../shared/limits';

/** Largest request body accepted on /api. */
export const MAX_BODY_BYTES = 2 * 1024 * 1024;
/**
 * The imports carry a whole file (an ideas CSV inside a JSON string, a whole plan): room for
 * the largest file an import reads, twice over for JSON's escapes.
 */
export const IMPORT_BODY_BYTES = 2 * LIMITS.importFileBytes + 1024 * 1024;

/** The body cap of an /api channel: only the imports get more. */
export function bodyLimitFor(channel: string): number {
  return channel === 'import.ideasCsv' || channel === 'import.json'
    ? IMPORT_BODY_BYTES
    : MAX_BODY_BYTES;
}
/** How much of a too-large body is read and thrown away so its sender can read the refusal. */
export const MAX_DRAIN_BYTES = 64 * 1024 * 1024;
const DRAIN_MS = 10_000;

/**
 * Reads the body up to `limit`; undefined when it was too large. The rest of a large
 * body is read and thrown away before this resolves: a server that answers and closes while
 * the client is still sending makes the kernel reset the connection, and the reset can
 * swallow the answer. A body too large even to drain (MAX_DRAIN_BYTES, or DRAIN_MS of
 * sending) is cut off instead.
 */
export function readBody(
  req: IncomingMessage,
  limit = MAX_BODY_BYTES,
): Promise<Buffer | undefined> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    let settled = false;
    const settle = (body: Buffer | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolveBody(body);
    };
    let timer: NodeJS.Timeout | undefined;
    const startDraining = () => {
      tooLarge = true;
      chunks.length = 0;
      timer = setTimeout(() => settle(undefined), DRAIN_MS);
      timer.unref();
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) startDraining();
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (tooLarge) {
        if (size > MAX_DRAIN_BYTES) settle(undefined);
        return;
      }
      if (size > limit) {
        startDraining();
        return;
      }
      chunks.push(chunk);
    });
    req.once('end', () => settle(tooLarge ? undefined : Buffer.concat(chunks)));
    req.once('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    });
  });
}
