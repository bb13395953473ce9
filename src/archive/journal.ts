/**
 * `journal.jsonl` on disk: reading it (guarded: a FIFO or `/dev/zero` named so is refused), its seal
 * lines through a small index, and the wall-clock time of a line. Appending is in journal-append.ts.
 */
import { closeSync, constants, fstatSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex, splitJournal, type SealEntry } from '../model/chain.js';
import { CacheStore } from './cache-store.js';
import type { Env } from './env.js';
import { readFileChecked, readRange } from './fs-guard.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { JOURNAL_FILE } from './journal-append.js';

export { appendJournal, JOURNAL_FILE, openJournal, type JournalAppender, type PreparedAppend } from './journal-append.js';
/** A journal of a million changes is about 400 MB; anything larger is not a journal. */
export const MAX_JOURNAL_BYTES = 1024 * 1024 * 1024;

/** The whole journal text ('' when there is none yet). */
export function readJournalText(root: string): string {
  try {
    return readFileChecked(join(root, JOURNAL_FILE), MAX_JOURNAL_BYTES, JOURNAL_FILE).toString('utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw e;
  }
}

/** The wall-clock time for a journal line: `now` (`XWGK_NOW`, for reproducible sample archives) when given, else the clock. */
export function journalTime(now: string | undefined): string {
  if (now) {
    const d = new Date(now);
    if (!Number.isNaN(d.getTime())) return d.toISOString();
  }
  return new Date().toISOString();
}

/** Seal lines among journal lines, found without parsing the rest. Damaged lines are skipped: `verify` reports them. */
function sealsIn(text: string): SealEntry[] {
  if (!text.includes('"action":"seal"')) return [];
  const out: SealEntry[] = [];
  for (const line of splitJournal(text)) {
    if (!line.includes('"action":"seal"')) continue;
    try {
      const e = JSON.parse(line) as SealEntry;
      if (e.action === 'seal' && typeof e.term === 'string' && Array.isArray(e.records)) out.push(e);
    } catch {
      // damaged: verify says so
    }
  }
  return out;
}

const SEAL_INDEX = 'seals.json';
/** How many bytes before the indexed end are compared to tell an appended journal from a rewritten one. */
const PROBE = 256;

interface SealIndex {
  /** Bytes of the journal already scanned (always at a line end). */
  size: number;
  /** SHA-256 of the PROBE bytes before `size`. */
  probe: string;
  seals: SealEntry[];
}

/**
 * The seal lines of the journal. The writer asks this on every change (a change to a sealed term needs
 * a reason), so it must stay cheap on a long journal: the journal only grows, so a small index in
 * `.xwgk-cache/` remembers the seals up to a byte offset, and only what was appended since is read. If
 * the bytes before that offset changed (a rewritten journal), everything is read again. The index only
 * saves time: `verify` always reads the whole journal itself.
 */
export function readSeals(root: string, opts: { cache?: boolean; env?: Env } = { cache: true }): SealEntry[] {
  let fd: number;
  try {
    // Non-blocking, and only a regular file: a FIFO named journal.jsonl must not hang every writer.
    fd = openSync(join(root, JOURNAL_FILE), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw new XwgkError(EXIT.usage, { key: 'fs.not-regular', params: { file: JOURNAL_FILE } }, { key: 'fs.hint-read' });
  }
  try {
    const size = fstatSync(fd).size;
    let index: SealIndex | undefined;
    // Authenticated with the user's key (see cache-store.ts): a forged index — a seal left out so a
    // change to a sealed term needs no reason — is ignored and the journal read in full.
    const store = opts.cache ? CacheStore.open(root, opts.env) : undefined;
    const stored = store?.read(SEAL_INDEX);
    if (stored !== undefined) {
      try {
        index = JSON.parse(stored) as SealIndex;
        const probeFrom = Math.max(0, index.size - PROBE);
        if (!(index.size <= size && Array.isArray(index.seals) && sha256Hex(readRange(fd, probeFrom, index.size)) === index.probe)) index = undefined;
      } catch {
        index = undefined;
      }
    }
    const from = index?.size ?? 0;
    const fresh = readRange(fd, from, size);
    // Only complete lines count: a torn last line is cut by the next append.
    const end = fresh.lastIndexOf(10) + 1;
    const seals = [...(index?.seals ?? []), ...sealsIn(fresh.subarray(0, end).toString('utf8'))];
    if (store && end > 0) {
      const scanned = from + end;
      const next: SealIndex = { size: scanned, probe: sha256Hex(readRange(fd, Math.max(0, scanned - PROBE), scanned)), seals };
      // a read-only archive still works, just without the index
      store.write(SEAL_INDEX, JSON.stringify(next));
    }
    return seals;
  } finally {
    closeSync(fd);
  }
}
