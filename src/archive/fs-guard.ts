/**
 * The guarded edge of the disk, for every read and write of the archive: writes that loop until every
 * byte is down (a full disk writes part of a buffer without throwing), reads that open only regular
 * files with a size limit (a FIFO would block, `/dev/zero` never ends), folders made one level at a
 * time (a recursive mkdir spins on `/proc/x`), targets checked to lie inside the archive before they
 * are written (a symlinked `records/2026` must not carry a record out), and system errors turned into
 * clear messages: "no space left", "permission denied", "read-only disk" — never "internal error".
 */
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readSync, realpathSync, statSync, writeSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { EXIT, XwgkError } from '../model/errors.js';
import { escapes } from './attachments.js';

/** System error codes that mean "the disk will not take it", with the message key that says so. */
const FS_KEYS = {
  ENOSPC: 'fs.no-space', EDQUOT: 'fs.no-space', EFBIG: 'fs.no-space', EIO: 'fs.io',
  EACCES: 'fs.denied', EPERM: 'fs.denied', EROFS: 'fs.read-only', EISDIR: 'fs.is-dir', ENOTDIR: 'fs.not-dir',
  ENOENT: 'fs.missing', ELOOP: 'fs.loop', ENAMETOOLONG: 'fs.name-too-long', EMFILE: 'fs.busy', ENFILE: 'fs.busy',
} as const;

/** True for an error thrown by the file system (it has an errno code we can name). */
export function isFsError(e: unknown): e is NodeJS.ErrnoException {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === 'string' && (e as NodeJS.ErrnoException).code! in FS_KEYS;
}

/**
 * The user-facing error for a failed disk operation on `file`. `written: false` says "nothing was
 * written" — only a writer that undid its work may say so. No space is exit 3 (free some and retry);
 * the rest are exit 2.
 */
export function fsFailure(e: unknown, file: string, opts: { written?: boolean } = {}): XwgkError {
  if (e instanceof XwgkError) return e;
  const code = (e as NodeJS.ErrnoException)?.code ?? '';
  const key = FS_KEYS[code as keyof typeof FS_KEYS] ?? 'fs.other';
  const exit = key === 'fs.no-space' || key === 'fs.busy' ? EXIT.busy : EXIT.usage;
  const hint = opts.written === false ? 'fs.nothing-written' : 'fs.hint';
  return new XwgkError(exit, { key, params: { file, code, detail: (e as Error)?.message ?? String(e) } }, { key: hint, params: { file } });
}

/** Writes every byte of `data` at the descriptor's position (or from `position` on); a short write is retried, a zero-byte one is "no space". */
export function writeAll(fd: number, data: string | Uint8Array, position?: number): void {
  const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  let done = 0;
  let stalls = 0;
  while (done < buf.length) {
    const n = writeSync(fd, buf, done, buf.length - done, position === undefined ? null : position + done);
    if (n <= 0) {
      if (++stalls > 3) throw Object.assign(new Error('ENOSPC: short write'), { code: 'ENOSPC' });
      continue;
    }
    stalls = 0;
    done += n;
  }
}

export type ReadGuard = { limit: number; what?: string };

/** Why a guarded read refused a file (thrown as this error, so callers can tell it from an I/O failure). */
export class GuardedReadError extends Error {
  constructor(readonly reason: 'not-file' | 'too-large', readonly size: number, readonly limit: number) {
    super(reason);
  }
}

/**
 * Reads a whole file, refusing anything but a regular file and anything over `limit` bytes. Opened
 * non-blocking, so a FIFO never blocks the open; judged by fstat on the opened descriptor (no race with
 * a swap after a stat); read in a loop that stops at the limit, for files whose size the kernel does
 * not know (`/proc`).
 */
