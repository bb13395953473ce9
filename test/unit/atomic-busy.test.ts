/**
 * A file held open by another program (Windows: WPS, antivirus, a sync client) makes the rename that
 * replaces it fail with EBUSY or EPERM for a while. replaceFile retries for about five seconds, then
 * stops with exit 3 and the file named, leaving the old content and no temp file behind. (The same is
 * tested for real under Wine in test/dist/windows-wine.test.ts.)
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failures = vi.hoisted(() => ({ left: 0, code: 'EBUSY' }));
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const renameSync: typeof fs.renameSync = (from, to) => {
    if (failures.left > 0) {
      failures.left--;
      throw Object.assign(new Error(`${failures.code}: resource busy or locked, rename '${String(from)}' -> '${String(to)}'`), {
        code: failures.code,
      });
    }
    fs.renameSync(from, to);
  };
  return { ...fs, renameSync, default: { ...fs, renameSync } };
});

const { replaceFile } = await import('../../src/archive/atomic.js');
const { XwgkError } = await import('../../src/model/errors.js');
const { tempDir } = await import('../helpers/archive.js');
const { CacheStore } = await import('../../src/archive/cache-store.js');

afterEach(() => (failures.left = 0));

describe('replaceFile on a file another program holds open', () => {
  it.each(['EBUSY', 'EPERM'])('retries through %s and writes once the file is let go', (code) => {
    const dir = tempDir();
    const file = join(dir, 'record.yaml');
    writeFileSync(file, 'old\n');
    Object.assign(failures, { left: 5, code });
    replaceFile(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(failures.left).toBe(0);
    expect(readdirSync(dir)).toEqual(['record.yaml']);
  });

  it('gives up after about five seconds: exit 3, the file named, the old content kept, no temp file left', () => {
    const dir = tempDir();
    const file = join(dir, 'record.yaml');
    writeFileSync(file, 'old\n');
    Object.assign(failures, { left: 1_000_000, code: 'EBUSY' });
    const started = Date.now();
    let error: unknown;
    try {
      replaceFile(file, 'new\n');
    } catch (e) {
      error = e;
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(5000);
    expect(error).toBeInstanceOf(XwgkError);
    expect(error).toMatchObject({ exitCode: 3, msg: { key: 'err.file-busy', params: { file } }, hint: { key: 'hint.file-busy' } });
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(readdirSync(dir)).toEqual(['record.yaml']);
  }, 15_000);
});

describe('the caches, through the same writer', () => {
  it('write a file given in pieces as one, and a cache file reads back as written', () => {
    const dir = tempDir();
    replaceFile(join(dir, 'a.txt'), ['head\n', Buffer.from('体'), 'tail'], { durable: false });
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('head\n体tail');
    const store = CacheStore.open(dir, { XWGK_CACHE_KEY_DIR: join(tempDir(), 'key') })!;
    expect(store.write('shard/x.json', '{"a":1}')).toBe(true);
    expect(store.read('shard/x.json')).toBe('{"a":1}');
    expect(readdirSync(join(dir, '.xwgk-cache', 'shard'))).toEqual(['x.json']);
  });

  it('never wait for a file held open: the cache write fails at once, the old entry kept, no temp file left', () => {
    const dir = tempDir();
    const store = CacheStore.open(dir, { XWGK_CACHE_KEY_DIR: join(tempDir(), 'key') })!;
    expect(store.write('seals.json', 'old')).toBe(true);
    Object.assign(failures, { left: 1_000_000, code: 'EBUSY' });
    const started = Date.now();
    expect(store.write('seals.json', 'new')).toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    failures.left = 0;
    expect(store.read('seals.json')).toBe('old');
    expect(readdirSync(join(dir, '.xwgk-cache')).sort()).toEqual(['.gitignore', 'seals.json']);
  });
});
