/**
 * The loader: the settings (settings.ts), then every record file found by the walk (record-walk.ts),
 * read through the caches (read-records.ts) and parsed one file at a time (record-file.ts). It never
 * throws on a bad record: it returns the valid records and a finding for every problem, each with
 * file, line and column. Only an unreadable `xwgk.yaml` stops it (exit 2).
 */
import type { Finding } from '../model/finding.js';
import type { Env } from './env.js';
import type { LoadedRecord } from './record-file.js';
import type { FileParse } from './parallel-parse.js';
import { readRecordFiles } from './read-records.js';
import { listRecordFiles } from './record-walk.js';
import { loadSettings, type ArchiveSettings } from './settings.js';
import { loadRequests, type LoadedRequest } from './load-requests.js';

// The loader's interface: what the layers above import from here.
export type { LoadedRecord } from './record-file.js';
export { loadSettings, type ArchiveSettings } from './settings.js';

export interface Archive extends ArchiveSettings {
  records: LoadedRecord[];
  /** Every problem met while loading, as `schema` findings. */
  findings: Finding[];
  /** How many record files there are, valid or not. */
  fileCount: number;
  /** The requests for information (依申请公开) under `requests/`, by date received. */
  requests: LoadedRequest[];
}

/** How the records are read: with the parse cache (default) and, for a cold load, on every core. */
export interface LoadOptions {
  cache?: boolean;
  /** The environment from `Io` (`XWGK_NO_PARALLEL`); the archive never reads `process.env`. */
  env?: Env;
}

/** Loads the whole archive: settings, then every record file (through the parse cache unless told not to). */
export function loadArchive(root: string, opts: LoadOptions = {}): Archive {
  const settings = loadSettings(root, { cache: opts.cache ?? true, env: opts.env });
  const findings: Finding[] = [...settings.findings];
  const files = listRecordFiles(root, findings);
  const results = readRecordFiles(root, files, settings.catalog, { cache: opts.cache ?? true, env: opts.env ?? {} });
  return assembleArchive(settings, results, findings, files.length, loadRequests(root, findings));
}

/**
 * The archive from the results of its record files: the valid records in time order (a second file
 * with an id already seen is a finding, not a record), and every finding met on the way; the requests
 * for information were loaded beside them (load-requests.ts).
 */
export function assembleArchive(settings: ArchiveSettings, results: readonly FileParse[], findings: Finding[], fileCount: number, requests: LoadedRequest[] = []): Archive {
  const records: LoadedRecord[] = [];
  const seen = new Map<string, string>();
  for (const r of results) {
    findings.push(...r.findings);
    if (!r.loaded) continue;
    const file = r.file;
    const dup = seen.get(r.loaded.record.id);
    if (dup) {
      findings.push({ check: 'schema', code: 'schema.duplicate-id', severity: 'error', file, id: r.loaded.record.id, message: { key: 'err.duplicate-record-id', params: { id: r.loaded.record.id, other: dup } } });
      continue;
    }
    seen.set(r.loaded.record.id, file);
    records.push(r.loaded);
  }
  records.sort((a, b) => (a.record.time < b.record.time ? -1 : a.record.time > b.record.time ? 1 : a.record.id < b.record.id ? -1 : 1));
  return { ...settings, records, findings, fileCount, requests };
}
