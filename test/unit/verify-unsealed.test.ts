/**
 * `verify` counts the records no seal covers — `unsealed` in JSON, a line in the text: those of a term
 * never sealed, and those changed after their term's seal. A fresh seal covers them again.
 */
import { describe, expect, it } from 'vitest';
import { cli, writeArchive } from '../helpers/archive.js';

const RECORD = [
  '--category',
  'plan',
  '--content',
  '计划全文',
  '--responsible',
  '王建国',
  '--form',
  'board',
  '--audience',
  'staff',
  '--timing',
  'before',
];
const ENV = { XWGK_LANG: 'en', XWGK_TODAY: '2026-03-20' };

const x = async (root: string, ...args: string[]) => cli([...args, '--archive', root], { env: ENV });
async function verifyJson(root: string) {
  const r = await x(root, 'verify', '--format', 'json');
  return { code: r.code, ...(JSON.parse(r.stdout) as { ok: boolean; records: number; unsealed: number; problems: { kind: string }[] }) };
}

describe('records not yet covered by a seal', () => {
  it('are counted in JSON and said in the text, in both languages', async () => {
    const root = writeArchive();
    for (const [title, time] of [
      ['学年工作计划', '2025-09-15'],
      ['学期工作安排', '2025-09-20'],
    ] as const)
      expect((await x(root, 'add', '--yes', '--title', title, '--time', time, ...RECORD)).code).toBe(0);
    expect(await verifyJson(root)).toMatchObject({ code: 0, ok: true, records: 2, unsealed: 2, problems: [] });
    expect((await x(root, 'verify')).stdout).toContain(
      '\n2 records are not covered by a seal yet (their term is not sealed, or changed after its seal)\n',
    );

    expect((await x(root, 'seal', '--term', '2025-2026-1')).code).toBe(0);
    expect(await verifyJson(root)).toMatchObject({ ok: true, records: 2, unsealed: 0 });
    expect((await x(root, 'verify')).stdout).not.toContain('covered by a seal');

    // A record of the next term, not sealed yet; and a change to a sealed one after its seal.
    expect((await x(root, 'add', '--yes', '--title', '春季学期计划', '--time', '2026-03-02', ...RECORD)).code).toBe(0);
    expect(await verifyJson(root)).toMatchObject({ ok: true, records: 3, unsealed: 1 });
    expect((await x(root, 'amend', '20250915-001', '--set', 'content=计划全文（修订）', '--reason', '补正')).code).toBe(0);
    const after = await verifyJson(root);
    expect(after).toMatchObject({ code: 1, ok: false, records: 3, unsealed: 2 });
    expect(after.problems.map((p) => p.kind)).toEqual(['seal']);
    const zh = await cli(['--archive', root, '--lang', 'zh-CN', 'verify'], { env: ENV });
    expect(zh.stdout).toContain('\n2 个记录尚未被封存覆盖（所属学期还没有封存，或封存后又有改动）\n');
    expect((await x(root, 'verify')).stdout).toContain('\n2 records are not covered by a seal yet');

    // Sealing the first term again covers the changed record; the spring one stays uncovered.
    expect((await x(root, 'seal', '--term', '2025-2026-1')).code).toBe(0);
    expect(await verifyJson(root)).toMatchObject({ code: 0, ok: true, unsealed: 1 });
    expect((await x(root, 'verify')).stdout).toContain('\n1 record is not covered by a seal yet');
  });
});
