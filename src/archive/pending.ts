/**
 * Transactions of many records (an import) on disk: staged in `.xwgk-pending/<tx>/`, committed by one
 * rename, then put in place. The order, and what a kill at each point leaves:
 *
 * 1. every record file is written (fsynced) into the transaction folder — killed here, the folder has
 *    no `commit.json`, and the next writer removes it: none of the rows were written;
 * 2. `commit.json` (the files and the journal lines to append at byte `base`) is written to a temp
 *    name and renamed into place — the commit point;
 * 3. each staged file is hard-linked to its place in `records/`, the journal lines are written at
 *    `base`, the folder is removed — killed here, the next writer (or the next command that loads the
 *    archive) finishes steps 3 from `commit.json`: all the rows are written.
 *
 * `finishPending` runs under the archive lock before anything else is written, so no other line can
 * come between `base` and the transaction's lines. The folder is never followed through a link.
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, linkSync, lstatSync, openSync, readdirSync, readSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256Hex } from '../model/chain.js';
import { fsyncDir } from './atomic.js';
import { assertWritableInside, makeDirs, readGuarded, writeAll } from './fs-guard.js';

export const PENDING_DIR = '.xwgk-pending';
const JOURNAL = 'journal.jsonl';
const COMMIT = 'commit.json';

export interface Commit {
  format: 1;
  /** The journal's size when the lines were made; they are written there. */
  base: number;
  journal: string;
  /** Staged file name (inside the transaction folder) → archive-relative target. */
  files: { staged: string; target: string; sha256: string }[];
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

/** Step 2: the commit point. */
export function commit(txDir: string, c: Commit): void {
  const tmp = join(txDir, `${COMMIT}.tmp`);
  writeDurable(tmp, JSON.stringify(c));
  renameSync(tmp, join(txDir, COMMIT));
  fsyncDir(txDir);
}

/** Step 3: puts every staged file in place and writes the journal lines; safe to run again after a kill. */
export function rollForward(root: string, txDir: string, c: Commit): void {
  const dirs = new Set<string>();
  for (const f of c.files) {
    const target = join(root, f.target);
    assertWritableInside(root, f.target);
    makeDirs(dirname(target));
    try {
      linkSync(join(txDir, f.staged), target);
    } catch (e) {
      // Already in place from a run that was killed after this link: nothing to do.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    dirs.add(dirname(target));
  }
  for (const d of dirs) fsyncDir(d);
  writeJournalAt(root, c.base, c.journal);
}

/** Writes `text` at byte `base` of the journal unless it is already there (a kill after the write). */
function writeJournalAt(root: string, base: number, text: string): void {
  const fd = openSync(join(root, JOURNAL), 'a+');
  try {
    const size = fstatSync(fd).size;
    const want = Buffer.from(text, 'utf8');
    if (size === base + want.length) {
      const have = Buffer.alloc(want.length);
      let got = 0;
      while (got < want.length) {
        const n = readSync(fd, have, got, want.length - got, base + got);
        if (n === 0) break;
        got += n;
      }
      if (sha256Hex(have) === sha256Hex(want)) return;
    }
    if (size >= base) {
      // Cut what a killed write left after `base` (only a part of these same lines can be there).
      ftruncateSync(fd, base);
      writeAll(fd, want, base);
      fsyncSync(fd);
    }
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
      c = JSON.parse(readGuarded(join(txDir, COMMIT), 64 * 1024 * 1024).toString('utf8')) as Commit;
    } catch {
      c = undefined;
    }
    if (c && c.format === 1 && Array.isArray(c.files)) rollForward(root, txDir, c);
    discard(txDir);
  }
  try {
    rmdirSync(top);
  } catch {
    // not empty (another folder appeared) or already gone
  }
}

