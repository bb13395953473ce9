/**
 * Resolving a record's attachment on disk: the path must stay inside the archive after every link is
 * followed (realpath, then path.relative — a `startsWith` test is fooled by `/srv/archive-evil`), name
 * a regular file, and hash to the SHA-256 the record wrote down. Only `archive/` touches the disk.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';

export type AttachmentState =
  | { state: 'ok'; sha256: string }
  | { state: 'outside' }
  | { state: 'missing' }
  | { state: 'not-file' }
  | { state: 'unreadable'; detail: string };

/** True when `rel` (from path.relative) leaves the base directory or is on another drive: the one containment rule of the archive. */
export function escapes(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel);
}

/** SHA-256 of a file, read in chunks so a large scan does not sit in memory whole. */
export function hashFile(path: string): string {
  const hash = createHash('sha256');
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** An inspector for one archive: resolves the archive's real path once. */
export function attachmentInspector(root: string): (path: string) => AttachmentState {
  const rootReal = realpathSync(root);
  return (path) => {
    if (isAbsolute(path) || /^[A-Za-z]:/.test(path)) return { state: 'outside' };
    const full = resolve(root, path);
    if (escapes(relative(resolve(root), full))) return { state: 'outside' };
    let real: string;
    try {
      real = realpathSync(full);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return code === 'ENOENT' || code === 'ENOTDIR' ? { state: 'missing' } : { state: 'unreadable', detail: code ?? String(e) };
    }
    if (escapes(relative(rootReal, real))) return { state: 'outside' };
    try {
      if (!statSync(real).isFile()) return { state: 'not-file' };
      return { state: 'ok', sha256: hashFile(real) };
    } catch (e) {
      return { state: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? String(e) };
    }
  };
}
