/**
 * Undoing a rewrite that could not be finished (the journal would not take its line, the disk filled):
 * before a record file is replaced, a second name for it is kept — a hard link, which needs no space
 * on a full disk — and renamed back on failure. Named as a temp file, so a writer killed meanwhile
 * leaves nothing the next writer does not sweep (atomic.ts `sweepTemps`).
 */
import { linkSync, readFileSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { replaceFile, tempName } from './atomic.js';
import { fsFailure } from './fs-guard.js';

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a), y = statSync(b);
    return x.ino === y.ino && x.dev === y.dev;
  } catch {
    return false;
  }
}

/**
 * A second name for the file about to be replaced (a hard link: no space needed on a full disk), so
 * a failed rewrite can put it back. Named as a temp file, so a writer killed meanwhile leaves nothing
 * the next writer does not sweep.
 */

export function keepForUndo(path: string): { restore(): void; drop(): void } {
  const spare = tempName(path);
  let kept = false;
  try {
    linkSync(path, spare);
    kept = true;
  } catch {
    kept = false;
  }
  const saved = kept ? undefined : readFileSync(path);
  return {
    restore() {
      try {
        // rename() between two names of one file does nothing: when the old file was never replaced, just drop the spare.
        if (kept && sameFile(spare, path)) removeQuietly(spare);
        else if (kept) renameSync(spare, path);
        else if (saved) replaceFile(path, saved);
        kept = false;
      } catch (e) {
        throw fsFailure(e, path);
      }
    },
    drop() {
      if (kept) removeQuietly(spare);
    },
  };
}
