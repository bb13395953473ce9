/**
 * Writing many new records as one transaction (import): all of them or none, whatever happens — a
 * bad row, a full disk, a lock timeout, a SIGKILL at any moment. Under one archive lock: ids are given
 * from the year folders listed once, every record is staged and fsynced in `.xwgk-pending/`, the
 * journal lines are made in one piece, `commit.json` is renamed into place (the commit point), then
 * the files are linked into `records/` and the lines appended in one write. See `pending.ts` for what
 * a kill at each step leaves and how the next writer finishes it.
 */
import { existsSync, lstatSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sealedTerms, sha256Hex, type JournalEntry, type RecordEntry } from '../model/chain.js';
import { EXIT, XwgkError } from '../model/errors.js';
import type { DisclosureRecord } from '../model/record.js';
import { fsFailure, makeDirs } from './fs-guard.js';
import { journalTime, openJournal, readSeals } from './journal.js';
import { refreshLock, withArchiveLock } from './lock.js';
import { commit, discard, PENDING_DIR, rollForward, writeDurable, type Commit } from './pending.js';
import { serializeRecord } from './serialize.js';
import { assertReadableSize, highestSequence, idPrefix, recordFile, sealCovering, type ChangeMeta, type Written } from './write.js';

export interface NewRecord {
  time: string;
  build: (id: string) => DisclosureRecord;
}

/** Progress of a long batch: `done` of `total` records staged. */
export type Progress = (done: number, total: number) => void;

/** How often (records) a long batch re-dates its lock, so it is not taken for a dead writer. */
const REFRESH_EVERY = 2000;

/**
 * Writes every record of `items` under the next free ids of their dates, journaled with `meta`, as one
 * transaction. Throws (exit 2 or 3) with nothing written if any record cannot be written.
 */
export function writeNewRecords(root: string, items: readonly NewRecord[], meta: ChangeMeta, progress?: Progress): Written[] {
  if (items.length === 0) return [];
  return withArchiveLock(root, () => {
    const journal = openJournal(root);
    const txDir = join(root, PENDING_DIR, `${process.pid}-${randomBytes(4).toString('hex')}`);
    let committed = false;
    let c: Commit | undefined;
    try {
      const seals = sealedTerms(readSeals(root));
      const next = new Map<string, number>();
      const staged: { id: string; file: string; text: string; record: DisclosureRecord }[] = [];
      makeDirs(txDir);
      items.forEach((item, i) => {
        const prefix = idPrefix(item.time);
        let seq = next.get(prefix) ?? highestSequence(root, prefix);
        let id: string;
        do id = `${prefix}-${String(++seq).padStart(3, '0')}`;
        while (existsSync(join(root, recordFile(id))));
        next.set(prefix, seq);
        const record = item.build(id);
        const seal = meta.reason?.trim() ? undefined : sealCovering(root, record, seals);
        if (seal) throw new XwgkError(EXIT.usage, { key: 'seal.reason-needed', params: { id, term: seal.term, date: seal.time.slice(0, 10) } }, { key: 'hint.seal-reason' });
        const text = serializeRecord(record);
        assertReadableSize(id, text);
        try {
          writeDurable(join(txDir, `${id}.yaml`), text);
        } catch (e) {
          throw fsFailure(e, recordFile(id), { written: false });
        }
        staged.push({ id, file: recordFile(id), text, record });
        if ((i + 1) % REFRESH_EVERY === 0) refreshLock();
        progress?.(i + 1, items.length);
      });
      const time = journalTime(meta.now);
      const reason = meta.reason?.trim();
      const lines = journal.prepare(staged.map((s) => ({
        time, action: meta.action, id: s.id, file: s.file, sha256: sha256Hex(Buffer.from(s.text, 'utf8')), ...(reason ? { reason } : {}),
      })));
      c = { format: 1, base: lines.base, journal: lines.text, files: staged.map((s, k) => ({ staged: `${s.id}.yaml`, target: s.file, sha256: (lines.entries[k] as RecordEntry).sha256 })) };
      try {
        commit(txDir, c);
      } catch (e) {
        throw fsFailure(e, PENDING_DIR, { written: false });
      }
      committed = true;
      rollForward(root, txDir, c);
      return staged.map((s, k) => ({ ...s, entry: lines.entries[k] as JournalEntry }));
    } catch (e) {
      if (committed && c) undoRollForward(root, txDir, c, journal);
      throw e instanceof XwgkError ? e : fsFailure(e, PENDING_DIR, { written: false });
    } finally {
      discard(txDir);
      journal.close();
    }
  });
}

/**
 * The roll forward failed in this process (say the disk filled between the commit and the journal
 * write): every record it linked is removed again and the journal is cut back to where it was, so
 * the import wrote nothing. (Killed during this, the next writer rolls forward instead: all rows.)
 */
function undoRollForward(root: string, txDir: string, c: Commit, journal: ReturnType<typeof openJournal>): void {
  for (const f of c.files) {
    try {
      const staged = lstatSync(join(txDir, f.staged));
      const placed = lstatSync(join(root, f.target));
      if (staged.ino === placed.ino && staged.dev === placed.dev) unlinkSync(join(root, f.target));
    } catch {
      // not linked yet
    }
  }
  journal.cut(c.base);
}
