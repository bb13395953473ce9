/** The record ids of an archive from the file names alone (cheap: for shell completion, no parsing). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ID_PATTERN } from '../model/record.js';
import { RECORDS_DIR } from './record-walk.js';

export function listRecordIds(root: string): string[] {
  const ids: string[] = [];
  let years: string[];
  try {
    years = readdirSync(join(root, RECORDS_DIR)).filter((n) => /^\d{4}$/.test(n));
  } catch {
    return ids;
  }
  for (const y of years) {
    try {
      for (const n of readdirSync(join(root, RECORDS_DIR, y))) {
        if (n.endsWith('.yaml') && ID_PATTERN.test(n.slice(0, -5))) ids.push(n.slice(0, -5));
      }
    } catch {
      // an unreadable year folder: complete what can be read
    }
  }
  return ids.sort();
}
