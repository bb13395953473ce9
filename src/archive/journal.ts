/**
 * `journal.jsonl` on disk: reading it, and appending one line under the archive lock. An append reads
 * only the tail of the file (the last line gives `seq` and `prev`), so adding stays fast however long
 * the journal grows. Each append is fsynced before the lock is released.
 */
import { closeSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { formatLine, GENESIS, sha256Hex, splitJournal, type JournalEntry, type NewEntry, type SealEntry } from '../model/chain.js';
import { fsyncDir } from './atomic.js';
import { CacheStore } from './cache-store.js';
import type { Env } from './env.js';

export const JOURNAL_FILE = 'journal.jsonl';
/** Journal lines are a few hundred bytes; a seal line lists a term's ids. Read back this much to find the last line. */
const TAIL_CHUNK = 64 * 1024;

/** The whole journal text ('' when there is none yet). */
export function readJournalText(root: string): string {
  try {
    return readFileSync(join(root, JOURNAL_FILE), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw e;
  }
}

interface Tail {
  /** The last complete line's text, or undefined for an empty journal. */
  last?: string;
  /** Bytes after the last newline: a torn write from a crash mid-append. */
  tornFrom?: number;
}

function readTail(fd: number): Tail {
  const size = fstatSync(fd).size;
  if (size === 0) return {};
  let chunk = Math.min(size, TAIL_CHUNK);
  for (;;) {
    const buf = Buffer.alloc(chunk);
    readSync(fd, buf, 0, chunk, size - chunk);
    const end = buf.lastIndexOf(10);
    const torn = end === chunk - 1 ? {} : { tornFrom: size - chunk + end + 1 };
    const start = end <= 0 ? -1 : buf.lastIndexOf(10, end - 1);
    if (start >= 0 || chunk === size) {
      // The whole file was read and holds at most one newline: the last line starts at byte 0.
      return end < 0 ? torn : { last: buf.subarray(start + 1, end).toString('utf8'), ...torn };
    }
    chunk = Math.min(size, chunk * 4);
  }
}

/**
 * Appends one entry; call it only while holding the archive lock. A torn last line (a crash in the
 * middle of an earlier append, never a complete line) is cut off first, so the chain goes on from the
 * last complete line; the record that was in flight then shows in `verify` and is settled with
 * `amend --reason`. Returns the entry as written.
 */
export function appendJournal(root: string, entry: NewEntry): JournalEntry {
  const path = join(root, JOURNAL_FILE);
  const fd = openSync(path, 'a+', 0o644);
  try {
    const created = fstatSync(fd).size === 0;
    const tail = readTail(fd);
    if (tail.tornFrom !== undefined) ftruncateSync(fd, tail.tornFrom);
    let seq = 1;
    let prev = GENESIS;
    if (tail.last !== undefined) {
      prev = sha256Hex(tail.last);
      try {
        const n = (JSON.parse(tail.last) as { seq?: unknown }).seq;
        seq = typeof n === 'number' && Number.isInteger(n) ? n + 1 : 1;
      } catch {
        // The last line is damaged: keep chaining from its hash; verify reports the damage.
        seq = (readFileSync(path, 'utf8').match(/\n/g)?.length ?? 0) + 1;
      }
    }
    const full = { seq, ...entry, prev } as JournalEntry;
    const ordered = reorder(full);
    writeSync(fd, `${formatLine(ordered)}\n`);
    fsyncSync(fd);
    if (created) fsyncDir(root);
    return ordered;
  } finally {
    closeSync(fd);
  }
}

/** Fixed key order, so lines read the same whoever wrote them: seq, time, action, id, …, prev. */
function reorder(e: JournalEntry): JournalEntry {
  if (e.action === 'seal') return { seq: e.seq, time: e.time, action: 'seal', id: e.id, term: e.term, digest: e.digest, records: e.records, prev: e.prev };
  return { seq: e.seq, time: e.time, action: e.action, id: e.id, file: e.file, sha256: e.sha256, ...(e.reason !== undefined ? { reason: e.reason } : {}), prev: e.prev };
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

function readRange(fd: number, from: number, to: number): Buffer {
  const buf = Buffer.alloc(Math.max(0, to - from));
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, from + got);
    if (n === 0) break;
    got += n;
  }
  return buf.subarray(0, got);
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
    fd = openSync(join(root, JOURNAL_FILE), 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
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
