/**
 * The parse cache: what the loader concluded about each record file (the validated record, the line of
 * each key, and every finding with its position and excerpt), kept in `.xwgk-cache/` inside the
 * archive so that a warm run skips YAML parsing and validation.
 *
 * An entry is used only when the SHA-256 of the file's bytes, read now, equals the one it was made
 * from: a stale entry is impossible and an edited file is always read again. The cache directory is
 * keyed by a hash of the build and of the catalog in force, so a new version of xwgk or a change to
 * the catalog starts afresh. It is only ever an optimisation: an unreadable, corrupt or unwritable
 * cache is ignored and the archive is read as if there were none.
 *
 * Entries are kept in one JSON file per record folder (`records/2025` → `2025.json`), so a change in
 * one year rewrites that year's file only. Every shard is read and written through `CacheStore`, which
 * authenticates it with the user's key (a forged or edited shard is ignored: its files are read again)
 * and never follows a link.
 */
import { createHash } from 'node:crypto';
import { BUILD_ID } from '../model/build-info.js';
import type { Catalog } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import type { DisclosureRecord } from '../model/record.js';
import { CACHE_DIR, CacheStore } from './cache-store.js';
import type { Env } from './env.js';

export { CACHE_DIR };
/** Bumped when the shape of an entry changes. */
const FORMAT = 1;

/** What the loader concluded about one file, as the cache keeps it. */
export interface CachedResult {
  record?: DisclosureRecord;
  lines?: Record<string, number>;
  findings: Finding[];
}

type Entry = [sha256: string, result: CachedResult];

interface Shard {
  entries: Record<string, Entry>;
  /** Files met in this run: entries for any other file (deleted, renamed) are dropped on save. */
  seen: Set<string>;
  dirty: boolean;
}

/** The key of everything a result depends on besides the file's bytes and path. */
export function cacheKey(catalog: Catalog): string {
  const material = JSON.stringify({ format: FORMAT, build: BUILD_ID, catalog: catalog.data, disabled: [...catalog.disabled].sort() });
  return createHash('sha256').update(material).digest('hex');
}

export class ParseCache {
  private readonly folder: string;
  private readonly shards = new Map<string, Shard>();
  private readonly store: CacheStore | undefined;

  constructor(root: string, private readonly key: string, env?: Env) {
    this.folder = `records-${key.slice(0, 16)}`;
    this.store = CacheStore.open(root, env);
  }

  /** True when the cache holds an entry for this path (of whatever bytes). */
  knows(file: string): boolean {
    const shard = this.shard(file);
    shard.seen.add(file);
    return Object.hasOwn(shard.entries, file);
  }

  /** The cached result for a file whose bytes hash to `sha256`, or undefined. */
  get(file: string, sha256: string): CachedResult | undefined {
    const shard = this.shard(file);
    shard.seen.add(file);
    const entry = shard.entries[file];
    if (!Array.isArray(entry) || entry[0] !== sha256 || !entry[1] || !Array.isArray(entry[1].findings)) return undefined;
    return entry[1];
  }

  set(file: string, sha256: string, result: CachedResult): void {
    const shard = this.shard(file);
    shard.seen.add(file);
    shard.entries[file] = [sha256, result];
    shard.dirty = true;
  }

  /** Writes the shards that changed (atomically, by rename) and removes caches of other keys. Never throws. */
  save(): void {
    let wrote = false;
    for (const [name, shard] of this.shards) {
      for (const file of Object.keys(shard.entries)) {
        if (!shard.seen.has(file)) {
          delete shard.entries[file];
          shard.dirty = true;
        }
      }
      if (!shard.dirty || !this.store) continue;
      // A read-only archive, a full disk: the cache is an optimisation, the command goes on without it.
      if (this.store.write(`${this.folder}/${name}.json`, JSON.stringify({ format: FORMAT, key: this.key, entries: shard.entries }))) {
        shard.dirty = false;
        wrote = true;
      }
    }
    if (wrote) this.tidy();
  }

  private shard(file: string): Shard {
    const name = shardName(file);
    let shard = this.shards.get(name);
    if (!shard) {
      shard = { entries: this.readShard(name), seen: new Set(), dirty: false };
      this.shards.set(name, shard);
    }
    return shard;
  }

  private readShard(name: string): Record<string, Entry> {
    const text = this.store?.read(`${this.folder}/${name}.json`);
    if (text === undefined) return {};
    try {
      const data = JSON.parse(text) as { format?: unknown; key?: unknown; entries?: unknown };
      if (data.format !== FORMAT || data.key !== this.key || !data.entries || typeof data.entries !== 'object') return {};
      return data.entries as Record<string, Entry>;
    } catch {
      return {};
    }
  }

  /** Drops caches of other builds or catalogs (folders of ours only; links are never followed). */
  private tidy(): void {
    for (const e of this.store?.list() ?? []) if (e.folder && e.name.startsWith('records-') && e.name !== this.folder) this.store!.remove(e.name);
  }
}

/** `records/2025/x.yaml` → `2025`; anything else gets a name made of its folder path. */
function shardName(file: string): string {
  const dir = file.slice(0, file.lastIndexOf('/')).replace(/^records\/?/, '');
  return dir === '' ? '_' : dir.replace(/[^A-Za-z0-9_-]/g, '_');
}
