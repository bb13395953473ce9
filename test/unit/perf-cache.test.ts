// The parse cache and the settings cache change speed only: every command gives the same output, the
// same findings with the same positions and excerpts, with the cache and without it, cold and warm;
// a file changed between two runs is read again; a catalog change or a corrupt cache starts afresh.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FINANCE, journalRecords, recordYaml, writeArchive } from '../helpers/archive.js';
import { CacheStore } from '../../src/archive/cache-store.js';

const journaled = (root: string) => (journalRecords(root), root);

const NO_CACHE = { XWGK_NO_CACHE: '1' };
const TODAY = ['--today', '2026-03-01'];

/** An archive with good records, bad ones of every kind the loader reports, and warnings. */
function mixedArchive(): string {
  // Journaled as if written through the tool, so the integrity check adds nothing of its own.
  return journaled(
    writeArchive({
      'records/2025/20251010-001.yaml': recordYaml(FINANCE),
      'records/2025/20251011-001.yaml': recordYaml({ ...FINANCE, id: '20251011-001', audiance: '[staff]' }),
      'records/2025/20251012-001.yaml': recordYaml({ ...FINANCE, id: '20251012-001', category: 'finanse', form: '[bord]' }),
      'records/2025/20251013-001.yaml': 'id: 20251013-001\ntitle: [unclosed\n',
      'records/2025/20251014-001.yaml': recordYaml({ ...FINANCE, id: '20251015-002' }),
      'records/2025/20251015-001.yaml': recordYaml({ ...FINANCE, id: '20251015-001', title: '同号的另一条' }),
      'records/2024/20251015-001.yaml': recordYaml({ ...FINANCE, id: '20251015-001' }),
      'records/2025/20251016-001.yaml': Buffer.from([0x69, 0x64, 0x3a, 0x20, 0xff, 0xfe, 0x0a]),
      'records/2025/20251017-001.yaml': recordYaml({ ...FINANCE, id: '20251017-001', review: undefined, supervision: undefined }).replace(
        /^(review|supervision): undefined\n/gm,
        '',
      ),
      'records/2025/20251018-001.yaml': recordYaml({ ...FINANCE, id: '20251018-001', time: '2025-02-30' }),
      'records/2025/20251019-001.yml': recordYaml({ ...FINANCE, id: '20251019-001' }),
      'records/2025/20251020-001.yaml': recordYaml({ ...FINANCE, id: '20251020-001', category: 'canteen' }),
    }),
  );
}

/** What the user sees from the commands that read every record. */
async function outputs(root: string, env: Record<string, string> = {}) {
  const run = (args: string[]) => cli(['--archive', root, ...args, ...TODAY], { env });
  return {
    checkJson: await run(['check', '--format', 'json']),
    checkText: await run(['check']),
    listJson: await run(['list', '--format', 'json']),
    listTable: await run(['list']),
  };
}

const cacheFiles = (root: string) =>
  existsSync(join(root, '.xwgk-cache')) ? readdirSync(join(root, '.xwgk-cache'), { recursive: true }).map(String).sort() : [];

