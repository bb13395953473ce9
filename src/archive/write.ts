/**
 * Writing records. A new record gets the next free id `YYYYMMDD-NNN` of its disclosure date; the file
 * is created exclusively, so two clerks adding at once never get the same id and never overwrite each
 * other — the loser of a race simply takes the next number. Only the one year folder is listed, so
 * adding stays fast in a large archive.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { datePart } from '../model/dates.js';
import type { DisclosureRecord } from '../model/record.js';
import { createFileExclusive, replaceFile } from './atomic.js';
import { RECORDS_DIR } from './load.js';
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
  action: 'add' | 'import' | 'amend' | 'withdraw' | 'feedback' | 'attach';
  reason?: string;
}

export interface Written {
  id: string;
  file: string;
  text: string;
}

/**
 * Writes a new record under the next free id of its date. `build` receives the id and returns the
 * record to write (the id is part of the record).
 */
export function writeNewRecord(root: string, time: string, build: (id: string) => DisclosureRecord, meta: ChangeMeta = { action: 'add' }): Written {
  void meta;
  const prefix = idPrefix(time);
  for (let seq = highestSequence(root, prefix) + 1; ; seq++) {
    const id = `${prefix}-${String(seq).padStart(3, '0')}`;
    const file = recordFile(id);
    const text = serializeRecord(build(id));
    if (createFileExclusive(join(root, file), text)) return { id, file, text };
  }
}

/** Replaces an existing record file (amend, withdraw, feedback) atomically. */
export function rewriteRecord(root: string, file: string, record: DisclosureRecord, meta: ChangeMeta): Written {
  void meta;
  const text = serializeRecord(record);
  replaceFile(join(root, file), text);
  return { id: record.id, file, text };
}
