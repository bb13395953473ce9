/**
 * Loading the request register: every `requests/YYYY/*.yaml`, read as safely as a record (size limit,
 * regular files only, strict YAML), validated, and located. Like the record loader it never throws
 * on a bad file: it returns the valid requests and a `schema` finding for every problem.
 */
import type { Finding } from '../model/finding.js';
import { REQUESTS_DIR, requestIdDate, type InfoRequest } from '../model/request.js';
import { validateRequest } from '../model/request-validate.js';
import { loadYamlFileBytes, readArchiveFile } from './record-file.js';
import { listRecordFiles } from './record-walk.js';

export interface LoadedRequest {
  request: InfoRequest;
  /** Path inside the archive, `/`-separated. */
  file: string;
  /** SHA-256 of the file's bytes as read. */
  hash: string;
  /** The line of each top-level key. */
  lines: Record<string, number>;
}

/** Every request file, sorted, as archive-relative paths. */
export function listRequestFiles(root: string, findings: Finding[] = []): string[] {
  return listRecordFiles(root, findings, REQUESTS_DIR);
}

/** Parses and validates one request file's bytes, as a record file is. */
export function loadRequestBytes(bytes: Uint8Array, file: string): { hash: string; loaded?: LoadedRequest; findings: Finding[] } {
  const r = loadYamlFileBytes(bytes, file, (raw) => { const v = validateRequest(raw); return { value: v.request, issues: v.issues }; }, requestIdDate);
  return r.loaded ? { hash: r.hash, loaded: { request: r.loaded.value, file, hash: r.hash, lines: r.loaded.lines }, findings: r.findings } : { hash: r.hash, findings: r.findings };
}

/** Reads one request file; a huge or unreadable one is a finding, never read into memory. */
function readRequestFile(root: string, file: string): { hash?: string; loaded?: LoadedRequest; findings: Finding[] } {
  const read = readArchiveFile(root, file);
  return 'finding' in read ? { findings: [read.finding] } : loadRequestBytes(read.bytes, file);
}

/** Every valid request on disk, by date received then id; problems are pushed onto `findings`. */
export function loadRequests(root: string, findings: Finding[]): LoadedRequest[] {
  return assembleRequests(listRequestFiles(root, findings).map((file) => ({ file, ...readRequestFile(root, file) })), findings);
}

/** The valid requests of parsed files, by date received then id (a second file with an id already seen is a finding). */
export function assembleRequests(results: readonly { file: string; loaded?: LoadedRequest | undefined; findings: Finding[] }[], findings: Finding[]): LoadedRequest[] {
  const out: LoadedRequest[] = [];
  const seen = new Map<string, string>();
  for (const r of results) {
    findings.push(...r.findings);
    if (!r.loaded) continue;
    const id = r.loaded.request.id;
    const dup = seen.get(id);
    if (dup) {
      findings.push({ check: 'schema', code: 'schema.duplicate-id', severity: 'error', file: r.file, id, message: { key: 'err.duplicate-record-id', params: { id, other: dup } } });
      continue;
    }
    seen.set(id, r.file);
    out.push(r.loaded);
  }
  return out.sort((a, b) => (a.request.received !== b.request.received ? (a.request.received < b.request.received ? -1 : 1) : a.request.id < b.request.id ? -1 : 1));
}
