/**
 * Caches outside trust (issue "Nothing lost, nothing forged", items 3 and 6): each poisoning the
 * hostile test used — a forged amount, forged approvals, a privacy breach hidden in the parse cache;
 * other settings in the settings cache; a seal left out of the seal index — changes nothing any
 * command reports, and an honest `amend` afterwards writes the file's truth. A `.xwgk-cache` that is
 * a link, or holds links, is ignored: nothing outside the archive is read, written or deleted.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheStore } from '../../src/archive/cache-store.js';
import { cli, FINANCE, journalRecords, recordYaml, tempDir, writeArchive } from '../helpers/archive.js';
import { addFlags, PLAIN } from '../helpers/add-flags.js';

const NO_CACHE = { XWGK_NO_CACHE: '1' };
const DAY = { XWGK_TODAY: '2026-03-01' };
const PURCHASE = {
  ...FINANCE,
  id: '20251011-001',
  title: '图书采购公示',
  category: 'procurement',
  amount: '38000',
  review: undefined,
  supervision: undefined,
};
const PRIVATE = { ...FINANCE, id: '20251012-001', title: '补助名单', content: '受助学生身份证号11010519491231002X。' };
const yamlOf = (r: Record<string, unknown>) => recordYaml(Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)));

function archive(): string {
  const root = writeArchive({
    'records/2025/20251010-001.yaml': recordYaml(FINANCE),
    'records/2025/20251011-001.yaml': yamlOf(PURCHASE),
    'records/2025/20251012-001.yaml': recordYaml(PRIVATE),
  });
  journalRecords(root);
  return root;
}

/** Everything a user sees of the records: show, list, export, check. */
async function views(root: string, env: Record<string, string> = {}) {
  const run = async (args: string[]) => {
    const r = await cli(['--archive', root, '--lang', 'en', ...args], { env: { ...DAY, ...env } });
    return { code: r.code, stdout: r.stdout, stderr: r.stderr };
  };
  return {
    show: await run(['show', '20251011-001', '--format', 'json']),
    list: await run(['list', '--format', 'json']),
    exported: await run(['export', '--format', 'jsonl']),
    check: await run(['check', '--format', 'json']),
  };
}

