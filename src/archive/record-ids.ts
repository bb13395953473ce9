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
  return yearFolders(root, dir)
    .flatMap((y) => idsIn(root, dir, y, pattern))
    .sort();
}

/** The year folders (`2025`) under `dir`; none when it cannot be read. */
function yearFolders(root: string, dir: string): string[] {
  try {
    return readdirSync(join(root, dir)).filter((n) => /^\d{4}$/.test(n));
  } catch {
    return [];
  }
}

/** The ids of one year folder's files; none when it cannot be read (complete what can be). */
function idsIn(root: string, dir: string, year: string, pattern: RegExp): string[] {
  try {
    return readdirSync(join(root, dir, year))
      .filter((n) => n.endsWith('.yaml') && pattern.test(n.slice(0, -5)))
      .map((n) => n.slice(0, -5));
  } catch {
    return [];
  }
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
  const ids: string[] = [];
  for (const y of yearFolders(root, RECORDS_DIR).sort().reverse()) {
    ids.push(...idsIn(root, RECORDS_DIR, y, ID_PATTERN).sort().reverse());
    if (ids.length >= n) break;
  }
  return ids.slice(0, n);
}
