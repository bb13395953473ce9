/**
 * The loader: the settings (settings.ts), then every record file found by the walk (record-walk.ts),
 * read through the caches (read-records.ts) and parsed one file at a time (record-file.ts). It never
 * throws on a bad record: it returns the valid records and a finding for every problem, each with
 * file, line and column. Only an unreadable `xwgk.yaml` stops it (exit 2).
 */
import type { Finding } from '../model/finding.js';
import type { Env } from './env.js';
import { assembleArchive, type Archive } from './assemble.js';
import { readRecordFiles } from './read-records.js';
import { withArchiveLock } from './lock.js';
import { hasPending } from './pending.js';
import { listRecordFiles } from './record-walk.js';
import { loadSettings } from './settings.js';
import { loadRequests } from './load-requests.js';

// The loader's interface: what the layers above import from here.
export type { LoadedRecord } from './record-file.js';
export { loadSettings, type ArchiveSettings } from './settings.js';
export type { Archive } from './assemble.js';
export { loadArchiveFromFiles } from './load-from-files.js';

/**
 * An import that committed and was then killed is finished before the records are read, so a reader
 * sees all its rows or none — if the lock is free at once (a live import holds it; a read-only
 * archive cannot take it: the reader goes on without).
 */
function finishPendingIfFree(root: string): void {
  if (!hasPending(root)) return;
  try {
    withArchiveLock(root, () => undefined, 0);
  } catch {
    // busy or read-only: read what is there
  }
}

/** How the records are read: with the parse cache (default) and, for a cold load, on every core. */
export interface LoadOptions {
  cache?: boolean;
  /** The environment from `Io` (`XWGK_NO_PARALLEL`); the archive never reads `process.env`. */
  env?: Env;
}

/** Loads the whole archive: settings, then every record file (through the parse cache unless told not to). */
export function loadArchive(root: string, opts: LoadOptions = {}): Archive {
  finishPendingIfFree(root);
  const settings = loadSettings(root, { cache: opts.cache ?? true, env: opts.env });
  const findings: Finding[] = [...settings.findings];
  const files = listRecordFiles(root, findings);
  const results = readRecordFiles(root, files, settings.catalog, { cache: opts.cache ?? true, env: opts.env ?? {} });
  return assembleArchive(settings, results, findings, files.length, loadRequests(root, findings));
}
