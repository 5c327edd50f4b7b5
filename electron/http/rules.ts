// The browser host's request rules as pure functions: which files it serves and as what,
// how a token is read and compared, which bodies it accepts. host.ts applies them.
import { createHash, timingSafeEqual } from 'node:crypto';
import { CONTENT_SECURITY_POLICY } from '../shell/security';
import { extname, isAbsolute, relative, resolve } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** Content type for a file name; unknown kinds are served as opaque bytes. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export const LOOPBACK = /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** Constant-time token check: hashing first makes both sides the same length. */
export function tokenMatches(presented: string, expected: string): boolean {
  const a = createHash('sha256').update(presented, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** The token from an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(header ?? '');
  return match?.[1];
}

/** True for `application/octet-stream` (a raw file; never sent cross-site without a preflight). */
export function isOctetStream(header: string | undefined): boolean {
  return (header ?? '').split(';', 1)[0]!.trim().toLowerCase() === 'application/octet-stream';
}

/** True for `application/json`, with or without parameters such as charset. */
export function isJsonContentType(header: string | undefined): boolean {
  const mime = (header ?? '').split(';', 1)[0]!.trim().toLowerCase();
  return mime === 'application/json';
}

/**
 * Maps a URL path to a file inside `root`, or undefined when the path is malformed or would
 * leave `root` (`..`, encoded slashes, NUL bytes, absolute paths, hidden files).
 */
export function staticPathFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('.'))) return undefined;
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  const file = resolve(root, relativePath);
  const rel = relative(root, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return file;
}

/**
 * The refusals of a request without the token, and with a token that is not this run's. Each
 * run of the host makes a new token, so a page still holding an old one (its tab stayed open
 * while Rapport was stopped and started again) is told that, and where the new address is.
 */
export const NO_TOKEN =
  'This page was opened without Rapport’s access key. Open the address Rapport printed in its ' +
  'terminal when it started (it ends with #token=…).';
export const WRONG_TOKEN =
  'Rapport was restarted since this page was opened, so this page’s access key no longer ' +
  'works. Paste the new address Rapport printed in its terminal when it started (it ends ' +
  'with #token=…) into this tab. Everything saved before is still there.';

/** Headers on every answer. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
