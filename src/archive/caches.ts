/**
 * The archive's caches, all under `.xwgk-cache/`, behind one value with one switch. Each is keyed so a
 * stale entry is never used — the settings by the bytes of `xwgk.yaml`, the default catalog and the
 * build (settings-cache.ts); each record file's parse by its SHA-256, the catalog and the build
 * (parse-cache.ts); the journal's seals by a probe of the bytes already read (journal.ts); answers of
 * read-only commands by every file's hash (result-memo.ts). All are read and written through
 * cache-store.ts (HMAC under a per-user key, no links). They never change a result, only its speed. Off (`XWGK_NO_CACHE=1`, see env.ts): every file is read afresh.
 */
import type { Catalog } from '../model/catalog.js';
import { ParseCache, cacheKey } from './parse-cache.js';
import { readCachedSettings, settingsKey, writeCachedSettings, type CachedSettings } from './settings-cache.js';
import type { Env } from './env.js';

export interface ArchiveCaches {
  readonly on: boolean;
  /** The settings made from these `xwgk.yaml` bytes, and where to keep new ones. */
  readonly settings: {
    get(configBytes: Uint8Array): CachedSettings | undefined;
    put(configBytes: Uint8Array, settings: CachedSettings): void;
  };
  /** The parse cache of the record files under this catalog, or none when off. */
  records(catalog: Catalog): ParseCache | undefined;
  /** Whether the journal's seal index may be used (`readSeals`). */
  readonly seals: boolean;
}

const OFF = {
  on: false,
  settings: { get: () => undefined, put: () => {} },
  records: () => undefined,
  seals: false,
} as const satisfies ArchiveCaches;

/**
 * The caches of the archive at `root`, on or off. `env` (from `Io`) says where the user's cache key is
 * kept: every cache file is authenticated with it (cache-store.ts).
 */
export function archiveCaches(root: string, on: boolean, env?: Env): ArchiveCaches {
  if (!on) return OFF;
  return {
    on: true,
    settings: {
      get: (bytes) => readCachedSettings(root, settingsKey(bytes), env),
      put: (bytes, settings) => writeCachedSettings(root, settingsKey(bytes), settings, env),
    },
    records: (catalog) => new ParseCache(root, cacheKey(catalog), env),
    seals: true,
  };
}
