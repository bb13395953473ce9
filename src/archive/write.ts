/**
 * Writing records — the one door every change goes through (add, import, amend, withdraw, feedback,
 * attach), so every change is journaled without the command knowing how. Under the archive lock, in
 * this order: check the record may be changed (a sealed term needs a reason; the file is still the one
 * the caller read), copy attachments, write the record file (temp, fsync, link/rename, fsync the
 * folder), then append the journal line (fsync). A crash between the record and its line leaves a
 * record that `verify` names and `amend --reason` settles; nothing else is ever half-written.
 *
 * A new record gets the next free id `YYYYMMDD-NNN` of its disclosure date; the file is created
 * exclusively, so even a file made by hand meanwhile is never overwritten. Only the one year folder is
 * listed and only the journal's tail is read, so adding stays fast in a large archive.
 */
import { existsSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { sealedTerms, sha256Hex, type JournalAction, type JournalEntry, type SealEntry } from '../model/chain.js';
import { datePart } from '../model/dates.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { termOfRecord } from '../model/periods.js';
import type { DisclosureRecord } from '../model/record.js';
import { copyAttachments, type AttachmentSource } from './attach.js';
import { createFileExclusive, replaceFile } from './atomic.js';
import { appendJournal, journalTime, readSeals } from './journal.js';
import { RECORDS_DIR } from './record-walk.js';
import { loadSettings } from './settings.js';
import { withArchiveLock } from './lock.js';
import { cacheOn, lockWaitMs, type Env } from './env.js';
import { serializeRecord } from './serialize.js';

export function idPrefix(time: string): string {
  return datePart(time).replaceAll('-', '');
}

export function recordFile(id: string): string {
  return `${RECORDS_DIR}/${id.slice(0, 4)}/${id}.yaml`;
}

/** The highest sequence number already used for a date in its year folder. */
function highestSequence(root: string, prefix: string): number {
  let names: string[];
  try {
    names = readdirSync(join(root, RECORDS_DIR, prefix.slice(0, 4)));
  } catch {
    return 0;
  }
  let max = 0;
  for (const n of names) {
    if (n.startsWith(`${prefix}-`) && n.endsWith('.yaml')) {
      const seq = Number(n.slice(prefix.length + 1, -5));
      if (Number.isInteger(seq) && seq > max) max = seq;
    }
  }
  return max;
}

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
  throw new XwgkError(EXIT.usage, { key: 'seal.reason-needed', params: { id: record.id, term: seal.term, date: seal.time.slice(0, 10) } }, { key: 'hint.seal-reason' });
}

function journalLine(root: string, w: { id: string; file: string; text: string }, meta: ChangeMeta): JournalEntry {
  return appendJournal(root, {
    time: journalTime(meta.now),
    action: meta.action,
    id: w.id,
    file: w.file,
    sha256: sha256Hex(Buffer.from(w.text, 'utf8')),
    ...(meta.reason?.trim() ? { reason: meta.reason.trim() } : {}),
  });
}

/**
 * Writes a new record under the next free id of its date. `build` receives the id and returns the
 * record to write (the id is part of the record).
 */
export function writeNewRecord(root: string, time: string, build: (id: string) => DisclosureRecord, meta: ChangeMeta = { action: 'add' }): Written {
  return locked(root, meta, () => {
    const prefix = idPrefix(time);
    for (let seq = highestSequence(root, prefix) + 1; ; seq++) {
      const id = `${prefix}-${String(seq).padStart(3, '0')}`;
      const file = recordFile(id);
      if (existsSync(join(root, file))) continue;
      let record = build(id);
      requireReasonIfSealed(root, record, meta);
      const copied = copyAttachments(root, id, record.attachments?.length ?? 0, meta.attach ?? []);
      if (copied.length > 0) record = { ...record, attachments: [...(record.attachments ?? []), ...copied] };
      const text = serializeRecord(record);
      if (!createFileExclusive(join(root, file), text)) {
        // A file made by hand took this id a moment ago: take the next one, and drop the copies named for this one.
        for (const a of copied) unlinkSync(join(root, a.path));
        continue;
      }
      const entry = journalLine(root, { id, file, text }, meta);
      return { id, file, text, record, entry };
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
export function rewriteRecord(root: string, file: string, record: DisclosureRecord, meta: ChangeMeta): Written {
  return locked(root, meta, () => {
    refuseIfChanged(root, file, meta.expectHash);
    requireReasonIfSealed(root, record, meta);
    const copied = copyAttachments(root, record.id, record.attachments?.length ?? 0, meta.attach ?? []);
    const final = copied.length > 0 ? { ...record, attachments: [...(record.attachments ?? []), ...copied] } : record;
    const text = serializeRecord(final);
    replaceFile(join(root, file), text);
    const entry = journalLine(root, { id: final.id, file, text }, meta);
    return { id: final.id, file, text, record: final, entry };
  });
}

/**
 * Journals a record file exactly as it is on disk — a hand edit accepted with `amend ID --reason` —
 * without rewriting it, so the clerk's own layout and comments stay.
 */
export function journalFileAsIs(root: string, file: string, record: DisclosureRecord, meta: ChangeMeta): Written {
  return locked(root, meta, () => {
    const bytes = readFileSync(join(root, file));
    if (meta.expectHash !== undefined && sha256Hex(bytes) !== meta.expectHash) {
      throw new XwgkError(EXIT.busy, { key: 'write.changed-meanwhile', params: { file } }, { key: 'hint.try-again' });
    }
    requireReasonIfSealed(root, record, meta);
    const text = bytes.toString('utf8');
    const entry = journalLine(root, { id: record.id, file, text }, meta);
    return { id: record.id, file, text, record, entry };
  });
}
