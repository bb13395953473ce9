/**
 * `journal.jsonl` on disk: reading it, and appending one line under the archive lock. An append reads
 * only the tail of the file (the last line gives `seq` and `prev`), so adding stays fast however long
 * the journal grows. Each append is fsynced before the lock is released.
 */
import { closeSync, constants, existsSync, fstatSync, fsyncSync, ftruncateSync, openSync, readFileSync, readSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { formatLine, GENESIS, selfHashOk, sha256Hex, splitJournal, type JournalEntry, type NewEntry, type SealEntry } from '../model/chain.js';
import { fsyncDir, replaceFile } from './atomic.js';
import { assertWritableInside, fsFailure, readFileChecked, writeAll } from './fs-guard.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { CACHE_DIR } from './parse-cache.js';

export const JOURNAL_FILE = 'journal.jsonl';
/** Journal lines are a few hundred bytes; a seal line lists a term's ids. Read back this much to find the last line. */
const TAIL_CHUNK = 64 * 1024;
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

interface Tail {
  /** The last complete line's text, or undefined for an empty journal. */
  last?: string;
  /** Bytes after the last newline: a torn write from a crash mid-append. */
  tornFrom?: number;
  /** The last line is whole (valid JSON whose own hash checks) but its newline is missing. */
  needsNewline?: boolean;
}

function readTail(fd: number): Tail {
  const size = fstatSync(fd).size;
  if (size === 0) return {};
  let chunk = Math.min(size, TAIL_CHUNK);
  for (;;) {
    const buf = readRange(fd, size - chunk, size);
    const whole = chunk === size;
    const end = buf.lastIndexOf(10);
    if (end === chunk - 1) {
      const start = end <= 0 ? -1 : buf.lastIndexOf(10, end - 1);
      // The whole file was read and holds at most one newline: the last line starts at byte 0.
      if (start >= 0 || whole) return { last: buf.subarray(start + 1, end).toString('utf8') };
    } else if (end >= 0 || whole) {
      // No final newline. A whole line of ours (valid JSON whose own hash checks: a copy or an editor
      // dropped the newline) keeps its place and gets its newline; anything else is a torn append.
      if (selfHashOk(buf.subarray(end + 1).toString('utf8'))) return { last: buf.subarray(end + 1).toString('utf8'), needsNewline: true };
      const tornFrom = size - chunk + end + 1;
      if (end < 0) return { tornFrom };
      const start = end === 0 ? -1 : buf.lastIndexOf(10, end - 1);
      if (start >= 0 || whole) return { last: buf.subarray(start + 1, end).toString('utf8'), tornFrom };
    }
    chunk = Math.min(size, chunk * 4);
  }
}

/**
 * The journal opened for appending, under the archive lock. Opening it first is how a writer learns
 * that the journal will take its line *before* it writes a record (a read-only or linked-out journal
 * is refused with nothing written). `append` writes all lines in one write (an import's thousands of
 * lines too), every byte, fsynced; if that fails, the journal is cut back to where it was, so a
 * failed append leaves no partial line. `rollback` undoes a successful append when the record it
 * journals could not be put in place.
 */
export interface JournalAppender {
  /** The lines for `entries` as they would follow the journal's last line (a torn tail is cut first). */
  prepare(entries: readonly NewEntry[]): PreparedAppend;
  /** Writes prepared lines at their offset, every byte, fsynced; on failure the journal is cut back. */
  write(prepared: PreparedAppend): void;
  append(entries: readonly NewEntry[]): JournalEntry[];
  rollback(): void;
  /** Cuts the journal back to `size` bytes (undoing lines written by another path of this writer). */
  cut(size: number): void;
  close(): void;
}

/** Journal lines ready to be written at byte `base` (the journal's size when they were made). */
export interface PreparedAppend {
  base: number;
  text: string;
  entries: JournalEntry[];
}

export function openJournal(root: string): JournalAppender {
  assertWritableInside(root, JOURNAL_FILE);
  const path = join(root, JOURNAL_FILE);
  let fd: number;
  const existed = existsSync(path);
  try {
    fd = openSync(path, 'a+', 0o644);
    if (!fstatSync(fd).isFile()) {
      closeSync(fd);
      throw new XwgkError(EXIT.usage, { key: 'fs.not-regular', params: { file: JOURNAL_FILE } }, { key: 'fs.hint-read' });
    }
  } catch (e) {
    throw fsFailure(e, JOURNAL_FILE, { written: false });
  }
  let cutTo: number | undefined;
  const prepare = (entries: readonly NewEntry[]): PreparedAppend => {
    const tail = readTail(fd);
    if (tail.tornFrom !== undefined) ftruncateSync(fd, tail.tornFrom);
    const base = fstatSync(fd).size;
    let { seq, prev } = nextLink(tail.last, () => readFileSync(path, 'utf8'));
    const out: JournalEntry[] = [];
    let text = tail.needsNewline ? '\n' : '';
    for (const entry of entries) {
      const ordered = reorder({ seq, ...entry, prev } as JournalEntry);
      const line = formatLine(ordered);
      text += `${line}\n`;
      out.push(ordered);
      prev = sha256Hex(line);
      seq++;
    }
    return { base, text, entries: out };
  };
  const appender: JournalAppender = {
    prepare(entries) {
      try {
        return prepare(entries);
      } catch (e) {
        throw fsFailure(e, JOURNAL_FILE, { written: false });
      }
    },
    write(p) {
      try {
        const created = p.base === 0;
        cutTo = p.base;
        writeAll(fd, p.text, p.base);
        fsyncSync(fd);
        if (created) fsyncDir(root);
      } catch (e) {
        cutQuietly(fd, p.base);
        throw fsFailure(e, JOURNAL_FILE, { written: false });
      }
    },
    append(entries) {
      const p = appender.prepare(entries);
      appender.write(p);
      return p.entries;
    },
    rollback() {
      if (cutTo !== undefined) cutQuietly(fd, cutTo);
    },
    cut(size) {
      if (fstatSync(fd).size > size) cutQuietly(fd, size);
    },
    close() {
      // Opened only to learn it would take a line, then nothing written: leave no empty journal behind.
      const empty = fstatSync(fd).size === 0;
      closeSync(fd);
      if (!existed && empty) rmQuietly(path);
    },
  };
  return appender;
}

function rmQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
}

