/**
 * The settings cache: `xwgk.yaml` merged with the default catalog, as `loadSettings` concluded, kept in
 * `.xwgk-cache/` so that a warm command parses neither YAML file nor runs their schemas (a large part
 * of a small command's start-up). Keyed by the SHA-256 of both files' bytes and of the build, so an
 * edit to either, or a new version, is always read afresh. Only valid settings are cached; a broken
 * `xwgk.yaml` is reported from the file every time. The file goes through `CacheStore`, authenticated
 * with the user's key: a forged one (other terms, a disabled category) is ignored and `xwgk.yaml` read.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { BUILD_ID } from '../model/build-info.js';
import { makeCatalog, type Catalog, type CatalogData } from '../model/catalog.js';
import type { Config } from '../model/config.js';
import type { Finding } from '../model/finding.js';
import { templatePath } from '../model/package-paths.js';
import { readPackageFile } from './package-files.js';
import { Terms } from '../model/terms.js';
import { CacheStore } from './cache-store.js';
import type { Env } from './env.js';

/** The settings as the cache holds them (settings.ts builds the same from `xwgk.yaml`). */
export interface CachedSettings {
  root: string;
  config: Config;
  catalog: Catalog;
  terms: Terms;
  findings: Finding[];
}

interface Stored {
  key: string;
  config: Config;
  catalog: CatalogData;
  disabled: string[];
  findings: Finding[];
}

/** The key of these settings bytes with the default catalog and build in force. */
export function settingsKey(configBytes: Uint8Array): string {
  return createHash('sha256').update(BUILD_ID).update('\0').update(configBytes).update('\0').update(readPackageFile(templatePath('catalog.yaml'))).digest('hex');
}

const nameOf = (key: string) => `settings-${key.slice(0, 16)}.json`;

export function readCachedSettings(root: string, key: string, env?: Env): CachedSettings | undefined {
  const text = CacheStore.open(root, env)?.read(nameOf(key));
  if (text === undefined) return undefined;
  try {
    const s = JSON.parse(text) as Stored;
    if (s.key !== key) return undefined;
    return { root, config: s.config, catalog: makeCatalog(s.catalog, s.disabled), terms: new Terms(s.config, s.config.locale), findings: s.findings };
  } catch {
    return undefined;
  }
}

/** Stores the settings; drops those of earlier keys. Never throws (the cache is only an optimisation). */
export function writeCachedSettings(root: string, key: string, settings: CachedSettings, env?: Env): void {
  const stored: Stored = { key, config: settings.config, catalog: settings.catalog.data, disabled: [...settings.catalog.disabled], findings: settings.findings };
  const store = CacheStore.open(root, env);
  if (!store?.write(nameOf(key), JSON.stringify(stored))) return;
  for (const e of store.list()) if (!e.folder && e.name.startsWith('settings-') && e.name.endsWith('.json') && e.name !== nameOf(key)) store.remove(e.name);
}
