/**
 * Writing records — the one door every change goes through (add, import, amend, withdraw, feedback,
 * attach), so every change is journaled without the command knowing how. Under the archive lock, in
 * this order: open the journal (a journal that will not take a line stops the write here), check the
 * record may be changed (a sealed term needs a reason; the file is still the one the caller read, or
 * was changed by another writer of this tool, whose change the caller's is re-applied to), check it
 * is no larger than the reader reads, copy attachments, write the record file (temp, every byte,
 * fsync, link/rename, fsync the folder), then append the journal line (fsync). If the line cannot be
 * written, the record is taken back (undo-file.ts), so "nothing was written" is true. A crash between
 * the record and its line leaves a record that `verify` names and `amend --reason` settles.
 *
 * A new record gets the next free id `YYYYMMDD-NNN` of its disclosure date; the file is created
 * exclusively, so even a file made by hand meanwhile is never overwritten. Only the one year folder is
 * listed and only the journal's tail is read, so adding stays fast in a large archive.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sealDate, sealedTerms, sha256Hex, type JournalAction, type JournalEntry, type SealEntry } from '../model/chain.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { termOfRecord } from '../model/periods.js';
import type { DisclosureRecord } from '../model/record.js';
import { copyAttachments, type AttachmentSource } from './attach.js';
import { createFileExclusive, replaceFile, sweepTemps } from './atomic.js';
import { assertWritableInside, fsFailure } from './fs-guard.js';
import { journalTime, openJournal, readSeals, type JournalAppender } from './journal.js';
import { MAX_FILE_BYTES } from './yaml-source.js';
import { keepForUndo, removeQuietly } from './undo-file.js';
import { lastJournaledHash, recordOfBytes } from './reapply.js';
import { highestSequence, idPrefix, recordFile } from './record-slots.js';
import { loadSettings } from './settings.js';
import { withArchiveLock } from './lock.js';
import { cacheOn, lockWaitMs, type Env } from './env.js';
import { serializeRecord } from './serialize.js';

export { highestSequence, idPrefix, recordFile } from './record-slots.js';

/** Why a record is written: every change made through the tool names its action (and a reason where there is one). */
export interface ChangeMeta {
  action: Exclude<JournalAction, 'seal'>;
  reason?: string | undefined;
  /** The journal line's time (`XWGK_NOW`); default the clock. */
  now?: string | undefined;
  /** The environment from `Io` (env.ts): the lock's wait, the seal index on or off. */
  env?: Env | undefined;
  /** Evidence to copy into `attachments/YYYY/<id>-N.<ext>` and list in the record (see `checkAttachmentSources`). */
  attach?: AttachmentSource[] | undefined;
  /** The SHA-256 of the file as the caller read it: the rewrite is refused (exit 3) if the file changed since. */
  expectHash?: string | undefined;
  /** The change as a function of the record: re-applied under the lock when another writer of this tool changed the file meanwhile. */
  reapply?: ((current: DisclosureRecord) => DisclosureRecord) | undefined;
}

export interface Written {
  id: string;
  file: string;
  text: string;
  record: DisclosureRecord;
  entry: JournalEntry;
}

/**
 * The seal a change to this record falls under, if any: its term is sealed, or it was one of a sealed
 * term's records when the seal was made. Such a change needs a reason (SPEC). Exported so a command
 * that writes many records (import) can refuse up front, before writing any.
 */
export function sealCovering(root: string, record: DisclosureRecord, seals = sealedTerms(readSeals(root))): SealEntry | undefined {
  if (seals.size === 0) return undefined;
  const settings = loadSettings(root);
  const term = termOfRecord(record, settings.catalog, settings.terms).id;
  return seals.get(term) ?? [...seals.values()].find((s) => s.records.includes(record.id));
}

/** Runs `fn` under the archive lock, waiting as long as the environment says. */
function locked<T>(root: string, meta: ChangeMeta, fn: () => T): T {
  return withArchiveLock(root, fn, lockWaitMs(meta.env));
}

function requireReasonIfSealed(root: string, record: DisclosureRecord, meta: ChangeMeta): void {
  if (meta.reason?.trim()) return;
  const seal = sealCovering(root, record, sealedTerms(readSeals(root, { cache: cacheOn(meta.env), env: meta.env })));
  if (!seal) return;
  throw new XwgkError(EXIT.usage, { key: 'seal.reason-needed', params: { id: record.id, term: seal.term, date: sealDate(seal) } }, { key: 'hint.seal-reason' });
}

function journalLine(journal: JournalAppender, w: { id: string; file: string; text: string }, meta: ChangeMeta): JournalEntry {
  return journal.append([{
    time: journalTime(meta.now),
    action: meta.action,
    id: w.id,
    file: w.file,
    sha256: sha256Hex(Buffer.from(w.text, 'utf8')),
    ...(meta.reason?.trim() ? { reason: meta.reason.trim() } : {}),
  }])[0]!;
}

/** The writer refuses what the reader would refuse: a record file over the reader's size limit. */
export function assertReadableSize(id: string, text: string): void {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_FILE_BYTES) throw new XwgkError(EXIT.usage, { key: 'write.too-large', params: { id, size, limit: MAX_FILE_BYTES } }, { key: 'write.too-large-hint' });
}

/**
 * Runs `fn` under the archive lock with the journal already open for appending — so a journal that
 * cannot take a line (read-only, linked out of the archive) stops the write before any record is
 * made — after sweeping temp files that killed writers left in `dir`.
 */