function cutQuietly(fd: number, size: number): void {
  try {
    ftruncateSync(fd, size);
    fsyncSync(fd);
  } catch {
    // a disk that refuses even this: verify names the damage
  }
}

/** `seq` and `prev` for the line after `last`. */
function nextLink(last: string | undefined, whole: () => string): { seq: number; prev: string } {
  if (last === undefined) return { seq: 1, prev: GENESIS };
  const prev = sha256Hex(last);
  try {
    const n = (JSON.parse(last) as { seq?: unknown }).seq;
    return { seq: typeof n === 'number' && Number.isInteger(n) ? n + 1 : 1, prev };
  } catch {
    // The last line is damaged: keep chaining from its hash; verify reports the damage.
    return { seq: (whole().match(/\n/g)?.length ?? 0) + 1, prev };
  }
}

/**
 * Appends one entry; call it only while holding the archive lock. A torn last line (a crash in the
 * middle of an earlier append, never a complete line) is cut off first, so the chain goes on from the
 * last complete line; a complete last line that lost its newline keeps its place and gets the
 * newline. Returns the entry as written.
 */
export function appendJournal(root: string, entry: NewEntry): JournalEntry {
  const j = openJournal(root);
  try {
    return j.append([entry])[0]!;
  } finally {
    j.close();
  }
}

/** Fixed key order, so lines read the same whoever wrote them: seq, time, action, id, …, prev. */
function reorder(e: JournalEntry): JournalEntry {
  if (e.action === 'seal') return { seq: e.seq, time: e.time, action: 'seal', id: e.id, term: e.term, ...(e.on !== undefined ? { on: e.on } : {}), digest: e.digest, records: e.records, ...(e.settings !== undefined ? { settings: e.settings } : {}), prev: e.prev };
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

const SEAL_INDEX = join(CACHE_DIR, 'seals.json');
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
export function readSeals(root: string, opts: { cache?: boolean } = { cache: true }): SealEntry[] {
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
    if (opts.cache) {
      try {
        index = JSON.parse(readFileSync(join(root, SEAL_INDEX), 'utf8')) as SealIndex;
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
    if (opts.cache && end > 0) {
      const scanned = from + end;
      const next: SealIndex = { size: scanned, probe: sha256Hex(readRange(fd, Math.max(0, scanned - PROBE), scanned)), seals };
      try {
        replaceFile(join(root, SEAL_INDEX), JSON.stringify(next));
      } catch {
        // a read-only archive still works, just without the index
      }
    }
    return seals;
  } finally {
    closeSync(fd);
  }
}
