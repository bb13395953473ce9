/**
 * The record ids (or, with another folder and pattern, the request ids) of an archive from the file names alone (cheap: for shell completion, no parsing), and
 * the newest record's `responsible` (the default `add` offers), read from the newest few files only.
 */
import { readdirSync } from 'node:fs';
import { readGuarded } from './fs-guard.js';
import { join } from 'node:path';
import { ID_PATTERN } from '../model/record.js';
import { RECORDS_DIR } from './record-walk.js';
import { MAX_FILE_BYTES, parseYamlBytes } from './yaml-source.js';

export function listRecordIds(root: string, dir: string = RECORDS_DIR, pattern: RegExp = ID_PATTERN): string[] {
  const ids: string[] = [];
  let years: string[];
  try {
    years = readdirSync(join(root, dir)).filter((n) => /^\d{4}$/.test(n));
  } catch {
    return ids;
  }
  for (const y of years) {
    try {
      for (const n of readdirSync(join(root, dir, y))) {
        if (n.endsWith('.yaml') && pattern.test(n.slice(0, -5))) ids.push(n.slice(0, -5));
      }
    } catch {
      // an unreadable year folder: complete what can be read
    }
  }
  return ids.sort();
}

/** How many of the newest files are tried for a `responsible` (a broken newest file should not hide the rest). */
const NEWEST_TRIED = 5;

/** The `responsible` of the newest record: the first of the newest files (by id) that parses and names one. */
export function lastResponsible(root: string): string | undefined {
  for (const id of newestIds(root, NEWEST_TRIED)) {
    try {
      // Guarded: a FIFO or a link to /dev/zero among the newest files would block or fill memory.
      const { value } = parseYamlBytes(readGuarded(join(root, RECORDS_DIR, id.slice(0, 4), `${id}.yaml`), MAX_FILE_BYTES));
      const responsible = (value as { responsible?: unknown } | undefined)?.responsible;
      if (typeof responsible === 'string' && responsible.trim()) return responsible.trim();
    } catch {
      // unreadable: try the next one
    }
  }
  return undefined;
}

/**
 * The `n` newest record ids, newest first, from the newest year folders only: a 100,000-record archive
 * is not listed whole for the default of one prompt (bench/RESULTS.md, `add --yes`).
 */
function newestIds(root: string, n: number): string[] {
  let years: string[];
  try {
    years = readdirSync(join(root, RECORDS_DIR))
      .filter((y) => /^\d{4}$/.test(y))
      .sort()
      .reverse();
  } catch {
    return [];
  }
  const ids: string[] = [];
  for (const y of years) {
    let names: string[];
    try {
      names = readdirSync(join(root, RECORDS_DIR, y));
    } catch {
      continue;
    }
    const inYear = names.filter((f) => f.endsWith('.yaml') && ID_PATTERN.test(f.slice(0, -5))).map((f) => f.slice(0, -5));
    ids.push(...inYear.sort().reverse());
    if (ids.length >= n) break;
  }
  return ids.slice(0, n);
}
