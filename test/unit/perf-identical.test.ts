/**
 * Caches and the fast path change speed only (issue "Performance, round two", target 7): every report
 * command prints byte for byte the same, with exit code and stderr, with and without caches, with and
 * without the fast path, cold and warm — on an archive of good records, records in other layouts, bad
 * ones, and after files changed between runs.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeRecord } from '../../src/archive/serialize.js';
import type { DisclosureRecord } from '../../src/model/record.js';
import { cli, FINANCE, journalRecords, recordYaml, writeArchive } from '../helpers/archive.js';

const written = (over: Partial<DisclosureRecord>): string =>
  serializeRecord({
    id: '20251020-001',
    title: '2025年秋季学期收费公示',
    category: 'fees',
    content: '作业本费每生每学期20元。\n投诉电话：0512-12345678。',
    time: '2025-08-28',
    form: ['fee-board', 'parent-letter'],
    audience: ['parents'],
    timing: 'before',
    basis: '苏价费〔2024〕12号',
    responsible: '张丽',
    status: 'published',
    review: { by: '校务公开领导小组', on: '2025-08-25' },
    supervision: { by: '校务公开监督小组', on: '2025-08-26' },
    ...over,
  } as DisclosureRecord);

function archive(): string {
  const root = writeArchive({
    // written by the tool's own writer (fast path) …
    'records/2025/20251020-001.yaml': written({}),
    'records/2025/20251021-001.yaml': written({
      id: '20251021-001',
      title: '图书采购',
      category: 'procurement',
      time: '2025-10-21',
      amount: 38000,
      timing: 'after',
      basis: undefined,
      feedback: [{ received: '2025-10-25', channel: 'opinion-box', summary: '希望多买科普书' }],
    }),
    'records/2026/20260310-001.yaml': written({
      id: '20260310-001',
      title: '春季收费',
      time: '2026-03-10',
      until: '2026-03-17',
      tags: ['收费', '含, 逗号'],
    }),
    // … by hand, in other layouts (the YAML library) …
    'records/2025/20251010-001.yaml': recordYaml(FINANCE),
    'records/2025/20251011-001.yaml': `# 手工录入\n${recordYaml({ ...FINANCE, id: '20251011-001', title: '"九月财务"' })}`,
    // … and broken
    'records/2025/20251012-001.yaml': recordYaml({ ...FINANCE, id: '20251012-001', audiance: '[staff]' }),
    'records/2025/20251013-001.yaml': 'id: 20251013-001\ntitle: [unclosed\n',
    'records/2025/20251014-001.yaml': written({ id: '20251099-001' }),
  });
  journalRecords(root);
  return root;
}

const COMMANDS = [
  ['check'],
  ['check', '--format', 'json'],
  ['check', 'privacy', '--term', '2025-2026-1'],
  ['list'],
  ['list', '--format', 'json'],
  ['list', '--format', 'csv', '--term', '2025-2026-1'],
  ['list', '--format', 'md', '--grep', '收费'],
  ['status', '--term', '2025-2026-1'],
  ['status', '--format', 'json'],
  ['audit', '--term', '2025-2026-1'],
  ['audit', '--format', 'json'],
  ['audit', '--format', 'md'],
  ['summary', '--term', '2025-2026-1', '--format', 'json'],
  ['summary', '--term', '2025-2026-1'],
  ['summary', '--term', '2025-2026-1', '--format', 'html'],
  ['show', '20251021-001'],
  ['show', '20251010-001', '--format', 'json'],
  ['export', '--format', 'jsonl', '--skip-unreadable'],
];

async function everything(root: string, env: Record<string, string>) {
  const out: Record<string, unknown> = {};
  for (const lang of ['zh-CN', 'en']) {
    for (const args of COMMANDS)
      out[`${lang} ${args.join(' ')}`] = await cli(['--archive', root, '--lang', lang, ...args], {
        env: { XWGK_TODAY: '2026-03-20', ...env },
      });
    // early in a term without records: the reports take the term that ended, and say so on stderr
    for (const args of [['status'], ['audit', '--format', 'json'], ['summary', '--format', 'json']]) {
      out[`${lang} early ${args.join(' ')}`] = await cli(['--archive', root, '--lang', lang, ...args], {
        env: { XWGK_TODAY: '2026-09-05', ...env },
      });
    }
  }
  return out;
}

const MODES: Record<string, Record<string, string>> = {
  'no cache': { XWGK_NO_CACHE: '1' },
  'no fast path': { XWGK_NO_FAST_PATH: '1' },
  neither: { XWGK_NO_CACHE: '1', XWGK_NO_FAST_PATH: '1' },
};

describe('output with and without caches and the fast path', () => {
  it('is byte-identical on good, bad and changed files, cold and warm', async () => {
    const root = archive();
    const truth = await everything(root, MODES.neither!);
    // every command really ran (no usage error) and printed something
    for (const [name, r] of Object.entries(truth) as [string, { code: number; stdout: string }][]) {
      expect([name, [0, 1].includes(r.code)]).toEqual([name, true]);
      expect([name, r.stdout.length > 0]).toEqual([name, true]);
    }
    expect((truth['en check'] as { code: number }).code).toBe(1);
    expect((truth['en early status'] as { stderr: string }).stderr).toContain('2025-2026-2');
    for (const env of Object.values(MODES)) expect(await everything(root, env)).toEqual(truth);
    rmSync(join(root, '.xwgk-cache'), { recursive: true, force: true });
    expect(await everything(root, {})).toEqual(truth); // cold: builds every cache
    expect(await everything(root, {})).toEqual(truth); // warm: answered from them

    // files change between runs: an edit in the writer's layout, a fix, a new broken file, a removal
    const edited = join(root, 'records/2025/20251020-001.yaml');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('作业本费每生每学期20元。', '作业本费每生每学期25元。'));
    writeFileSync(join(root, 'records/2025/20251013-001.yaml'), written({ id: '20251013-001', title: '修好了', time: '2025-10-13' }));
    writeFileSync(join(root, 'records/2026/20260311-001.yaml'), 'id: 20260311-001\ntitle: 没写完\n');
    rmSync(join(root, 'records/2025/20251011-001.yaml'));
    const after = await everything(root, MODES.neither!);
    expect(after).not.toEqual(truth);
    expect(await everything(root, {})).toEqual(after);
    expect(await everything(root, {})).toEqual(after);
    expect(await everything(root, MODES['no fast path']!)).toEqual(after);
  }, 300_000);
});
