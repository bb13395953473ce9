/**
 * The archive lock: one writer at a time, so journal lines are appended in order. The lock is the file
 * `.xwgk.lock` in the archive, created atomically with its owner already in it (pid, host, time, a
 * random token): a temp file linked into place, which fails if the lock exists — this works on network
 * drives too, unlike flock. A lock whose owner is a dead process on this host, or that is older than
 * `STALE_MS`, is stale and is cleared — under a second, short-lived lock, so that two waiters cannot
 * both clear it and one of them remove the other's fresh lock. A writer that waits longer than 10
 * seconds (SPEC) gives up with exit 3, having written nothing.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, rmdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { EXIT, XwgkError } from '../model/errors.js';
import { processAlive, replaceFile } from './atomic.js';
import { fsFailure } from './fs-guard.js';
import { finishPending } from './pending.js';

export const LOCK_FILE = '.xwgk.lock';
const BREAK_DIR = '.xwgk.lock.break';
/** Writes take milliseconds; a lock this old belongs to a writer that is gone (or hung on another host). */
export const STALE_MS = 60_000;
const WAIT_MS = 10_000;

interface Owner {
  pid: number;
  host: string;
  time: string;
  token: string;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readOwner(path: string): Owner | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Owner;
  } catch {
    return undefined;
  }
}

/** Stale: its owner is a dead process on this host, or it is older than STALE_MS (by its own time, or the file's if unreadable). */
export function isStale(owner: Owner | undefined, mtimeMs: number, now = Date.now()): boolean {
  const since = owner ? Date.parse(owner.time) : mtimeMs;
  // A lock dated in the future (a clock set wrong, or a forged file) would block every writer until
  // then: more than the allowed age ahead of now, it is judged by the file's own time instead.
  if (Number.isFinite(since) && since - now > STALE_MS) return now - mtimeMs > STALE_MS || (!!owner && owner.host === hostname() && typeof owner.pid === 'number' && !processAlive(owner.pid));
  if (!Number.isFinite(since) || now - since > STALE_MS) return true;
  return !!owner && owner.host === hostname() && typeof owner.pid === 'number' && !processAlive(owner.pid);
}

function tryCreate(root: string, owner: Owner): boolean {
  const target = join(root, LOCK_FILE);
  const tmp = `${target}.${owner.token}.tmp`;
  const fd = openSync(tmp, 'wx', 0o644);
  try {
    writeSync(fd, JSON.stringify(owner));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, target);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  } finally {
    unlinkSync(tmp);
  }
}

/** Clears the lock if it is (still) the stale one we looked at. */
function breakIfStale(root: string): void {
  const target = join(root, LOCK_FILE);
  const guard = join(root, BREAK_DIR);
  try {
    mkdirSync(guard);
  } catch {
    // Someone else is clearing it; a guard left by a crash is itself cleared when old.
    try {
      if (Date.now() - statSync(guard).mtimeMs > 5_000) rmdirSync(guard);
    } catch {
      // gone already
    }
    return;
  }
  try {
    const st = statSync(target);
    if (isStale(readOwner(target), st.mtimeMs)) unlinkSync(target);
  } catch {
    // The lock was released meanwhile.
  } finally {
    rmdirSync(guard);
  }
}

/** The token of the lock this process holds, so a long writer (an import) can keep it fresh. */
let held: { root: string; owner: Owner } | undefined;

/**
 * Re-dates the lock this process holds, so a writer that runs longer than STALE_MS (an import of
 * 100,000 rows) is not taken for a dead one. Call it from long work under `withArchiveLock`.
 */
export function refreshLock(): void {
  if (!held) return;
  const target = join(held.root, LOCK_FILE);
  if (readOwner(target)?.token !== held.owner.token) return;
  held.owner.time = new Date().toISOString();
  try {
    // Through the one atomic writer: its temp file is created exclusively, never written through a link.
    replaceFile(target, JSON.stringify(held.owner), { durable: false });
  } catch {
    // the lock stays as it was; a 60-second-old lock of a live process may then be broken
  }
}

/**
 * Runs `fn` while holding the archive lock. `waitMs` (default 10 s; `XWGK_LOCK_WAIT_MS` for tests, see
 * env.ts) bounds the wait; then exit 3 with nothing written.
 */
export function withArchiveLock<T>(root: string, fn: () => T, waitMs: number = WAIT_MS): T {
  const owner: Owner = { pid: process.pid, host: hostname(), time: new Date().toISOString(), token: randomBytes(8).toString('hex') };
  const deadline = Date.now() + waitMs;
  for (let attempt = 0; ; attempt++) {
    owner.time = new Date().toISOString();
    let created: boolean;
    try {
      created = tryCreate(root, owner);
    } catch (e) {
      // A read-only or full disk, or no permission: nothing can be written, and nothing was.
      throw fsFailure(e, LOCK_FILE, { written: false });
    }
    if (created) break;
    let st;
    try {
      st = statSync(join(root, LOCK_FILE));
    } catch {
      continue; // released between our attempt and the look: try again at once
    }
    if (isStale(readOwner(join(root, LOCK_FILE)), st.mtimeMs)) {
      breakIfStale(root);
      continue;
    }
    if (Date.now() > deadline) {
      const held = readOwner(join(root, LOCK_FILE));
      throw new XwgkError(EXIT.busy, { key: 'lock.busy', params: { file: LOCK_FILE, pid: held?.pid ?? '?', host: held?.host ?? '?', since: held?.time ?? '?' } }, { key: 'hint.lock-busy', params: { file: LOCK_FILE } });
    }
    // Back off a little more each time, with jitter, so twenty waiters do not wake in step.
    sleep(Math.min(100, 5 + attempt * 5) + Math.floor(Math.random() * 10));
  }
  const outer = held;
  held = { root, owner };
  try {
    // An import that committed but was killed before it was done is finished before anything else is written.
    finishPending(root);
    return fn();
  } finally {
    held = outer;
    const current = readOwner(join(root, LOCK_FILE));
    if (current?.token === owner.token) unlinkSync(join(root, LOCK_FILE));
  }
}
