/**
 * One record file: its bytes parsed and validated into a record, with a finding (file, line, column,
 * excerpt, hint) for every problem. Never throws on a bad file. Used by the loader and the parse workers.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageKey } from '../model/message-key.js';
import type { Catalog } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { idDate, type DisclosureRecord } from '../model/record.js';
import { validateRecord, type RecordIssue } from '../model/validate.js';
import { fastParseRecord, fastRecordText } from './fast-record.js';
import { lineText, locate, MAX_FILE_BYTES, parseYamlBytes, topLevelLines } from './yaml-source.js';

export interface LoadedRecord {
  record: DisclosureRecord;
  /** Path inside the archive, `/`-separated. */
  file: string;
  /** SHA-256 of the file's bytes as read. */
  hash: string;
  /** The line of each top-level key, so later checks can point at a field. */
  lines: Record<string, number>;
}

/** The finding for a record file too large to be a record: judged by its size alone, never read. */
export function tooLargeFinding(file: string, size: number): Finding {
  return { check: 'schema', code: 'schema.too-large', severity: 'error', file, message: { key: 'err.too-large', params: { size, limit: MAX_FILE_BYTES } }, hint: { key: 'hint.too-large' } };
}

/** The finding for a record file that exists but cannot be read. */
export function unreadableFinding(file: string): Finding {
  return fileFinding(file, 'schema.unreadable', 'err.unreadable');
}

/**
 * The bytes of `file` (a record or request, inside the archive at `root`), or the finding that says why
 * not: too large (judged by its size alone, never read into memory) or unreadable.
 */
export function readArchiveFile(root: string, file: string): { bytes: Buffer } | { finding: Finding } {
  try {
    const fd = openSync(join(root, file), 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > MAX_FILE_BYTES) return { finding: tooLargeFinding(file, size) };
      return { bytes: readFileSync(fd) };
    } finally {
      closeSync(fd);
    }
  } catch {
    return { finding: unreadableFinding(file) };
  }
}

export function fileFinding(file: string, code: string, key: MessageKey, severity: 'error' | 'warning' = 'error'): Finding {
  return { check: 'schema', code, severity, file, message: { key, params: { file } } };
}

/**
 * Parses and validates one record file's bytes. `fast: false` (`XWGK_NO_FAST_PATH=1`) parses with the
 * YAML library even a file in the writer's own layout; the result is the same either way.
 */
export function loadRecordBytes(bytes: Uint8Array, file: string, catalog: Catalog, opts: { fast?: boolean } = {}): { hash: string; loaded?: LoadedRecord; findings: Finding[] } {
  const expected = file.slice(file.lastIndexOf('/') + 1, -'.yaml'.length);
  // A file in the writer's own layout that validates without a word is read without the YAML library;
  // anything else (and any file with a finding, which needs the library's positions) takes the path below.
  const text = opts.fast === false ? undefined : fastRecordText(bytes, MAX_FILE_BYTES);
  const fast = text === undefined ? undefined : fastParseRecord(text);
  if (fast) {
    const { record, issues } = validateRecord(fast.value, catalog);
    if (record && issues.length === 0 && record.id === expected) {
      const hash = createHash('sha256').update(bytes).digest('hex');
      return { hash, loaded: { record, file, hash, lines: fast.lines }, findings: misplaced(file, record.id, idDate) };
    }
  }
  const r = loadYamlFileBytes(bytes, file, (raw) => { const v = validateRecord(raw, catalog); return { value: v.record, issues: v.issues }; }, idDate);
  return r.loaded ? { hash: r.hash, loaded: { record: r.loaded.value, file, hash: r.hash, lines: r.loaded.lines }, findings: r.findings } : { hash: r.hash, findings: r.findings };
}

/**
 * One YAML file of the archive (a record, a request) read the one way: parsed safely, validated, every
 * issue located; its id must equal the file name, and its folder should be the year of the id's date.
 */
export function loadYamlFileBytes<T extends { id: string }>(
  bytes: Uint8Array, file: string,
  validate: (raw: Record<string, unknown>) => { value?: T | undefined; issues: RecordIssue[] },
  dateOfId: (id: string) => string,
): { hash: string; loaded?: { value: T; lines: Record<string, number> }; findings: Finding[] } {
  const hash = createHash('sha256').update(bytes).digest('hex');
  const src = parseYamlBytes(bytes);
  const findings: Finding[] = src.issues.map((i) => ({
    check: 'schema', code: `schema.${i.code}`, severity: 'error', file, line: i.line, column: i.column,
    excerpt: lineText(src, i.line), message: { key: i.key, params: i.params ?? {} }, hint: { key: hintFor(i.code) },
  }));
  if (src.value === undefined) return { hash, findings };
  const raw = src.value as Record<string, unknown>;
  const expected = file.slice(file.lastIndexOf('/') + 1, -'.yaml'.length);
  const { value, issues } = validate(raw);
  for (const issue of issues) {
    const pos = locate(src, issue.path, { key: issue.code === 'unknown-key' || issue.key === 'err.misspelt-key' });
    findings.push({
      check: 'schema', code: `schema.${issue.code}`, severity: issue.severity, file, ...pos, excerpt: lineText(src, pos.line),
      message: { key: issue.key, params: issue.params ?? {} }, ...(issue.hint ? { hint: issue.hint } : {}),
      ...(typeof raw.id === 'string' ? { id: raw.id } : {}),
    });
  }
  if (!value) return { hash, findings };
  if (value.id !== expected) {
    const pos = locate(src, ['id']);
    findings.push({
      check: 'schema', code: 'schema.id-mismatch', severity: 'error', file, id: value.id, ...pos, excerpt: lineText(src, pos.line),
      message: { key: 'err.id-mismatch', params: { id: value.id, file: expected } }, hint: { key: 'hint.id-mismatch', params: { file: expected } },
    });
    return { hash, findings };
  }
  findings.push(...misplaced(file, value.id, dateOfId));
  return { hash, loaded: { value, lines: topLevelLines(src) }, findings };
}

/** The warning for a file outside its year's folder (`records/2025/` for a 2025 id), if it is. */
function misplaced(file: string, id: string, dateOfId: (id: string) => string): Finding[] {
  const dir = file.split('/');
  const year = dateOfId(id).slice(0, 4);
  if (dir.length === 3 && dir[1] === year) return [];
  return [{ check: 'schema', code: 'schema.misplaced', severity: 'warning', file, id, message: { key: 'err.misplaced', params: { file, year } } }];
}

function hintFor(code: string): MessageKey {
  switch (code) {
    case 'encoding': return 'hint.encoding';
    case 'too-large': return 'hint.too-large';
    case 'duplicate-key': return 'hint.duplicate-key';
    case 'alias': return 'hint.alias';
    case 'tag': return 'hint.tag';
    case 'binary': return 'hint.binary';
    case 'too-deep': return 'hint.too-deep';
    default: return 'hint.syntax';
  }
}

