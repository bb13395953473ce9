/**
 * The loader: reads `xwgk.yaml`, builds the catalog and terms in force, and loads every record file.
 * It never throws on a bad record: it returns the valid records and a finding for every problem,
 * each with file, line and column. Only an unreadable `xwgk.yaml` stops it (exit 2).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { MessageKey } from '../i18n/index.js';
import { mergeCatalog, type Catalog } from '../model/catalog.js';
import { ConfigSchema, CONFIG_KEYS, type Config } from '../model/config.js';
import { defaultCatalogData } from '../model/default-catalog.js';
import { EXIT, XwgkError, type Located } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { nearest } from '../model/nearest.js';
import { idDate, type DisclosureRecord } from '../model/record.js';
import { Terms } from '../model/terms.js';
import { validateRecord } from '../model/validate.js';
import { CONFIG_FILE } from './discover.js';
import { lineText, locate, MAX_FILE_BYTES, parseYamlBytes, topLevelLines, type YamlSource } from './yaml-source.js';
import { readRecordFiles } from './read-records.js';
import { readCachedSettings, settingsKey, writeCachedSettings } from './settings-cache.js';
import { escapes } from './attachments.js';
import { fastParseRecord, fastPathOn, fastRecordText } from './fast-record.js';

export const RECORDS_DIR = 'records';

export interface LoadedRecord {
  record: DisclosureRecord;
  /** Path inside the archive, `/`-separated. */
  file: string;
  /** SHA-256 of the file's bytes as read. */
  hash: string;
  /** The line of each top-level key, so later checks can point at a field. */
  lines: Record<string, number>;
}

export interface ArchiveSettings {
  root: string;
  config: Config;
  catalog: Catalog;
  terms: Terms;
  /** Warnings about `xwgk.yaml` itself (unknown keys). */
  findings: Finding[];
}

export interface Archive extends ArchiveSettings {
  records: LoadedRecord[];
  /** Every problem met while loading, as `schema` findings. */
  findings: Finding[];
  /** How many record files there are, valid or not. */
  fileCount: number;
}

/** Reads and validates `xwgk.yaml` (or takes it from the settings cache); a bad one stops the command with every problem located. */
export function loadSettings(root: string, opts: { cache?: boolean } = {}): ArchiveSettings {
  const file = CONFIG_FILE;
  let bytes: Buffer;
  try {
    bytes = readFileSync(join(root, file));
  } catch {
    throw new XwgkError(EXIT.usage, { key: 'err.no-archive-at', params: { dir: root } }, { key: 'hint.init' });
  }
  const cacheKey = opts.cache === false ? undefined : settingsKey(bytes);
  const cached = cacheKey ? readCachedSettings(root, cacheKey) : undefined;
  if (cached) return cached;
  const src = parseYamlBytes(bytes);
  const fail = (details: Located[]) => {
    throw new XwgkError(EXIT.usage, { key: 'err.config-invalid', params: { file } }, { key: 'hint.fix-config' }, details);
  };
  if (src.issues.length > 0) {
    fail(src.issues.map((i) => ({ file, line: i.line, column: i.column, excerpt: lineText(src, i.line), message: { key: i.key, params: i.params ?? {} } })));
  }
  const raw = { ...(src.value as Record<string, unknown>) };
  const findings: Finding[] = [];
  for (const k of Object.keys(raw)) {
    if ((CONFIG_KEYS as readonly string[]).includes(k)) continue;
    const pos = locate(src, [k], { key: true });
    const near = nearest(k, CONFIG_KEYS);
    findings.push({
      check: 'schema', code: 'schema.unknown-key', severity: 'warning', file, ...pos, excerpt: lineText(src, pos.line),
      message: { key: 'err.unknown-key', params: { field: k } },
      hint: near ? { key: 'hint.did-you-mean', params: { suggestion: near } } : { key: 'hint.known-keys', params: { valid: CONFIG_KEYS.join(', ') } },
    });
    delete raw[k];
  }
  const parsed = ConfigSchema.safeParse(raw);
  if (!parsed.success) {
    fail(parsed.error.issues.map((issue) => {
      const path = issue.path as (string | number)[];
      const value = valueAt(raw, path);
      return located(src, file, path, issue.message, value === undefined, { value: value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value) });
    }));
  }
  const config = parsed.data!;
  const { catalog, issues } = mergeCatalog(defaultCatalogData(), config.catalog);
  if (issues.length > 0) fail(issues.map((i) => located(src, file, i.path, i.message, false, i.params)));
  const settings = { root, config, catalog, terms: new Terms(config, config.locale), findings };
  if (cacheKey) writeCachedSettings(root, cacheKey, settings);
  return settings;
}

