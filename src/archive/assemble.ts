/**
 * The last step of loading, shared by the disk loader (load.ts) and the in-memory one
 * (load-from-files.ts): the valid records in time order, and every finding met on the way.
 */
import type { Finding } from '../model/finding.js';
import type { FileParse } from './parallel-parse.js';
import type { LoadedRecord } from './record-file.js';
import type { ArchiveSettings } from './settings.js';
import type { LoadedRequest } from './load-requests.js';

export interface Archive extends ArchiveSettings {
  records: LoadedRecord[];
  /** Every problem met while loading, as `schema` findings. */
  findings: Finding[];
  /** How many record files there are, valid or not. */
  fileCount: number;
  /** The requests for information (依申请公开) under `requests/`, by date received. */
  requests: LoadedRequest[];
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
