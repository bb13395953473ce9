/**
 * The one door to `.xwgk-cache/`: every cache file (parse cache shards, settings, seal index) is read
 * and written here, and trusted no further than this module can prove.
 *
 * - **Authenticated.** Each file starts with an HMAC-SHA256 of the archive's real path, the file's
 *   name in the cache and its payload, under a key of 32 random bytes kept outside the archive, in the
 *   user's own cache folder (`$XDG_CACHE_HOME/xwgk/cache-key`, else `~/.cache/xwgk/cache-key`;
 *   `%LOCALAPPDATA%\xwgk\cache-key` on Windows; `XWGK_CACHE_KEY_DIR` overrides the folder). Whoever can
 *   write the archive but not the user's home cannot forge an entry: an entry that fails the check
 *   is ignored and the files are read again. Without a key (no home, a read-only one) there is no cache.
 * - **No links.** A `.xwgk-cache` that is a link or not a folder is ignored entirely (never read,
 *   written or tidied); inside it, links and anything but regular files and folders are skipped, files
 *   are opened without following links, and tidying unlinks single files — never a recursive delete.
 * - **Never in the way.** Nothing here throws: a cache that cannot be read or written is no cache.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, rmdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { replaceFile } from './atomic.js';
import { escapes } from './attachments.js';
import { keyDir, userKey } from './cache-key.js';
import type { Env } from './env.js';

export const CACHE_DIR = '.xwgk-cache';
const MAGIC = 'xwgk-cache-hmac1 ';
const MAC_HEX = 64;
/** A cache file larger than this is not one of ours (the largest, a year's parse shard, is a few MB). */
const MAX_CACHE_FILE = 512 * 1024 * 1024;
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;

/** True when `path` lies inside `dir` (both real paths), by the archive's one containment rule. */
const inside = (dir: string, path: string): boolean => !escapes(relative(dir, path));

export class CacheStore {
  private constructor(private readonly dir: string, private readonly realRoot: string, private readonly key: Buffer) {}

  /**
   * The cache of the archive at `root`, or undefined when there can be none: no key, a key kept inside
   * this archive, or a `.xwgk-cache` that is a link or not a folder. Creates the folder when missing.
   */
  static open(root: string, env?: Env): CacheStore | undefined {
    try {
      const realRoot = realpathSync(root);
      const dirOfKey = resolve(keyDir(env));
      if (inside(realRoot, dirOfKey)) return undefined;
      const key = userKey(dirOfKey);
      if (!key) return undefined;
      try {
        if (inside(realRoot, realpathSync(dirOfKey))) return undefined;
      } catch {
        return undefined;
      }
      const dir = join(realRoot, CACHE_DIR);
      if (!isRealDir(dir)) {
        try {
          mkdirSync(dir);
        } catch {
          return undefined;
        }
        if (!isRealDir(dir)) return undefined;
        try {
          writeFileSync(join(dir, '.gitignore'), '*\n', { flag: 'wx' });
        } catch {
          // made at the same moment by another process
        }
      }
      return new CacheStore(dir, realRoot, key);
    } catch {
      return undefined;
    }
  }

  private mac(name: string, payload: string): string {
    return createHmac('sha256', this.key).update(this.realRoot).update('\0').update(name).update('\0').update(payload).digest('hex');
  }

  /** The payload of cache file `name` (`a.json` or `folder/a.json`), or undefined when missing, a link, or not authentic. */
  read(name: string): string | undefined {
    if (!this.folderOk(name)) return undefined;
    let text: string;
    try {
      // Non-blocking: a FIFO planted under a cache file's name is refused below, never waited for.
      const fd = openSync(join(this.dir, name), constants.O_RDONLY | NOFOLLOW | (constants.O_NONBLOCK ?? 0));
      try {
        const st = fstatSync(fd);
        if (!st.isFile() || st.size > MAX_CACHE_FILE) return undefined;
        text = readFileSync(fd, 'utf8');
      } finally {
        closeSync(fd);
      }
    } catch {
      return undefined;
    }
    const head = MAGIC.length + MAC_HEX;
    if (!text.startsWith(MAGIC) || text[head] !== '\n') return undefined;
    const payload = text.slice(head + 1);
    const given = Buffer.from(text.slice(MAGIC.length, head), 'hex');
    const expected = Buffer.from(this.mac(name, payload), 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected) ? payload : undefined;
  }

  /**
   * Writes cache file `name` atomically through atomic.ts (a temp file created exclusively, so never
   * through a planted link, then renamed over the old; no fsync). Returns false when it could not.
   */
  write(name: string, payload: string): boolean {
    const slash = name.lastIndexOf('/');
    if (slash > 0) {
      const folder = join(this.dir, name.slice(0, slash));
      try {
        mkdirSync(folder);
      } catch {
        // there already: checked below
      }
      if (!isRealDir(folder)) return false;
    }
    try {
      // Header and payload go as two pieces: a shard of 10,000 records is megabytes, and one string
      // holding both would be another copy of it in memory (peak RSS on 100,000 records).
      replaceFile(join(this.dir, name), [`${MAGIC}${this.mac(name, payload)}\n`, payload], { durable: false });
      return true;
    } catch {
      return false;
    }
  }

  /** Names of the regular files and folders at the top of the cache (links and others left out). */
  list(): { name: string; folder: boolean }[] {
    try {
      return readdirSync(this.dir, { withFileTypes: true })
        .filter((e) => e.isFile() || e.isDirectory())
        .map((e) => ({ name: e.name, folder: e.isDirectory() }));
    } catch {
      return [];
    }
  }

  /** True when the cache has this folder (a real one); made now when it has not (false then). */
  folderMade(folder: string): boolean {
    const dir = join(this.dir, folder);
    if (isRealDir(dir)) return true;
    try {
      mkdirSync(dir);
    } catch {
      // made at the same moment by another process, or not possible: either way not there before
    }
    return false;
  }

  /** The regular files in a folder of the cache, newest first (nothing when the folder is a link). */
  filesIn(folder: string): string[] {
    const dir = join(this.dir, folder);
    if (!isRealDir(dir)) return [];
    try {
      return readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => ({ name: e.name, at: lstatSync(join(dir, e.name)).mtimeMs }))
        .sort((a, b) => b.at - a.at)
        .map((e) => e.name);
    } catch {
      return [];
    }
  }

  /** Removes a cache file (top-level or in a folder of ours), or a folder of cache files: single unlinks, never following a link out. */
  remove(name: string): void {
    if (!this.folderOk(name)) return;
    const path = join(this.dir, name);
    let st;
    try {
      st = lstatSync(path);
    } catch {
      return;
    }
    if (st.isFile()) return removeFile(path);
    if (!st.isDirectory()) return;
    try {
      for (const e of readdirSync(path, { withFileTypes: true })) {
        // A link inside is removed as a link (unlink never follows it); a folder inside is not ours: left.
        if (e.isFile() || e.isSymbolicLink()) removeFile(join(path, e.name));
      }
      rmdirSync(path);
    } catch {
      // not empty (something not ours inside), or gone already
    }
  }

  private folderOk(name: string): boolean {
    const slash = name.lastIndexOf('/');
    return slash < 0 || isRealDir(join(this.dir, name.slice(0, slash)));
  }
}

function isRealDir(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
}