const cacheFiles = (root: string) =>
  readdirSync(join(root, '.xwgk-cache'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json'));

/** Edits a cache file's text as an attacker with write access to the archive would (keeping each entry's hash). */
function tamper(root: string, match: (f: string) => boolean, edit: (text: string) => string): void {
  const files = cacheFiles(root).filter(match);
  expect(files.length).toBeGreaterThan(0);
  for (const f of files) {
    const path = join(root, '.xwgk-cache', f);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after).not.toBe(before);
    writeFileSync(path, after);
  }
}

describe('a poisoned parse cache changes no result', () => {
  it('a forged amount, forged approvals and a hidden privacy breach are ignored; the files are read again', async () => {
    const root = archive();
    const truth = await views(root, NO_CACHE);
    expect([truth.show.code, truth.list.code, truth.exported.code, truth.check.code]).toEqual([0, 0, 0, 1]);
    expect(truth.show.stdout).toMatch(/"amount": 38000\b/);
    const findings = JSON.parse(truth.check.stdout).findings.map((f: { code: string }) => f.code);
    expect(findings).toEqual(expect.arrayContaining([expect.stringMatching(/^approvals\./), expect.stringMatching(/^privacy\./)]));
    expect(await views(root)).toEqual(truth);
    tamper(
      root,
      (f) => f.startsWith('records-'),
      (text) =>
        text
          .replace('"amount":38000', '"amount":1')
          .replace(
            '"title":"图书采购公示",',
            '"title":"图书采购公示","review":{"by":"校务公开领导小组","on":"2025-10-09"},"supervision":{"by":"校务公开监督小组","on":"2025-10-09"},',
          )
          .replace('11010519491231002X', '（已隐去）')
          .replaceAll(/\{"check":"privacy"[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, '')
          .replaceAll(/"check":"approvals"/g, '"check":"x"'),
    );
    expect(await views(root)).toEqual(truth);
    // … and an honest change afterwards writes the file's truth, not the forgery.
    tamper(
      root,
      (f) => f.startsWith('records-'),
      (text) => text.replace('"amount":38000', '"amount":1'),
    );
    const amend = await cli(
      ['--archive', root, '--lang', 'en', 'amend', '20251011-001', '--set', 'handler=李秀英', '--reason', '补记经办人'],
      { env: DAY },
    );
    expect(amend.code).toBe(0);
    const file = readFileSync(join(root, 'records/2025/20251011-001.yaml'), 'utf8');
    expect(file).toMatch(/^amount: 38000$/m);
    expect(file).not.toContain('review');
    const journal = readFileSync(join(root, 'journal.jsonl'), 'utf8');
    expect((await cli(['--archive', root, 'verify', '--lang', 'en'])).code).toBe(0);
    expect(journal.trim().split('\n')).toHaveLength(4);
  }, 120_000);
});

describe('a poisoned settings cache changes no result', () => {
  it('disabled categories, a one-day feedback limit and other terms in the cache are ignored', async () => {
    const root = archive();
    const truth = await views(root, NO_CACHE);
    await views(root);
    tamper(
      root,
      (f) => f.startsWith('settings-'),
      (text) =>
        text
          .replace('"disabled":[]', '"disabled":["procurement","finance"]')
          .replace('"feedback_days":15', '"feedback_days":1')
          .replace(
            '"school":"测试小学"',
            '"school":"测试小学","terms":[{"id":"2025-2026-1","name":"x","start":"2025-11-01","end":"2026-01-31"}]',
          ),
    );
    expect(await views(root)).toEqual(truth);
  }, 120_000);
});

describe('a poisoned seal index changes no result', () => {
  it('a seal left out of seals.json still makes a change to the sealed term ask for a reason', async () => {
    const root = archive();
    expect((await cli(['--archive', root, 'seal', '--term', '2025-2026-1'], { env: DAY })).code).toBe(0);
    const add = (...more: string[]) =>
      cli(['--archive', root, '--lang', 'en', ...addFlags({ ...PLAIN, title: '补登', content: '补登', time: '2025-10-20' }), ...more], {
        env: DAY,
      });
    expect((await add()).code).toBe(2);
    const index = join(root, '.xwgk-cache', 'seals.json');
    expect(existsSync(index)).toBe(true);
    writeFileSync(index, readFileSync(index, 'utf8').replace(/"seals":\[.*\]\}$/, '"seals":[]}'));
    const refused = await add();
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--reason');
    expect((await add('--reason', '补登漏记的公开')).code).toBe(0);
  }, 120_000);
});

describe('links in or as the cache', () => {
  /** A folder outside the archive with files a tidy-up would delete, and its bytes now. */
  function outside(): { dir: string; snapshot: () => Record<string, string> } {
    const dir = tempDir('xwgk-outside-');
    mkdirSync(join(dir, 'records-0123456789abcdef'));
    writeFileSync(join(dir, 'records-0123456789abcdef', '2025.json'), "someone else's file");
    writeFileSync(join(dir, 'settings-0123456789abcdef.json'), "someone else's settings");
    writeFileSync(join(dir, 'seals.json'), '{"size":0,"probe":"","seals":[]}');
    const snapshot = () =>
      Object.fromEntries(
        readdirSync(dir, { recursive: true })
          .map(String)
          .sort()
          .map((f) => [f, statSync(join(dir, f)).isDirectory() ? 'folder' : readFileSync(join(dir, f), 'utf8')]),
      );
    return { dir, snapshot };
  }

  it('a .xwgk-cache that is a link is ignored: nothing outside is read, written or deleted', async () => {
    const root = archive();
    const truth = await views(root, NO_CACHE);
    const out = outside();
    const before = out.snapshot();
    symlinkSync(out.dir, join(root, '.xwgk-cache'));
    expect(await views(root)).toEqual(truth);
    expect((await cli(['--archive', root, 'seal', '--term', '2025-2026-1'], { env: DAY })).code).toBe(0);
    expect(out.snapshot()).toEqual(before);
  }, 120_000);

  it('links inside .xwgk-cache are neither followed, written through nor tidied away', async () => {
    const root = archive();
    const truth = await views(root, NO_CACHE);
    await views(root);
    const out = outside();
    const before = out.snapshot();
    const cache = join(root, '.xwgk-cache');
    const current = readdirSync(cache).find((d) => d.startsWith('records-'))!;
    const settings = readdirSync(cache).find((d) => d.startsWith('settings-'))!;
    // an old-looking cache folder that points outside (what a tidy-up would remove) …
    symlinkSync(join(out.dir, 'records-0123456789abcdef'), join(cache, 'records-fedcba9876543210'));
    // … the current shard folder, the settings and the seal index replaced by links to outside files
    rmSync(join(cache, current), { recursive: true });
    symlinkSync(join(out.dir, 'records-0123456789abcdef'), join(cache, current));
    rmSync(join(cache, settings));
    symlinkSync(join(out.dir, 'settings-0123456789abcdef.json'), join(cache, settings));
    symlinkSync(join(out.dir, 'seals.json'), join(cache, 'seals.json'));
    expect(await views(root)).toEqual(truth);
    expect((await cli(['--archive', root, 'seal', '--term', '2025-2026-1'], { env: DAY })).code).toBe(0);
    expect(out.snapshot()).toEqual(before);
  }, 120_000);

  it("an entry written with the user's key for another archive is not taken here", async () => {
    const a = archive();
    const b = archive();
    await views(a);
    const truth = await views(b, NO_CACHE);
    await views(b);
    // a forgery made with the user's key in archive a (taken there) …
    const storeA = CacheStore.open(a)!;
    const shard = cacheFiles(a).find((f) => f.startsWith('records-'))!;
    expect(storeA.write(shard, storeA.read(shard)!.replace('"amount":38000', '"amount":1'))).toBe(true);
    expect((await cli(['--archive', a, 'show', '20251011-001', '--format', 'json'])).stdout).toMatch(/"amount": 1\b/);
    // … copied byte for byte into archive b, is not taken there
    writeFileSync(join(b, '.xwgk-cache', shard), readFileSync(join(a, '.xwgk-cache', shard)));
    expect(await views(b)).toEqual(truth);
  }, 120_000);
});

describe('the key', () => {
  it('without a key the archive is read with no cache at all, and with the same output', async () => {
    const root = archive();
    const truth = await views(root, NO_CACHE);
    const blocked = join(tempDir(), 'not-a-folder');
    writeFileSync(blocked, 'a file where the key folder would be');
    const noKey = { XWGK_CACHE_KEY_DIR: join(blocked, 'xwgk') };
    expect(CacheStore.open(root, noKey)).toBeUndefined();
    expect(await views(root, noKey)).toEqual(truth);
    expect(existsSync(join(root, '.xwgk-cache'))).toBe(false);
    // a key kept inside the archive protects nothing: no cache either
    expect(CacheStore.open(root, { XWGK_CACHE_KEY_DIR: join(root, 'records', 'key') })).toBeUndefined();
    expect(existsSync(join(root, 'records', 'key'))).toBe(false);
    expect(CacheStore.open(root)).toBeDefined();
  }, 120_000);
});
