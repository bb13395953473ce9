/** Where a new record goes: its id's date prefix, its file, and the highest number already used for a date. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { datePart } from '../model/dates.js';
import { RECORDS_DIR } from './record-walk.js';

export function idPrefix(time: string): string {
  return datePart(time).replaceAll('-', '');
}

export function recordFile(id: string): string {
  return `${RECORDS_DIR}/${id.slice(0, 4)}/${id}.yaml`;
}

/** The highest sequence number already used for a date in its year folder. */
export function highestSequence(root: string, prefix: string): number {
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
