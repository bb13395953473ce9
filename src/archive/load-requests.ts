/**
 * Loading the request register: every `requests/YYYY/*.yaml`, read as safely as a record (size limit,
 * regular files only, strict YAML), validated, and located. Like the record loader it never throws
 * on a bad file: it returns the valid requests and a `schema` finding for every problem.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../model/finding.js';
import { REQUESTS_DIR, requestIdDate, type InfoRequest } from '../model/request.js';
import { validateRequest } from '../model/request-validate.js';
import { tooLargeFinding, unreadableFinding } from './record-file.js';
import { listRecordFiles } from './record-walk.js';
import { lineText, locate, MAX_FILE_BYTES, parseYamlBytes, topLevelLines } from './yaml-source.js';

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

/** Parses and validates one request file's bytes. */
export function loadRequestBytes(bytes: Uint8Array, file: string): { hash: string; loaded?: LoadedRequest; findings: Finding[] } {
  const hash = createHash('sha256').update(bytes).digest('hex');
  const src = parseYamlBytes(bytes);
  const findings: Finding[] = src.issues.map((i) => ({
    check: 'schema', code: `schema.${i.code}`, severity: 'error', file, line: i.line, column: i.column,
    excerpt: lineText(src, i.line), message: { key: i.key, params: i.params ?? {} }, hint: { key: 'hint.syntax' },
  }));
  if (src.value === undefined) return { hash, findings };
  const raw = src.value as Record<string, unknown>;
  const { request, issues } = validateRequest(raw);
  for (const issue of issues) {
    const pos = locate(src, issue.path, { key: issue.code === 'unknown-key' });
    findings.push({
      check: 'schema', code: `schema.${issue.code}`, severity: issue.severity, file, ...pos, excerpt: lineText(src, pos.line),
      message: { key: issue.key, params: issue.params ?? {} }, ...(issue.hint ? { hint: issue.hint } : {}),
      ...(typeof raw.id === 'string' ? { id: raw.id } : {}),
    });
  }
  if (!request) return { hash, findings };
  const expected = file.slice(file.lastIndexOf('/') + 1, -'.yaml'.length);
  if (request.id !== expected) {
    const pos = locate(src, ['id']);
    findings.push({
      check: 'schema', code: 'schema.id-mismatch', severity: 'error', file, id: request.id, ...pos, excerpt: lineText(src, pos.line),
      message: { key: 'err.id-mismatch', params: { id: request.id, file: expected } }, hint: { key: 'hint.id-mismatch', params: { file: expected } },
    });
    return { hash, findings };
  }
  const dir = file.split('/');
  if (dir.length !== 3 || dir[1] !== requestIdDate(request.id).slice(0, 4)) {
    findings.push({ check: 'schema', code: 'schema.misplaced', severity: 'warning', file, id: request.id, message: { key: 'err.misplaced', params: { file, year: requestIdDate(request.id).slice(0, 4) } } });
  }
  return { hash, loaded: { request, file, hash, lines: topLevelLines(src) }, findings };
}

/** Reads one request file; a huge or unreadable one is a finding, never read into memory. */
function readRequestFile(root: string, file: string): { hash?: string; loaded?: LoadedRequest; findings: Finding[] } {
  let bytes: Buffer;
  try {
    const fd = openSync(join(root, file), 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_FILE_BYTES) return { findings: [tooLargeFinding(file, size)] };
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    return { findings: [unreadableFinding(file)] };
  }
  return loadRequestBytes(bytes, file);
}

/** Every valid request, by date received then id; problems are pushed onto `findings`. */
export function loadRequests(root: string, findings: Finding[]): LoadedRequest[] {
  const out: LoadedRequest[] = [];
  const seen = new Map<string, string>();
  for (const file of listRequestFiles(root, findings)) {
    const r = readRequestFile(root, file);
    findings.push(...r.findings);
    if (!r.loaded) continue;
    const id = r.loaded.request.id;
    const dup = seen.get(id);
    if (dup) {
      findings.push({ check: 'schema', code: 'schema.duplicate-id', severity: 'error', file, id, message: { key: 'err.duplicate-record-id', params: { id, other: dup } } });
      continue;
    }
    seen.set(id, file);
    out.push(r.loaded);
  }
  return out.sort((a, b) => (a.request.received !== b.request.received ? (a.request.received < b.request.received ? -1 : 1) : a.request.id < b.request.id ? -1 : 1));
}
