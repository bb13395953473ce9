/**
 * Reading the record files of an archive: each file's result comes from the parse cache when the
 * SHA-256 of its bytes matches the cached one, and from `loadRecordBytes` otherwise (on several cores
 * when many files need parsing). Either way a file gets the same record and the same findings.
 */
import type { Env } from './env.js';
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { Catalog } from '../model/catalog.js';
import { unreadableFinding } from './record-file.js';
import { parseFiles, type FileParse } from './parallel-parse.js';
import { archiveCaches } from './caches.js';
import type { CachedResult } from './parse-cache.js';

export interface ReadOptions {
  /** Use the parse cache (off with `XWGK_NO_CACHE=1`). */
  cache: boolean;
  env: Env;
}

/** Every file's result, in the order of `files`. */
export function readRecordFiles(root: string, files: readonly string[], catalog: Catalog, opts: ReadOptions): FileParse[] {
  const cache = archiveCaches(root, opts.cache, opts.env).records(catalog);
  if (!cache) return parseFiles(root, files, catalog, opts.env);
  const out: FileParse[] = new Array(files.length);
  const misses: number[] = [];
  files.forEach((file, i) => {
    // A file the cache has never seen is parsed straight away, so a cold run reads each file once.
    if (!cache.knows(file)) return void misses.push(i);
    let bytes: Uint8Array;
    try {
      bytes = readSmall(join(root, file));
    } catch {
      out[i] = { file, findings: [unreadableFinding(file)] };
      return;
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    const hit = cache.get(file, hash);
    if (hit) out[i] = fromCache(file, hash, hit);
    else misses.push(i);
  });
  if (misses.length > 0) {
    const parsed = parseFiles(root, misses.map((i) => files[i]!), catalog, opts.env);
    parsed.forEach((p, k) => {
      out[misses[k]!] = p;
      if (p.hash) cache.set(p.file, p.hash, toCache(p));
    });
  }
  cache.save();
  return out;
}

const scratch = Buffer.allocUnsafe(64 * 1024);

/**
 * A file's bytes, read into a reused buffer when they fit (a record is a page or two): on a warm run
 * every file is read only to be hashed, and skipping `readFileSync`'s stat and allocation per file
 * shows at 100,000 files. The view is valid until the next call.
 */
function readSmall(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const n = readSync(fd, scratch, 0, scratch.length, 0);
    if (n < scratch.length) return scratch.subarray(0, n);
  } finally {
    closeSync(fd);
  }
  return readFileSync(path);
}

function toCache(p: FileParse): CachedResult {
  return p.loaded ? { record: p.loaded.record, lines: p.loaded.lines, findings: p.findings } : { findings: p.findings };
}

function fromCache(file: string, hash: string, c: CachedResult): FileParse {
  return c.record ? { file, hash, loaded: { record: c.record, file, hash, lines: c.lines ?? {} }, findings: c.findings } : { file, hash, findings: c.findings };
}

/** A record file's text as it is on disk (`show` prints the clerk's own layout and comments). */
export function readRecordText(root: string, file: string): string {
  return readFileSync(join(root, file), 'utf8');
}
