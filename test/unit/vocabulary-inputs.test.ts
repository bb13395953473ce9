/**
 * The one vocabulary through every input path (issue 11, part 3): the table of the normaliser's test
 * run through `add` flags, `amend --set`, `feedback add`, `list --status`, import cells and the prompt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, FINANCE, recordYaml, writeArchive } from '../helpers/archive.js';
import { writeCsv, type Cell } from '../helpers/sheets.js';
import { ACCEPTED, REFUSED } from '../helpers/vocabulary-table.js';

const ENV = { XWGK_TODAY: '2025-11-20' };
const ADD = ['add', '--yes', '--title', '测试', '--content', '内容', '--responsible', '王建国', '--time', '2025-10-10'];

const only = (root: string) => {
  const files = readdirSync(join(root, 'records'), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.yaml'));
  expect(files).toHaveLength(1);
  return parse(readFileSync(join(root, 'records', files[0]!), 'utf8')) as Record<string, unknown>;
};

/** Each kind as a flag of `add` and a key of `amend --set`, and how the written record shows it. */
const AS_FLAG = {
  category: { flag: ['--category'], base: ['--form', 'board', '--audience', 'staff'], value: (r: Record<string, unknown>) => r.category },
  form: {
    flag: ['--form'],
    base: ['--category', 'other', '--audience', 'staff'],
    value: (r: Record<string, unknown>) => (r.form as string[])[0],
  },
  audience: {
    flag: ['--audience'],
    base: ['--category', 'other', '--form', 'board'],
    value: (r: Record<string, unknown>) => (r.audience as string[])[0],
  },
  timing: {
    flag: ['--timing'],
    base: ['--category', 'other', '--form', 'board', '--audience', 'staff'],
    value: (r: Record<string, unknown>) => r.timing,
  },
  date: {
    flag: ['--decided'],
    base: ['--category', 'other', '--form', 'board', '--audience', 'staff'],
    value: (r: Record<string, unknown>) => r.decided,
  },
} as const;
type FlagKind = keyof typeof AS_FLAG;
const setKey: Record<FlagKind, string> = { category: 'category', form: 'form', audience: 'audience', timing: 'timing', date: 'decided' };

