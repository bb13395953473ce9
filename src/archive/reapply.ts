/**
 * Two writers changing one record at once (twenty `amend`s or `feedback add`s on it): the second
 * finds the file changed since it read it. If that change was made by the tool — the file's hash is
 * its last journal line's — the second writer applies its own change again to what the first wrote,
 * under the lock, instead of giving up; a change made outside the tool (a clerk's editor) is still
 * refused, so a hand edit is never overwritten unseen.
 */
import { closeSync, fstatSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { DisclosureRecord } from '../model/record.js';
import { readRange } from './fs-guard.js';
import { JOURNAL_FILE } from './journal.js';
import { loadRecordBytes } from './record-file.js';
import { loadSettings } from './settings.js';

/** How far back from the journal's end to look for the record's last line: a burst of writers lands there. */
const TAIL = 1024 * 1024;

/** The SHA-256 the journal last wrote for record `id`, looked up in the journal's last megabyte. */
export function lastJournaledHash(root: string, id: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(join(root, JOURNAL_FILE), 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    const from = Math.max(0, size - TAIL);
    const lines = readRange(fd, from, size).toString('utf8').split('\n');
    const needle = `"id":${JSON.stringify(id)},`;
    for (let i = lines.length - 1; i >= 0; i--) {
      if (!lines[i]!.includes(needle)) continue;
      try {
        const e = JSON.parse(lines[i]!) as { id?: string; sha256?: string };
        if (e.id === id && typeof e.sha256 === 'string') return e.sha256;
      } catch {
        // a torn or damaged line: keep looking
      }
    }
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The record in `bytes` (the file as it is now), or undefined when it no longer validates. */
export function recordOfBytes(root: string, file: string, bytes: Uint8Array): DisclosureRecord | undefined {
  return loadRecordBytes(bytes, file, loadSettings(root).catalog).loaded?.record;
}