export function readGuarded(path: string | number, limit: number): Buffer {
  const fd = typeof path === 'number' ? path : openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new GuardedReadError('not-file', 0, limit);
    if (st.size > limit) throw new GuardedReadError('too-large', st.size, limit);
    const chunks: Buffer[] = [];
    let total = 0;
    const want = Math.max(st.size, 64 * 1024);
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(want, limit + 1 - total) || 1);
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      chunks.push(buf.subarray(0, n));
      total += n;
      if (total > limit) throw new GuardedReadError('too-large', total, limit);
    }
    return Buffer.concat(chunks, total);
  } finally {
    if (typeof path !== 'number') closeSync(fd);
  }
}

/**
 * Makes `dir` and its missing parents one level at a time (no recursive mkdir, which spins on
 * `/proc/x`): each existing level must be a folder, else a clear error.
 */
export function makeDirs(dir: string): void {
  const full = resolve(dir);
  const missing: string[] = [];
  for (let d = full; ; d = dirname(d)) {
    let st;
    try {
      st = lstatSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      if (dirname(d) === d) break;
      missing.push(d);
      continue;
    }
    if (!st.isDirectory() && !(st.isSymbolicLink() && statIsDir(d))) throw Object.assign(new Error(`ENOTDIR: ${d}`), { code: 'ENOTDIR', path: d });
    break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}

function statIsDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Checks that writing `rel` (archive-relative) lands inside the archive: the deepest existing folder on
 * its way resolves (realpath) inside the archive's real path, and the target itself, if it exists, is
 * not a symlink (a link would carry the write elsewhere). Exit 2 otherwise, before anything is written.
 */
export function assertWritableInside(root: string, rel: string): void {
  const rootReal = realpathSync(root);
  const target = resolve(root, rel);
  if (escapes(relative(resolve(root), target))) throw outside(rel);
  try {
    if (lstatSync(target).isSymbolicLink()) throw outside(rel);
  } catch (e) {
    if (e instanceof XwgkError) throw e;
  }
  assertDirInside(root, dirname(rel), rootReal);
}

/** The folder part of `assertWritableInside`, for a writer of many files in one folder (checked once). */
export function assertDirInside(root: string, relDir: string, rootReal = realpathSync(root)): void {
  const rel = relDir;
  for (let d = resolve(root, relDir); ; d = dirname(d)) {
    let real: string;
    try {
      real = realpathSync(d);
    } catch {
      if (dirname(d) === d) return;
      continue;
    }
    if (escapes(relative(rootReal, real))) throw outside(rel);
    return;
  }
}

function outside(rel: string): XwgkError {
  return new XwgkError(EXIT.usage, { key: 'fs.outside', params: { file: rel } }, { key: 'fs.outside-hint', params: { file: rel } });
}

/**
 * `readGuarded` for a file the user named or the archive holds, with the refusal as a clear error
 * (exit 2, naming `shown`): not a regular file, or over `limit`. A missing file throws the system
 * error (ENOENT) so callers can treat "not there" as they do today.
 */
export function readFileChecked(path: string | number, limit: number, shown: string): Buffer {
  try {
    return readGuarded(path, limit);
  } catch (e) {
    if (e instanceof GuardedReadError) {
      if (e.reason === 'not-file') throw new XwgkError(EXIT.usage, { key: 'fs.not-regular', params: { file: shown } }, { key: 'fs.hint-read' });
      throw new XwgkError(EXIT.usage, { key: 'fs.too-large', params: { file: shown, size: e.size, limit: e.limit } }, { key: 'fs.hint-read' });
    }
    throw e;
  }
}

/** Reads a stream descriptor (stdin) up to `limit` bytes; more is refused like an over-large file. */
export function readStreamChecked(fd: number, limit: number, shown: string): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const buf = Buffer.allocUnsafe(64 * 1024);
    let n: number;
    try {
      n = readSync(fd, buf, 0, buf.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    total += n;
    if (total > limit) throw new XwgkError(EXIT.usage, { key: 'fs.too-large', params: { file: shown, size: total, limit } }, { key: 'fs.hint-read' });
  }
  return Buffer.concat(chunks, total);
}