describe('parse cache', () => {
  it('gives the same output without the cache, cold and warm, on good and bad files', async () => {
    const root = mixedArchive();
    const fresh = await outputs(root, NO_CACHE);
    expect(cacheFiles(root)).toEqual([]);
    expect(fresh.checkJson.code).toBe(1);
    const findings = JSON.parse(fresh.checkJson.stdout).findings;
    // the archive really exercises positions, excerpts and every kind of problem
    expect(findings.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining([
        'schema.unknown-key',
        'schema.unknown-id',
        'schema.syntax',
        'schema.id-mismatch',
        'schema.misplaced',
        'schema.encoding',
        'schema.invalid-value',
        'schema.extension',
        'schema.duplicate-id',
      ]),
    );
    expect(fresh.checkText.stdout).toContain('12 | audiance: [staff]');
    const cold = await outputs(root);
    expect(cacheFiles(root)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^records-[0-9a-f]{16}\/2025\.json$/),
        expect.stringMatching(/^settings-[0-9a-f]{16}\.json$/),
        '.gitignore',
      ]),
    );
    const warm = await outputs(root);
    expect(cold).toEqual(fresh);
    expect(warm).toEqual(fresh);
  });

  it('reads again a file changed between two runs, and forgets a removed one', async () => {
    const root = mixedArchive();
    await outputs(root);
    writeFileSync(
      join(root, 'records/2025/20251010-001.yaml'),
      recordYaml({ ...FINANCE, title: '改过的标题', audience: '[staff, parnets]' }),
    );
    writeFileSync(join(root, 'records/2025/20251013-001.yaml'), recordYaml({ ...FINANCE, id: '20251013-001', title: '修好了' }));
    rmSync(join(root, 'records/2025/20251011-001.yaml'));
    const warm = await outputs(root);
    expect(warm).toEqual(await outputs(root, NO_CACHE));
    expect(warm.listJson.stdout).toContain('修好了');
    expect(JSON.parse(warm.checkJson.stdout).findings).toContainEqual(
      expect.objectContaining({ file: 'records/2025/20251010-001.yaml', code: 'schema.unknown-id', line: 7, column: 19 }),
    );
    const shard = readdirSync(join(root, '.xwgk-cache'), { recursive: true })
      .map(String)
      .find((f) => f.endsWith('2025.json'))!;
    expect(readFileSync(join(root, '.xwgk-cache', shard), 'utf8')).not.toContain('20251011-001.yaml');
  });

  it('never trusts an entry for bytes other than the file has now, and uses it when they match', async () => {
    const root = writeArchive({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE) });
    await outputs(root);
    const dir = readdirSync(join(root, '.xwgk-cache')).find((d) => d.startsWith('records-'))!;
    const store = CacheStore.open(root)!;
    const shard = `${dir}/2025.json`;
    // Change the cached title with the user's own key: a warm run shows it (so the cache is really
    // used, YAML is not parsed; an edit without the key is ignored, see cache-trust.test.ts) …
    expect(store.write(shard, store.read(shard)!.replace(FINANCE.title, '缓存里的标题'))).toBe(true);
    // (the answers remembered by the result memo are dropped, so the list is made from the parse cache)
    rmSync(join(root, '.xwgk-cache', 'results-2'), { recursive: true, force: true });
    expect((await cli(['--archive', root, 'list', '--format', 'json', ...TODAY])).stdout).toContain('缓存里的标题');
    // … until the file's bytes change, by a single character: then the file is read again.
    writeFileSync(join(root, 'records/2025/20251010-001.yaml'), recordYaml({ ...FINANCE, title: `${FINANCE.title}。` }));
    const after = (await cli(['--archive', root, 'list', '--format', 'json', ...TODAY])).stdout;
    expect(after).not.toContain('缓存里的标题');
    expect(after).toContain(`${FINANCE.title}。`);
  });

  it('starts afresh when the catalog in force changes', async () => {
    const root = mixedArchive();
    const before = await outputs(root);
    expect(before.checkJson.stdout).toContain('canteen');
    writeFileSync(
      join(root, 'xwgk.yaml'),
      `school: 测试小学
locale: zh-CN
catalog:
  categories:
    - id: canteen
      label: { zh-CN: 食堂伙食费收支, en: Canteen accounts }
      column: finance
      frequency: monthly
      due: { day_of_next_month: 10 }
      audience: [staff]
      forms: [board]
`,
    );
    const after = await outputs(root);
    expect(after).toEqual(await outputs(root, NO_CACHE));
    expect(JSON.parse(after.checkJson.stdout).findings.filter((f: { file?: string }) => f.file?.includes('20251020-001'))).toEqual([]);
    expect(cacheFiles(root).filter((f) => /^records-[0-9a-f]+$/.test(f))).toHaveLength(1);
  });

  it('reports a broken xwgk.yaml from the file, exactly as without the cache', async () => {
    const root = mixedArchive();
    await outputs(root);
    writeFileSync(join(root, 'xwgk.yaml'), 'school: 测试小学\nlocale: fr\nfeedback_dayz: 3\n');
    const cached = await cli(['--archive', root, 'list', ...TODAY]);
    expect(cached.code).toBe(2);
    expect(cached).toEqual(await cli(['--archive', root, 'list', ...TODAY], { env: NO_CACHE }));
  });

  it('ignores a corrupt or foreign cache', async () => {
    const root = mixedArchive();
    const fresh = await outputs(root, NO_CACHE);
    await outputs(root);
    for (const f of cacheFiles(root).filter((x) => x.endsWith('.json')))
      writeFileSync(join(root, '.xwgk-cache', f), f.startsWith('settings') ? '{"key":"x"' : '{"format":1,"key":"other","entries":{}}');
    expect(await outputs(root)).toEqual(fresh);
    // Entries of the right key but no usable result are misses, not crashes.
    await outputs(root);
    const store = CacheStore.open(root)!;
    for (const f of cacheFiles(root).filter((x) => x.endsWith('2025.json'))) {
      const shard = JSON.parse(store.read(f)!);
      for (const [k, v] of Object.entries(shard.entries))
        shard.entries[k] = [(v as string[])[0], k.includes('10-001') ? null : { findings: 'x' }];
      expect(store.write(f, JSON.stringify(shard))).toBe(true);
    }
    expect(await outputs(root)).toEqual(fresh);
  });
});
