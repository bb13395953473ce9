/**
 * A native add-on carried inside the standalone executable (docs/dist.md). Node cannot load an
 * add-on from inside the executable, so the asset (`native/<name>-<platform>-<arch>.node`) is written
 * once into the user's own cache folder (the one that holds the cache key: per user, not the shared
 * temp folder), under a name that carries its SHA-256, and loaded from there with `process.dlopen`
 * (Node's documented way for single executables). A file found there is loaded only if its bytes are
 * the asset's; anything else there is replaced first.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seaAsset } from '../model/package-paths.js';
import { replaceFile } from './atomic.js';
import { keyDir } from './cache-key.js';
import type { Env } from './env.js';

/** The add-on's exports, or undefined outside the executable or when it carries none for this platform. */
export function seaNativeAddon(name: string, env: Env = {}): Record<string, unknown> | undefined {
  const bytes = seaAsset(`native/${name}-${process.platform}-${process.arch}.node`);
  if (!bytes) return undefined;
  const sha = createHash('sha256').update(bytes).digest('hex');
  const dir = join(keyDir(env), 'native');
  const file = join(dir, `${name}-${sha.slice(0, 16)}.node`);
  let ok = false;
  try {
    ok = createHash('sha256').update(readFileSync(file)).digest('hex') === sha;
  } catch {
    // not written yet
  }
  if (!ok) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    replaceFile(file, bytes, { durable: false });
  }
  const module = { exports: {} as Record<string, unknown> };
  process.dlopen(module, file);
  return module.exports;
}
