/**
 * Atomic file writes. Chosen over write-file-atomic because a new record must never replace an
 * existing file: we write a temp file, fsync it, then `link()` it into place, which fails with EEXIST
 * instead of overwriting — the same atomicity as rename, plus exclusivity, with no lock needed. The
 * directory is fsynced afterwards so the new name survives a power cut. On Windows a file held open by
 * another program (WPS, antivirus) makes rename fail with EPERM/EBUSY for a while: we retry, then
 * report the archive as busy (exit 3). The caches (cache-store.ts) write through the same helper without
 * the fsyncs (`durable: false`): a crash may lose a cache file, never leave half of one. The temp file is
 * always created exclusively (`wx`), so a link planted at its name is never written through.
 */
import { closeSync, fsyncSync, linkSync, openSync, readdirSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { EXIT, XwgkError } from '../model/errors.js';
import { fsFailure, makeDirs, writeAll } from './fs-guard.js';

const RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** What a file gets: text, bytes, or pieces of either written one after another (no joined copy of a large payload). */
export type FileData = string | Uint8Array | readonly (string | Uint8Array)[];

/** A temp file's name beside `target`, with this process's id in it, so `sweepTemps` knows when its writer is gone. */
export function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes the temp file beside `target`, every byte (a full disk writes part of a buffer without an
 * error), fsynced. On any failure the temp file is removed and the error names `target` and says
 * nothing was written: a short file is never renamed into place.
 */
export function writeTemp(target: string, data: FileData, durable = true): string {
  const tmp = tempName(target);
  try {
    makeDirs(dirname(target));
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      for (const piece of typeof data === 'string' || data instanceof Uint8Array ? [data] : data) writeAll(fd, piece);
      if (durable) fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    removeQuietly(tmp);
    throw fsFailure(e, target, { written: false });
  }
  return tmp;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // never made, or already gone
  }
}

/** The process id in a temp name made by `tempName`, or undefined for any other name. */
function tempOwner(name: string): number | undefined {
  const m = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/** Whether a process with this id runs on this machine (one of another user's counts: EPERM). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes temp files left in `dir` by writers that were killed mid-write (their process is gone).
 * Called by a writer under the archive lock, so no live writer's temp file is touched.
 */
export function sweepTemps(dir: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const n of names) {
    const pid = tempOwner(n);
    if (pid === undefined || pid === process.pid || processAlive(pid)) continue;
    removeQuietly(join(dir, n));
    removed++;
  }
  return removed;
}

export function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms (Windows) cannot open a directory; the rename is still atomic there.
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withRetry<T>(target: string, fn: () => T): T {
  const deadline = Date.now() + 5000;
  for (;;) {
    try {
      return fn();
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (!RETRY_CODES.has(code) || Date.now() > deadline) {
        if (RETRY_CODES.has(code)) throw new XwgkError(EXIT.busy, { key: 'err.file-busy', params: { file: target } }, { key: 'hint.file-busy' });
        throw e;
      }
      sleep(100);
    }
  }
}

/** Creates `target` with `data`, atomically; returns false (and writes nothing) if it already exists. */
export function createFileExclusive(target: string, data: FileData): boolean {
  const tmp = writeTemp(target, data);
  try {
    linkSync(tmp, target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw fsFailure(e, target, { written: false });
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  fsyncDir(dirname(target));
  return true;
}

/**
 * Replaces (or creates) `target` with `data`, atomically. `durable: false` is for caches: no fsync and
 * no waiting for a file held open (the cache is an optimisation; the caller ignores a failure).
 */
export function replaceFile(target: string, data: FileData, opts: { durable?: boolean } = {}): void {
  const durable = opts.durable ?? true;
  const tmp = writeTemp(target, data, durable);
  try {
    if (durable) withRetry(target, () => renameSync(tmp, target));
    else renameSync(tmp, target);
  } catch (e) {
    removeQuietly(tmp);
    throw fsFailure(e, target, { written: false });
  }
  if (durable) fsyncDir(dirname(target));
}