function underLockWithJournal<T>(root: string, dir: string, meta: ChangeMeta, fn: (journal: JournalAppender) => T): T {
  return locked(root, meta, () => {
    const journal = openJournal(root);
    try {
      sweepTemps(join(root, dir));
      return fn(journal);
    } finally {
      journal.close();
    }
  });
}


/**
 * Writes a new record under the next free id of its date. `build` receives the id and returns the
 * record to write (the id is part of the record).
 */
export function writeNewRecord(root: string, time: string, build: (id: string) => DisclosureRecord, meta: ChangeMeta = { action: 'add' }): Written {
  const prefix = idPrefix(time);
  return underLockWithJournal(root, dirname(recordFile(`${prefix}-001`)), meta, (journal) => {
    for (let seq = highestSequence(root, prefix) + 1; ; seq++) {
      const id = `${prefix}-${String(seq).padStart(3, '0')}`;
      const file = recordFile(id);
      assertWritableInside(root, file);
      if (existsSync(join(root, file))) continue;
      let record = build(id);
      requireReasonIfSealed(root, record, meta);
      assertReadableSize(id, serializeRecord(record));
      const copied = copyAttachments(root, id, record.attachments?.length ?? 0, meta.attach ?? []);
      const dropCopies = () => copied.forEach((a) => removeQuietly(join(root, a.path)));
      if (copied.length > 0) record = { ...record, attachments: [...(record.attachments ?? []), ...copied] };
      const text = serializeRecord(record);
      let created: boolean;
      try {
        created = createFileExclusive(join(root, file), text);
      } catch (e) {
        dropCopies();
        throw e;
      }
      if (!created) {
        // A file made by hand took this id a moment ago: take the next one, and drop the copies named for this one.
        dropCopies();
        continue;
      }
      try {
        const entry = journalLine(journal, { id, file, text }, meta);
        return { id, file, text, record, entry };
      } catch (e) {
        // The journal would not take the line: the record goes too, so "nothing was written" is true.
        removeQuietly(join(root, file));
        dropCopies();
        throw e;
      }
    }
  });
}

/** Exit 3 when the file is no longer the one the caller read (its SHA-256 differs, or it is gone); call under the lock. */
export function refuseIfChanged(root: string, file: string, expectHash: string | undefined): void {
  if (expectHash === undefined) return;
  let now: string | undefined;
  try {
    now = sha256Hex(readFileSync(join(root, file)));
  } catch {
    now = undefined;
  }
  if (now !== expectHash) throw new XwgkError(EXIT.busy, { key: 'write.changed-meanwhile', params: { file } }, { key: 'hint.try-again' });
}

/** Replaces an existing record file (amend, withdraw, feedback, attach) atomically, and journals it. */
export function rewriteRecord(root: string, file: string, wanted: DisclosureRecord, meta: ChangeMeta): Written {
  return underLockWithJournal(root, dirname(file), meta, (journal) => {
    assertWritableInside(root, file);
    let record = wanted;
    if (meta.expectHash !== undefined) {
      let bytes: Buffer | undefined;
      try {
        bytes = readFileSync(join(root, file));
      } catch {
        bytes = undefined;
      }
      const now = bytes && sha256Hex(bytes);
      if (now !== meta.expectHash) {
        // Changed since the caller read it. By this tool (its hash is the journal's): apply the change
        // again to what the other writer wrote. By anything else: refuse, so a hand edit is not lost.
        const current = bytes && meta.reapply && now === lastJournaledHash(root, wanted.id) ? recordOfBytes(root, file, bytes) : undefined;
        if (!current) throw new XwgkError(EXIT.busy, { key: 'write.changed-meanwhile', params: { file } }, { key: 'hint.try-again' });
        record = meta.reapply!(current);
      }
    }
    requireReasonIfSealed(root, record, meta);
    const copied = copyAttachments(root, record.id, record.attachments?.length ?? 0, meta.attach ?? []);
    const final = copied.length > 0 ? { ...record, attachments: [...(record.attachments ?? []), ...copied] } : record;
    const text = serializeRecord(final);
    try {
      assertReadableSize(final.id, text);
    } catch (e) {
      copied.forEach((a) => removeQuietly(join(root, a.path)));
      throw e;
    }
    const undo = keepForUndo(join(root, file));
    try {
      replaceFile(join(root, file), text);
      const entry = journalLine(journal, { id: final.id, file, text }, meta);
      return { id: final.id, file, text, record: final, entry };
    } catch (e) {
      // Put the old file back (the journal would not take the line, or the disk is full).
      undo.restore();
      copied.forEach((a) => removeQuietly(join(root, a.path)));
      throw e;
    } finally {
      undo.drop();
    }
  });
}

/**
 * Journals a record file exactly as it is on disk — a hand edit accepted with `amend ID --reason` —
 * without rewriting it, so the clerk's own layout and comments stay.
 */
export function journalFileAsIs(root: string, file: string, record: DisclosureRecord, meta: ChangeMeta): Written {
  return underLockWithJournal(root, dirname(file), meta, (journal) => {
    const bytes = readFileSync(join(root, file));
    if (meta.expectHash !== undefined && sha256Hex(bytes) !== meta.expectHash) {
      throw new XwgkError(EXIT.busy, { key: 'write.changed-meanwhile', params: { file } }, { key: 'hint.try-again' });
    }
    requireReasonIfSealed(root, record, meta);
    const text = bytes.toString('utf8');
    const entry = journalLine(journal, { id: record.id, file, text }, meta);
    return { id: record.id, file, text, record, entry };
  });
}