function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let v = root;
  for (const p of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function located(src: YamlSource, file: string, path: (string | number)[], message: string, missing: boolean, params: Record<string, string | number> = {}): Located {
  const pos = locate(src, path);
  const field = path.join('.');
  const key = (missing ? 'err.required' : message.startsWith('err.') ? message : 'err.invalid') as MessageKey;
  return { file, ...pos, excerpt: lineText(src, pos.line), message: { key, params: { field, value: '', detail: message, ...params } } };
}

/** Every `*.yaml` file under `records/`, sorted, as archive-relative paths with `/`. */
export function listRecordFiles(root: string, findings: Finding[] = []): string[] {
  const out: string[] = [];
  const rootReal = realpathSync(root);
  // Real folders already walked: a link back to a folder above would otherwise be walked forever.
  const seen = new Set<string>();
  // `relDir` is the folder's archive-relative path: built by concatenation, as path.relative per file
  // shows in a 100,000-file archive.
  const walk = (dir: string, relDir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seen.has(real)) return;
    seen.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const full = join(dir, e.name);
      const rel = `${relDir}/${e.name}`;
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(full);
        } catch {
          findings.push(fileFinding(rel, 'schema.broken-link', 'err.broken-link'));
          continue;
        }
        const inside = relative(rootReal, target);
        if (escapes(inside)) {
          findings.push(fileFinding(rel, 'schema.outside', 'err.link-outside'));
          continue;
        }
        const st = statSync(target);
        isDir = st.isDirectory();
        isFile = st.isFile();
        if (isDir && seen.has(target)) {
          findings.push(fileFinding(rel, 'schema.link-loop', 'err.link-loop', 'warning'));
          continue;
        }
      }
      if (isDir) walk(full, rel);
      else if (e.name.endsWith('.yaml')) {
        // A pipe or a device named *.yaml would block the reader forever: only regular files are read.
        if (isFile) out.push(rel);
        else findings.push(fileFinding(rel, 'schema.not-file', 'err.not-file'));
      } else if (e.name.endsWith('.yml')) findings.push(fileFinding(rel, 'schema.extension', 'err.yml-extension', 'warning'));
    }
  };
  walk(join(root, RECORDS_DIR), RECORDS_DIR);
  return out.sort();
}

/** The finding for a record file too large to be a record: judged by its size alone, never read. */
export function tooLargeFinding(file: string, size: number): Finding {
  return { check: 'schema', code: 'schema.too-large', severity: 'error', file, message: { key: 'err.too-large', params: { size, limit: MAX_FILE_BYTES } }, hint: { key: 'hint.too-large' } };
}

/** The finding for a record file that exists but cannot be read. */
export function unreadableFinding(file: string): Finding {
  return fileFinding(file, 'schema.unreadable', 'err.unreadable');
}

function fileFinding(file: string, code: string, key: MessageKey, severity: 'error' | 'warning' = 'error'): Finding {
  return { check: 'schema', code, severity, file, message: { key, params: { file } } };
}

/** Parses and validates one record file's bytes. */
export function loadRecordBytes(bytes: Uint8Array, file: string, catalog: Catalog): { hash: string; loaded?: LoadedRecord; findings: Finding[] } {
  const hash = createHash('sha256').update(bytes).digest('hex');
  const expected = file.slice(file.lastIndexOf('/') + 1, -'.yaml'.length);
  // A file in the writer's own layout that validates without a word is read without the YAML library;
  // anything else (and any file with a finding, which needs the library's positions) takes the path below.
  const text = fastPathOn() ? fastRecordText(bytes, MAX_FILE_BYTES) : undefined;
  const fast = text === undefined ? undefined : fastParseRecord(text);
  if (fast) {
    const { record, issues } = validateRecord(fast.value, catalog);
    if (record && issues.length === 0 && record.id === expected) return { hash, loaded: { record, file, hash, lines: fast.lines }, findings: misplaced(file, record) };
  }
  const src = parseYamlBytes(bytes);
  const findings: Finding[] = src.issues.map((i) => ({
    check: 'schema', code: `schema.${i.code}`, severity: 'error', file, line: i.line, column: i.column,
    excerpt: lineText(src, i.line), message: { key: i.key, params: i.params ?? {} }, hint: { key: hintFor(i.code) },
  }));
  if (src.value === undefined) return { hash, findings };
  const raw = src.value as Record<string, unknown>;
  const { record, issues } = validateRecord(raw, catalog);
  for (const issue of issues) {
    const pos = locate(src, issue.path, { key: issue.code === 'unknown-key' });
    findings.push({
      check: 'schema', code: `schema.${issue.code}`, severity: issue.severity, file, ...pos, excerpt: lineText(src, pos.line),
      message: { key: issue.key, params: issue.params ?? {} }, ...(issue.hint ? { hint: issue.hint } : {}),
      ...(typeof raw.id === 'string' ? { id: raw.id } : {}),
    });
  }
  if (!record) return { hash, findings };
  if (record.id !== expected) {
    const pos = locate(src, ['id']);
    findings.push({
      check: 'schema', code: 'schema.id-mismatch', severity: 'error', file, id: record.id, ...pos, excerpt: lineText(src, pos.line),
      message: { key: 'err.id-mismatch', params: { id: record.id, file: expected } }, hint: { key: 'hint.id-mismatch', params: { file: expected } },
    });
    return { hash, findings };
  }
  findings.push(...misplaced(file, record));
  return { hash, loaded: { record, file, hash, lines: topLevelLines(src) }, findings };
}

/** The warning for a record outside its year's folder (`records/2025/` for a 2025 id), if it is. */
function misplaced(file: string, record: DisclosureRecord): Finding[] {
  const dir = file.split('/');
  if (dir.length === 3 && dir[1] === idDate(record.id).slice(0, 4)) return [];
  return [{ check: 'schema', code: 'schema.misplaced', severity: 'warning', file, id: record.id, message: { key: 'err.misplaced', params: { file, year: idDate(record.id).slice(0, 4) } } }];
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

/** How the records are read: with the parse cache (default) and, for a cold load, on every core. */
export interface LoadOptions {
  cache?: boolean;
  env?: NodeJS.ProcessEnv;
}

/** Loads the whole archive: settings, then every record file (through the parse cache unless told not to). */
export function loadArchive(root: string, opts: LoadOptions = {}): Archive {
  const settings = loadSettings(root, { cache: opts.cache ?? true });
  const findings: Finding[] = [...settings.findings];
  const files = listRecordFiles(root, findings);
  const records: LoadedRecord[] = [];
  const seen = new Map<string, string>();
  for (const r of readRecordFiles(root, files, settings.catalog, { cache: opts.cache ?? true, env: opts.env ?? process.env })) {
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
  return { ...settings, records, findings, fileCount: files.length };
}
