/**
 * The per-user key that authenticates `.xwgk-cache/` (see cache-store.ts): 32 random bytes in the
 * user's own cache folder, outside every archive, made on first use with mode 0600.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Env } from './env.js';

/** The folder of the per-user key: outside every archive. `env` comes down from `Io` (never `process.env`). */
export function keyDir(env: Env = {}): string {
  if (env.XWGK_CACHE_KEY_DIR) return env.XWGK_CACHE_KEY_DIR;
  if (process.platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'xwgk');
  return join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'xwgk');
}

let keyMemo: { dir: string; key: Buffer | undefined } | undefined;

/** The user's cache key, made on first use (mode 0600); undefined when it cannot be read or made. */
export function userKey(dir: string): Buffer | undefined {
  if (keyMemo?.dir === dir) return keyMemo.key;
  let key: Buffer | undefined;
  const file = join(dir, 'cache-key');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32), { flag: 'wx', mode: 0o600 });
    } catch {
      // already there (or made by a process running at the same time): read it below
    }
    const fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    try {
      const st = fstatSync(fd);
      if (st.isFile() && st.size >= 32 && st.size <= 1024) key = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    key = undefined;
  }
  keyMemo = { dir, key };
  return key;
}
