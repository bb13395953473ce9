/** `xwgk feedback add/respond` end to end: files written, exit codes, messages in both languages. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, recordYaml, spawnCli, writeArchive } from '../helpers/archive.js';

const FILE = 'records/2025/20251010-001.yaml';
const RECORD = recordYaml({
  id: '20251010-001',
  title: '食堂伙食费收支公开',
  category: 'other',
  content: '9月伙食费收支情况。',
  time: '2025-10-10',
  form: '[board]',
  audience: '[parents]',
  responsible: '王建国',
});
const archive = () => writeArchive({ [FILE]: RECORD });
const read = (root: string) => readFileSync(join(root, FILE), 'utf8');
const env = { XWGK_TODAY: '2025-10-20' };

describe('xwgk feedback add', () => {
  it('appends an opinion with a channel given by its Chinese label, received today by default', async () => {
    const root = archive();
    const r = await cli(['--archive', root, 'feedback', 'add', '20251010-001', '--channel', '意见箱', '--summary', '希望公布菜价明细'], {
      env,
    });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe(`已为 20251010-001 登记第 1 条意见（${FILE}）\n`);
    expect(read(root)).toContain('feedback:\n  - received: 2025-10-20\n    channel: opinion-box\n    summary: 希望公布菜价明细\n');
    const second = await cli(
      [
        '--archive',
        root,
        '--lang',
        'en',
        'feedback',
        'add',
        '20251010-001',
        '--channel',
        'hotline',
        '--summary',
        'Publish prices',
        '--received',
        '2025-10-18',
      ],
      { env },
    );
    expect(second).toMatchObject({ code: 0, stdout: `Logged opinion 2 on 20251010-001 (${FILE})\n` });
    expect(read(root)).toContain('  - received: 2025-10-18\n    channel: hotline\n    summary: Publish prices\n');
  });

  it.each([
    ['an unknown record', ['20251010-009', '--channel', 'hotline', '--summary', 'x'], '找不到编号为 20251010-009 的记录'],
    ['an unknown channel', ['20251010-001', '--channel', '信鸽', '--summary', 'x'], '未知的意见渠道“信鸽”'],
    [
      'an impossible date',
      ['20251010-001', '--channel', 'hotline', '--summary', 'x', '--received', '2025-02-30'],
      '“--received”的值“2025-02-30”不是有效日期',
    ],
    [
      'a date after today',
      ['20251010-001', '--channel', 'hotline', '--summary', 'x', '--received', '2025-10-21'],
      '“--received”的日期 2025-10-21 晚于今天（2025-10-20）',
    ],
    ['an empty summary', ['20251010-001', '--channel', 'hotline', '--summary', '  '], '“--summary”不能为空'],
    ['no channel', ['20251010-001', '--summary', 'x'], '--channel'],
  ])('refuses %s with exit 2 and writes nothing', async (_name, args, message) => {
    const root = archive();
    const r = await cli(['--archive', root, 'feedback', 'add', ...args], { env });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(read(root)).toBe(RECORD);
  });
});

describe('xwgk feedback respond', () => {
  const withOpinion = async () => {
    const root = archive();
    await cli(
      [
        '--archive',
        root,
        'feedback',
        'add',
        '20251010-001',
        '--channel',
        'opinion-box',
        '--summary',
        '希望公布菜价明细',
        '--received',
        '2025-10-12',
      ],
      { env },
    );
    return root;
  };

  it('answers opinion N, dated today by default, and the feedback check then passes', async () => {
    const root = await withOpinion();
    const r = await cli(['--archive', root, 'feedback', 'respond', '20251010-001', '1', '--response', '已在公开栏公布菜价明细'], { env });
    expect(r).toMatchObject({ code: 0, stdout: `已登记 20251010-001 第 1 条意见的答复（${FILE}）\n` });
    expect(read(root)).toContain('    summary: 希望公布菜价明细\n    response: 已在公开栏公布菜价明细\n    responded: 2025-10-20\n');
    expect(await cli(['--archive', root, 'check', 'feedback'], { env })).toMatchObject({ code: 0 });
  });

  it.each([
    ['opinion 0', ['0'], '意见序号“0”无效'],
    ['an opinion that does not exist', ['2'], '记录 20251010-001 没有第 2 条意见（共 1 条）'],
    ['an answer before the opinion', ['1', '--responded', '2025-10-11'], '答复日期 2025-10-11 早于该意见的收到日期 2025-10-12'],
    ['a bad date', ['1', '--responded', '20251015'], '“--responded”的值“20251015”不是有效日期'],
  ])('refuses %s with exit 2 and writes nothing', async (_name, args, message) => {
    const root = await withOpinion();
    const before = read(root);
    const r = await cli(['--archive', root, 'feedback', 'respond', '20251010-001', ...args, '--response', '答复'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(read(root)).toBe(before);
  });

  it('refuses to answer twice, in English too, and says how to correct an answer', async () => {
    const root = await withOpinion();
    await cli(['--archive', root, 'feedback', 'respond', '20251010-001', '1', '--response', '已公布', '--responded', '2025-10-15'], {
      env,
    });
    const before = read(root);
    const r = await cli(['--archive', root, '--lang', 'en', 'feedback', 'respond', '20251010-001', '1', '--response', 'again'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error: opinion 1 on record 20251010-001 was answered on 2025-10-15; nothing was changed\nhint: to correct an answer, edit the record file and record the change with xwgk amend 20251010-001 --reason WHY\n',
    );
    expect(read(root)).toBe(before);
  });
});

describe('the built binary', () => {
  it('runs feedback add and check as real processes', () => {
    const root = archive();
    const add = spawnCli(['--archive', root, 'feedback', 'add', '20251010-001', '--channel', 'online', '--summary', '菜价偏高'], {
      env: { ...env, XWGK_LANG: 'en' },
    });
    expect(add).toMatchObject({ code: 0, stdout: `Logged opinion 1 on 20251010-001 (${FILE})\n`, stderr: '' });
    const warn = spawnCli(['--archive', root, 'check', 'feedback', '--format', 'json'], { env });
    expect(warn.code).toBe(0);
    expect(JSON.parse(warn.stdout)).toMatchObject({
      ok: true,
      counts: { error: 0, warning: 1 },
      findings: [{ code: 'feedback.open', severity: 'warning' }],
    });
    const overdue = spawnCli(['--archive', root, 'check', 'feedback', '--today', '2025-11-05', '--format', 'json'], { env });
    expect(overdue.code).toBe(1);
    expect(JSON.parse(overdue.stdout)).toEqual({
      ok: false,
      counts: { error: 1, warning: 0 },
      findings: [
        {
          check: 'feedback',
          code: 'feedback.overdue',
          severity: 'error',
          message: '第 1 条意见于 2025-10-20 收到，已 16 天未答复（限 15 天，应于 2025-11-04 前答复）',
          hint: '登记答复：xwgk feedback respond 20251010-001 1 --response 答复内容',
          id: '20251010-001',
          file: FILE,
          line: 10,
          category: 'other', // the writer put the $schema line first
        },
      ],
      skipped: [],
    });
  });
});
