/**
 * Writing many new records as one transaction (import): all of them or none, whatever happens — a
 * bad row, a full disk, a lock timeout, a SIGKILL at any moment. Under one archive lock: ids are given
 * from the year folders listed once, every record and the journal lines go into one `commit.json`
 * (fsynced once, renamed into place: the commit point), then the files are written into `records/`
 * and the lines appended in one write. See `pending.ts` for what
 * a kill at each step leaves and how the next writer finishes it.
 */
import { existsSync, readFileSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sealDate, sealedTerms, sha256Hex, type JournalEntry, type RecordEntry } from '../model/chain.js';
import { EXIT, XwgkError } from '../model/errors.js';
import type { DisclosureRecord } from '../model/record.js';
import { assertDirInside, fsFailure, makeDirs } from './fs-guard.js';
import { journalTime, openJournal, readSeals } from './journal.js';
import { refreshLock, withArchiveLock } from './lock.js';
import { cacheOn, lockWaitMs } from './env.js';
import { commit, discard, PENDING_DIR, rollForward, type Commit } from './pending.js';
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
      const seals = sealedTerms(readSeals(root, { cache: cacheOn(meta.env) }));
      const next = new Map<string, number>();
      const checked = new Set<string>();
      const staged: { id: string; file: string; text: string; record: DisclosureRecord }[] = [];
      items.forEach((item, i) => {
        const prefix = idPrefix(item.time);
        let seq = next.get(prefix) ?? highestSequence(root, prefix);
        let id: string;
        do id = `${prefix}-${String(++seq).padStart(3, '0')}`;
        while (existsSync(join(root, recordFile(id))));
        next.set(prefix, seq);
        const record = item.build(id);
        const seal = meta.reason?.trim() ? undefined : sealCovering(root, record, seals);
        if (seal) throw new XwgkError(EXIT.usage, { key: 'seal.reason-needed', params: { id, term: seal.term, date: sealDate(seal) } }, { key: 'hint.seal-reason' });
        const text = serializeRecord(record);
        assertReadableSize(id, text);
        const dir = dirname(recordFile(id));
        if (!checked.has(dir)) assertDirInside(root, dir);
        checked.add(dir);
        staged.push({ id, file: recordFile(id), text, record });
        if ((i + 1) % REFRESH_EVERY === 0) refreshLock();
        progress?.(i + 1, items.length);
      });
      const time = journalTime(meta.now);
      const reason = meta.reason?.trim();
      const lines = journal.prepare(staged.map((s) => ({
        time, action: meta.action, id: s.id, file: s.file, sha256: sha256Hex(Buffer.from(s.text, 'utf8')), ...(reason ? { reason } : {}),
      })));
      c = { format: 1, base: lines.base, journal: lines.text, files: staged.map((s, k) => ({ target: s.file, sha256: (lines.entries[k] as RecordEntry).sha256, text: s.text })) };
      try {
        makeDirs(txDir);
        commit(txDir, c);
      } catch (e) {
        discard(txDir);
        throw fsFailure(e, PENDING_DIR, { written: false });
      }
      committed = true;
      rollForward(root, c);
      // The folder stays until the next writer has checked every record reached the disk (pending.ts).
      return staged.map((s, k) => ({ ...s, entry: lines.entries[k] as JournalEntry }));
    } catch (e) {
      if (committed && c) {
        undoRollForward(root, c, journal);
        discard(txDir);
      }
      throw e instanceof XwgkError ? e : fsFailure(e, PENDING_DIR, { written: false });
    } finally {
      journal.close();
    }
  }, lockWaitMs(meta.env));
}

/**
 * The roll forward failed in this process (say the disk filled before the journal lines were
 * written): every record it wrote is removed again and the journal cut back to where it was, so the
 * import wrote nothing. (Killed during this, the next writer rolls forward instead: all rows.)
 */
function undoRollForward(root: string, c: Commit, journal: ReturnType<typeof openJournal>): void {
  for (const f of c.files) {
    try {
      if (sha256Hex(readFileSync(join(root, f.target))) === f.sha256) unlinkSync(join(root, f.target));
    } catch {
      // not written
    }
  }
  journal.cut(c.base);
}
