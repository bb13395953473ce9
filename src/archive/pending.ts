/**
 * Transactions of many records (an import) on disk: one file, `.xwgk-pending/<tx>/commit.json`, holds
 * every record's text and the journal lines to append at byte `base`; written whole, fsynced once and
 * renamed into place, it is the commit point. The order, and what a kill at each point leaves:
 *
 * 1. `commit.json.tmp` is written — killed here, the next writer removes it: none of the rows;
 * 2. it is renamed to `commit.json` — from here on, all of the rows;
 * 3. each record is written to its place in `records/` (no fsync each: one fsync per file is what made
 *    a 2,000-row import take seconds), the journal lines are written at `base` and fsynced.
 *
 * The folder stays until the next writer takes the lock: `finishPending` then rolls forward again —
 * writing any record that is missing or empty (killed in step 3, or a power cut before the system
 * flushed it), and the journal lines if they are not there — and only then removes it. Every writer
 * runs it before anything else, and so does a reader when the lock is free, so no other line comes
 * between `base` and the transaction's lines. The folder is never followed through a link.
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, lstatSync, openSync, readdirSync, readSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256Hex } from '../model/chain.js';
import { fsyncDir } from './atomic.js';
import { assertDirInside, makeDirs, readGuarded, writeAll } from './fs-guard.js';

export const PENDING_DIR = '.xwgk-pending';
const JOURNAL = 'journal.jsonl';
const COMMIT = 'commit.json';
/** An import of a million rows is well under this. */
const MAX_COMMIT_BYTES = 2 * 1024 * 1024 * 1024 - 1;

export interface Commit {
  format: 1;
  /** The journal's size when the lines were made; they are written there. */
  base: number;
  journal: string;
  /** Each record: archive-relative target, its text, and the text's SHA-256 (as journaled). */
  files: { target: string; sha256: string; text: string }[];
}

/** True when a transaction folder is waiting (cheap: one lstat), so a reader knows to finish it first. */
export function hasPending(root: string): boolean {
  try {
    return lstatSync(join(root, PENDING_DIR)).isDirectory();
  } catch {
    return false;
  }
}

/** Writes `bytes` to a new file `path`, every byte, fsynced. */
export function writeDurable(path: string, bytes: string | Uint8Array): void {
  const fd = openSync(path, 'wx', 0o644);
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Steps 1 and 2: the commit point. */
export function commit(txDir: string, c: Commit): void {
  const tmp = join(txDir, `${COMMIT}.tmp`);
  writeDurable(tmp, JSON.stringify(c));
  renameSync(tmp, join(txDir, COMMIT));
  fsyncDir(txDir);
}

/** Step 3: every record in place and the journal lines written; safe to run again and again. */
export function rollForward(root: string, c: Commit): string[] {
  const written: string[] = [];
  const dirs = new Set<string>();
  for (const f of c.files) {
    const target = join(root, f.target);
    if (!dirs.has(dirname(target))) {
      makeDirs(dirname(target));
      assertDirInside(root, dirname(f.target));
    }
    dirs.add(dirname(target));
    let size = -1;
    try {
      const st = lstatSync(target);
      // A link put where a record goes would carry it out of the archive: refused as the writers refuse it.
      if (!st.isFile()) throw Object.assign(new Error(`not a file: ${f.target}`), { code: 'EISDIR', path: f.target });
      size = st.size;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    if (size > 0) continue;
    const fd = openSync(target, size === 0 ? 'w' : 'wx', 0o644);
    try {
      writeAll(fd, f.text);
    } finally {
      closeSync(fd);
    }
    written.push(f.target);
  }
  writeJournalAt(root, c.base, c.journal);
  for (const d of dirs) fsyncDir(d);
  return written;
}

/**
 * Writes `text` at byte `base` of the journal unless it is already there. Only a missing or partial
 * copy of these same lines is ever replaced: anything else after `base` is left for verify to report.
 */
function writeJournalAt(root: string, base: number, text: string): void {
  const fd = openSync(join(root, JOURNAL), 'a+');
  try {
    const size = fstatSync(fd).size;
    const want = Buffer.from(text, 'utf8');
    const have = Buffer.alloc(Math.max(0, Math.min(want.length, size - base)));
    let got = 0;
    while (got < have.length) {
      const n = readSync(fd, have, got, have.length - got, base + got);
      if (n === 0) break;
      got += n;
    }
    if (got === want.length && sha256Hex(have) === sha256Hex(want)) return;
    if (size < base || !want.subarray(0, got).equals(have.subarray(0, got)) || size > base + want.length) return;
    ftruncateSync(fd, base);
    writeAll(fd, want, base);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Removes a transaction folder (never following links inside it). */
export function discard(txDir: string): void {
  rmSync(txDir, { recursive: true, force: true });
}

/**
 * Finishes or removes every transaction folder left by a killed writer: committed ones are rolled
 * forward, the rest discarded. Call it under the archive lock. A `.xwgk-pending` that is a link is
 * ignored (never followed).
 */
export function finishPending(root: string): void {
  if (!hasPending(root)) return;
  const top = join(root, PENDING_DIR);
  for (const name of readdirSync(top)) {
    const txDir = join(top, name);
    let st;
    try {
      st = lstatSync(txDir);
    } catch {
      continue;
    }
    if (!st.isDirectory()) continue;
    let c: Commit | undefined;
    try {
      c = JSON.parse(readGuarded(join(txDir, COMMIT), MAX_COMMIT_BYTES).toString('utf8')) as Commit;
    } catch {
      c = undefined;
    }
    if (c && c.format === 1 && Array.isArray(c.files)) rollForward(root, c);
    discard(txDir);
  }
  try {
    rmdirSync(top);
  } catch {
    // not empty (another folder appeared) or already gone
  }
}

