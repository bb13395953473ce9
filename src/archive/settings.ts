/**
 * The archive's settings: reads and validates `xwgk.yaml`, and builds the catalog and terms in force.
 * A bad `xwgk.yaml` stops the command (exit 2) with every problem located; unknown keys are warnings.
 */
import { join } from 'node:path';
import type { MessageKey } from '../model/message-key.js';
import { mergeCatalog, type Catalog } from '../model/catalog.js';
import { ConfigSchema, CONFIG_KEYS, TERM_KEYS, type Config } from '../model/config.js';
import { defaultCatalogData } from './default-catalog.js';
import { EXIT, XwgkError, type Located } from '../model/errors.js';
import type { Finding, Msg } from '../model/finding.js';
import { nearest } from '../model/nearest.js';
import { nearestPublicKey, PUBLIC_KEYS } from '../model/public-settings.js';
import { Terms } from '../model/terms.js';
import { CONFIG_FILE } from './discover.js';
import type { Env } from './env.js';
import { archiveCaches } from './caches.js';
import { lineText, locate, MAX_FILE_BYTES, parseYamlBytes, type YamlSource } from './yaml-source.js';
import { readFileChecked } from './fs-guard.js';

export interface ArchiveSettings {
  root: string;
  config: Config;
  catalog: Catalog;
  terms: Terms;
  /** Warnings about `xwgk.yaml` itself (unknown keys). */
  findings: Finding[];
}

/** Reads and validates `xwgk.yaml` (or takes it from the settings cache); a bad one stops the command with every problem located. */
export function loadSettings(root: string, opts: { cache?: boolean; env?: Env } = {}): ArchiveSettings {
  const file = CONFIG_FILE;
  let bytes: Buffer;
  try {
    // Guarded: a FIFO or a link to /dev/zero named xwgk.yaml must not hang or fill memory.
    bytes = readFileChecked(join(root, file), MAX_FILE_BYTES, file);
  } catch (e) {
    if (e instanceof XwgkError) throw e;
    throw new XwgkError(EXIT.usage, { key: 'err.no-archive-at', params: { dir: root } }, { key: 'hint.init' });
  }
  const caches = archiveCaches(root, opts.cache ?? true, opts.env);
  const cached = caches.settings.get(bytes);
  if (cached) return cached;
  const settings = parseSettings(root, bytes);
  caches.settings.put(bytes, settings);
  return settings;
}

/** Validates the bytes of `xwgk.yaml` (read from disk or held in memory) into the settings in force. */
export function parseSettings(root: string, bytes: Uint8Array): ArchiveSettings {
  const file = CONFIG_FILE;
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
    fail(sortByLine(parsed.error.issues.flatMap((issue) => {
      const path = issue.path as (string | number)[];
      if (issue.code === 'unrecognized_keys') return unknownKeys(src, file, path, issue.keys);
      const value = valueAt(raw, path);
      return located(src, file, path, issue.message, value === undefined, { value: value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value) });
    })));
  }
  const config = parsed.data!;
  const { catalog, issues } = mergeCatalog(defaultCatalogData(), config.catalog);
  if (issues.length > 0) fail(issues.map((i) => located(src, file, i.path, i.message, false, i.params)));
  return { root, config, catalog, terms: new Terms(config, config.locale), findings };
}

/** Each unknown key of a section that takes no others (`public:`, a term), at its line, with the key it is nearest to. */
function unknownKeys(src: YamlSource, file: string, path: (string | number)[], keys: string[]): Located[] {
  const inPublic = path.length === 1 && path[0] === 'public';
  const candidates: readonly string[] = inPublic ? PUBLIC_KEYS : path[0] === 'terms' ? TERM_KEYS : [];
  return keys.map((k) => {
    const pos = locate(src, [...path, k], { key: true });
    const near = inPublic ? nearestPublicKey(k) : nearest(k, candidates);
    const hint: Msg = near
      ? { key: 'hint.did-you-mean', params: { suggestion: near } }
      : candidates.length > 0
        ? { key: 'hint.known-keys', params: { valid: candidates.join(', ') } }
        : { key: 'hint.fix-config' };
    return { file, ...pos, excerpt: lineText(src, pos.line), message: { key: 'err.unknown-key', params: { field: [...path, k].join('.') } }, hint };
  });
}

/** The problems in the order of the file's lines (zod reports a section's unknown keys after its other issues). */
function sortByLine(details: Located[]): Located[] {
  return [...details].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
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