describe.each(Object.keys(AS_FLAG) as FlagKind[])('%s through add and amend', (kind) => {
  const { flag, base, value } = AS_FLAG[kind];
  it.each(ACCEPTED[kind])('add %s → %s', async (text, id) => {
    const root = writeArchive();
    const r = await cli(['--archive', root, ...ADD, ...base, ...flag, text], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(value(only(root))).toBe(id);
  });
  it.each(ACCEPTED[kind])('amend --set %s → %s', async (text, id) => {
    const root = writeArchive({
      'records/2025/20251010-001.yaml': recordYaml({ ...FINANCE, category: 'other', timing: 'before', decided: '2025-10-01' }),
    });
    const r = await cli(['--archive', root, 'amend', '20251010-001', '--set', `${setKey[kind]}=${text}`, '--reason', '更正'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(value(only(root))).toBe(id);
  });
  it.each(REFUSED[kind])('add refuses %s (%s): exit 2, candidates in Chinese, nothing written', async (text, reason, some) => {
    const root = writeArchive();
    const r = await cli(['--archive', root, '--lang', 'zh-CN', ...ADD, ...base, ...flag, text], { env: ENV });
    expect(r.code).toBe(2);
    expect(readdirSync(join(root, 'records'))).toEqual([]);
    if (kind === 'date') return void expect(r.stderr).toContain('不是有效');
    expect(r.stderr).toContain(reason === 'ambiguous' ? '不唯一，可能是' : '可用的值');
    for (const id of some) expect(r.stderr).toMatch(new RegExp(`[\\u4e00-\\u9fff)）/] \\(${id}\\)`));
  });
});

describe('channel and status', () => {
  const root = () => writeArchive({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE) });
  it.each(ACCEPTED.channel)('feedback add --channel %s → %s', async (text, id) => {
    const r0 = root();
    const r = await cli(
      ['--archive', r0, 'feedback', 'add', '20251010-001', '--channel', text, '--summary', '意见', '--received', '2025年10月12日'],
      { env: ENV },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(only(r0).feedback).toEqual([{ received: '2025-10-12', channel: id, summary: '意见' }]);
  });
  it.each(REFUSED.channel)('feedback add refuses %s', async (text) => {
    const r = await cli(['--archive', root(), '--lang', 'en', 'feedback', 'add', '20251010-001', '--channel', text, '--summary', 'x'], {
      env: ENV,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Supervision hotline (hotline)');
  });
  it.each(ACCEPTED.date)('list --from %s (and --today, --to typed the same way)', async (text) => {
    const r = await cli([
      '--archive',
      root(),
      'list',
      '--from',
      text,
      '--to',
      '2025年10月31日',
      '--today',
      '2025.11.20',
      '--format',
      'json',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { id: string }) => x.id)).toEqual(['20251010-001']);
  });
  it.each([
    ['--term', '2025—2026学年第一学期'],
    ['--term', '2025-2026-1'],
    ['--month', '2025年10月'],
    ['--month', '2025/10'],
  ])('list %s %s', async (flag, text) => {
    const r = await cli(['--archive', root(), 'list', flag, text, '--format', 'json'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { id: string }) => x.id)).toEqual(['20251010-001']);
  });
  it.each(ACCEPTED.status)('list --status %s', async (text, id) => {
    const r = await cli(['--archive', root(), 'list', '--status', text, '--format', 'json'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(id === 'published' ? 1 : 0);
  });
});

describe('import cells', () => {
  const HEADER: Cell[] = ['日期', '类别', '事项', '内容', '形式', '范围', '时段', '责任人', '状态'];
  const row = (over: Partial<Record<string, Cell>>): Cell[] => {
    const r: Record<string, Cell> = {
      日期: '2025-10-10',
      类别: '其他',
      事项: '测试',
      内容: '内容',
      形式: '公告栏',
      范围: '教职工',
      时段: '事后',
      责任人: '王建国',
      状态: '已公开',
      ...over,
    };
    return HEADER.map((h) => r[h as string] ?? null);
  };
  const column: Record<string, string> = { category: '类别', form: '形式', audience: '范围', timing: '时段', status: '状态', date: '日期' };
  const key: Record<string, string> = {
    category: 'category',
    form: 'form',
    audience: 'audience',
    timing: 'timing',
    status: 'status',
    date: 'time',
  };
  for (const kind of ['category', 'form', 'audience', 'timing', 'status', 'date'] as const) {
    // A withdrawn row needs its `withdrawn: {on, reason}` too: the spellings of `published` are enough here.
    const spellings = ACCEPTED[kind].filter(([, id]) => id !== 'withdrawn');
    it(`reads every spelling of ${kind}`, async () => {
      const root = writeArchive();
      const rows = spellings.map(([text], i) => row({ [column[kind]!]: text, 事项: `测试${i}` }));
      writeCsv(root, 'l.csv', [HEADER, ...rows], 'utf8-bom');
      const r = await cli(['--archive', root, 'import', join(root, 'l.csv')], { env: ENV });
      expect(r.code, r.stderr).toBe(0);
      const got = readdirSync(join(root, 'records'), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => parse(readFileSync(join(root, 'records', f), 'utf8')))
        .sort((a, b) => Number(a.title.slice(2)) - Number(b.title.slice(2)));
      // The writer leaves out `status: published`, the default.
      const shown = got.map((rec) =>
        Array.isArray(rec[key[kind]!]) ? rec[key[kind]!][0] : (rec[key[kind]!] ?? (kind === 'status' ? 'published' : undefined)),
      );
      expect(shown).toEqual(spellings.map(([, id]) => id));
    });
    it(`refuses what ${kind} cannot mean, naming the cell and the candidates`, async () => {
      const root = writeArchive();
      const [text, reason] = REFUSED[kind][0]!;
      writeCsv(root, 'l.csv', [HEADER, row({ [column[kind]!]: text })], 'utf8-bom');
      const r = await cli(['--archive', root, '--lang', 'zh-CN', 'import', join(root, 'l.csv')], { env: ENV });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`第 2 行`);
      expect(r.stderr).toContain(`（${column[kind]}）`);
      if (kind !== 'date') expect(r.stderr).toContain(reason === 'ambiguous' ? '不唯一' : '可用的值：');
    });
  }
  it('--default review.by fills only rows whose category asks for it and that have the other half', async () => {
    const root = writeArchive();
    const H: Cell[] = [...HEADER, '审核日期'];
    writeCsv(
      root,
      'l.csv',
      [
        H,
        [...row({ 类别: '财务收支', 事项: 'a' }), '2025-10-09'],
        [...row({ 类别: '财务收支', 事项: 'b' }), null],
        [...row({ 类别: '其他', 事项: 'c' }), null],
      ],
      'utf8-bom',
    );
    const r = await cli(['--archive', root, 'import', join(root, 'l.csv'), '--default', 'review.by=校务公开领导小组'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    const byTitle = Object.fromEntries(
      readdirSync(join(root, 'records'), { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => parse(readFileSync(join(root, 'records', f), 'utf8')))
        .map((rec) => [rec.title, rec.review]),
    );
    expect(byTitle).toEqual({ a: { by: '校务公开领导小组', on: '2025-10-09' }, b: undefined, c: undefined });
  });
  it('--default and --map name fields by id or by their usual header', async () => {
    const root = writeArchive();
    const H = HEADER.filter((h) => h !== '责任人').concat('负责老师');
    const r0 = row({});
    const cells = HEADER.map((h, i) => [h, r0[i]] as const)
      .filter(([h]) => h !== '责任人')
      .map(([, c]) => c ?? null)
      .concat('李明');
    writeCsv(root, 'l.csv', [H, cells], 'utf8-bom');
    const r = await cli(['--archive', root, 'import', join(root, 'l.csv'), '--map', '负责老师=经办人', '--default', '责任人=王建国'], {
      env: ENV,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(only(root)).toMatchObject({ responsible: '王建国', handler: '李明' });
    const bad = await cli(['--archive', root, '--lang', 'zh-CN', 'import', join(root, 'l.csv'), '--default', '负责人员=王建国'], {
      env: ENV,
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('责任人 (responsible)');
  });
  it.each([
    [
      'zh-CN',
      /│ 2 +│ 20251010-001 │ 财务 +│ 财务收支 +│ 缺 review、supervision +│/,
      /│ 3 +│ 20251011-001 │ 收费 +│ 收费项目与标准 +│ 缺 basis、review、supervision +│/,
    ],
    [
      'en',
      /│ 2 +│ 20251010-001 │ 财务 +│ Income and spending +│ missing review, supervision +│/,
      /│ 3 +│ 20251011-001 │ 收费 +│ Fee schedule +│ missing basis, review, supervision +│/,
    ],
  ])('--dry-run is a short table: row, id, title, category, what is still missing (%s)', async (lang, first, second) => {
    const root = writeArchive();
    writeCsv(
      root,
      'l.csv',
      [
        HEADER,
        row({ 类别: '财务', 事项: '财务' }),
        row({ 类别: '收费', 事项: '收费', 日期: '2025年10月11日', 范围: '家长', 时段: '事前', 形式: '收费栏' }),
      ],
      'utf8-bom',
    );
    const r = await cli(['--archive', root, '--lang', lang, 'import', join(root, 'l.csv'), '--dry-run'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(first);
    expect(r.stdout).toMatch(second);
    expect(readdirSync(join(root, 'records'))).toEqual([]);
  });
  it('a --default it cannot read stops the import before any row', async () => {
    const root = writeArchive();
    writeCsv(root, 'l.csv', [HEADER, row({})], 'utf8-bom');
    const r = await cli(
      ['--archive', root, '--lang', 'zh-CN', 'import', join(root, 'l.csv'), '--default', 'handler=x', '--default', 'timing=事'],
      { env: ENV },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--default timing 的值“事”不唯一');
  });
});

describe("an archive's own words (catalog.aliases in xwgk.yaml)", () => {
  const settings =
    'school: 测试小学\nlocale: zh-CN\ncatalog:\n  aliases:\n    forms: { 宣传橱窗: board }\n    categories: { 月度账目: finance }\n';
  it('are accepted by add and shown by xwgk catalog', async () => {
    const root = writeArchive({ 'xwgk.yaml': settings });
    const r = await cli(['--archive', root, ...ADD, '--category', '月度账目', '--form', '宣传橱窗', '--audience', 'staff'], { env: ENV });
    expect(r.code, r.stderr).toBe(0);
    expect(only(root)).toMatchObject({ category: 'finance', form: ['board'] });
    const table = await cli(['--archive', root, 'catalog']);
    expect(table.stdout).toMatch(/│ board +│ 校务公开栏 +│ 公告栏、公开栏、宣传栏、公示栏、宣传橱窗 +│/);
  });
  it('naming an id the catalog lacks is an error in xwgk.yaml, with its line', async () => {
    const root = writeArchive({ 'xwgk.yaml': 'school: 测试小学\nlocale: zh-CN\ncatalog:\n  aliases:\n    forms: { 黑板: blackboard }\n' });
    // A broken xwgk.yaml cannot say its locale: the language comes from --lang.
    const r = await cli(['--archive', root, '--lang', 'zh-CN', 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('xwgk.yaml:5:');
    expect(r.stderr).toContain('别名指向的 forms 中没有“blackboard”');
  });
});
