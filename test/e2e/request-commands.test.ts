/**
 * Every `request` command as a real process (bin/xwgk.js → dist/), in both languages: what it writes,
 * what it prints, the journal line it adds; bad input refused as `add` refuses it (exit 2, in the
 * user's language, nothing written); and the register afterwards passing `verify`.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS_EN, SETTINGS_ZH, spawnCli, writeArchive } from '../helpers/archive.js';

const HOLIDAYS = 'holidays: [2025-04-04, 2025-04-05, 2025-04-06]\n';
const journalLines = (root: string) =>
  existsSync(join(root, 'journal.jsonl')) ? readFileSync(join(root, 'journal.jsonl'), 'utf8').trim().split('\n').filter(Boolean) : [];
const requestFiles = (root: string) => (existsSync(join(root, 'requests', '2025')) ? readdirSync(join(root, 'requests', '2025')) : []);

function run(root: string, lang: string, args: string[]) {
  return spawnCli(['--archive', root, '--lang', lang, 'request', ...args]);
}

/** An archive holding one request, R20250310-001 (by post, from a legal person, asking `x`), added through the CLI. */
function archiveWithRequest(settings: string, lang: string): string {
  const root = writeArchive({ 'xwgk.yaml': settings });
  const add = ['add', '--received', '2025-03-10', '--channel', 'post', '--applicant', 'legal', '--asked', 'x', '--today', '2025-03-10'];
  expect(run(root, lang, add).code).toBe(0);
  return root;
}

describe.each([
  [
    'zh-CN',
    SETTINGS_ZH,
    {
      added: '已登记申请 R20250310-001（requests/2025/R20250310-001.yaml），应于 2025-04-08 前答复（20 个工作日）\n',
      extended: '已延长 R20250310-001 的答复期限至 2025-05-06（requests/2025/R20250310-001.yaml）\n',
      answered: '已登记 R20250310-001 的答复（2025-04-25；requests/2025/R20250310-001.yaml），答复期限为 2025-05-06\n',
      appeal: '已登记 R20250310-001 的行政复议（尚未审结；requests/2025/R20250310-001.yaml）\n',
      state: '已答复',
      partial: '部分公开: 保护第三方合法权益 2025-04-25',
    },
  ],
  [
    'en',
    SETTINGS_EN,
    {
      added: 'Logged request R20250310-001 (requests/2025/R20250310-001.yaml); answer due by 2025-04-08 (20 working days)\n',
      extended: 'Extended the deadline of R20250310-001 to 2025-05-06 (requests/2025/R20250310-001.yaml)\n',
      answered: 'Logged the answer to R20250310-001 (2025-04-25; requests/2025/R20250310-001.yaml); the deadline was 2025-05-06\n',
      appeal: 'Logged the administrative review of R20250310-001 (not yet decided; requests/2025/R20250310-001.yaml)\n',
      state: 'answered',
      partial: 'partly disclosed: protects a third party',
    },
  ],
])('request commands in %s', (lang, settings, says) => {
  it('add, extend, answer, appeal and list a request, each journaled, and verify passes', () => {
    const root = writeArchive({ 'xwgk.yaml': settings + HOLIDAYS });
    // Labels in either language and dates written the Chinese way are accepted (SPEC "One vocabulary").
    const add = run(root, lang, [
      'add',
      '--received',
      '2025年3月10日',
      '--channel',
      '网络',
      '--applicant',
      'natural person',
      '--asked',
      '申请公开2024年食堂食材采购合同',
      '--handler',
      '李敏',
      '--today',
      '2025-03-10',
    ]);
    expect(add).toMatchObject({ code: 0, stdout: says.added, stderr: '' });
    expect(readFileSync(join(root, 'requests/2025/R20250310-001.yaml'), 'utf8')).toBe(
      '# yaml-language-server: $schema=../../schema/request.json\nid: R20250310-001\nreceived: 2025-03-10\nchannel: online\napplicant: person\nasked: 申请公开2024年食堂食材采购合同\nhandler: 李敏\n',
    );
    const ext = run(root, lang, [
      'extend',
      'R20250310-001',
      '--reason',
      '需要征求第三方意见',
      '--on',
      '2025-04-03',
      '--today',
      '2025-04-03',
    ]);
    expect(ext).toMatchObject({ code: 0, stdout: says.extended, stderr: '' });
    const ans = run(root, lang, [
      'answer',
      'R20250310-001',
      '--outcome',
      'partial',
      '--reason',
      'third-party',
      '--on',
      '2025-04-25',
      '--note',
      '供应商账户信息已删除',
      '--today',
      '2025-04-28',
    ]);
    expect(ans).toMatchObject({ code: 0, stdout: says.answered, stderr: '' });
    const appeal = run(root, lang, ['appeal', 'R20250310-001', '--kind', 'review', '--filed', '2025-05-06', '--today', '2025-05-06']);
    expect(appeal).toMatchObject({ code: 0, stdout: says.appeal });
    expect(journalLines(root).map((l) => JSON.parse(l).action)).toEqual(['request', 'extend', 'answer', 'appeal']);
    const list = run(root, lang, ['list', '--today', '2025-06-01']);
    expect(list.code).toBe(0);
    expect(list.stdout).toContain(says.state);
    expect(list.stdout).toContain(says.partial);
    const json = JSON.parse(run(root, lang, ['list', '--format', 'json', '--today', '2025-06-01']).stdout);
    expect(json).toEqual([
      expect.objectContaining({
        id: 'R20250310-001',
        due: '2025-04-08',
        extendedDue: '2025-05-06',
        state: 'answered',
        outcome: 'partial',
        reason: 'third-party',
        answered: '2025-04-25',
      }),
    ]);
    const verify = spawnCli(['--archive', root, 'verify', '--format', 'json']);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, records: 0, problems: [] });
  });

  it('refuses bad input with exit 2, in the user’s language, writing nothing', () => {
    const root = writeArchive({ 'xwgk.yaml': settings });
    const base = [
      'add',
      '--received',
      '2025-03-10',
      '--channel',
      'online',
      '--applicant',
      'person',
      '--asked',
      '某项信息',
      '--today',
      '2025-03-10',
    ];
    const cases: [string[], RegExp][] = [
      [
        ['add', '--channel', 'online', '--today', '2025-03-10'],
        lang === 'en' ? /the required field --applicant is missing/ : /缺少必填字段“--applicant”/,
      ],
      [
        base.map((a) => (a === 'online' ? 'telegram' : a)),
        lang === 'en'
          ? /--channel: "telegram" is not recognised[\s\S]*in-person \(in person\), post \(by post\)/
          : /--channel 的值“telegram”无法识别[\s\S]*in-person（当面）/,
      ],
      [
        base
          .map((a) => (a === '2025-03-10' ? '2025-02-30' : a))
          .slice(0, -2)
          .concat('--today', '2025-03-10'),
        lang === 'en' ? /not a valid date/ : /不是有效日期/,
      ],
      [[...base.slice(0, -1), '2025-03-01'], lang === 'en' ? /after today/ : /晚于今天/],
    ];
    for (const [args, message] of cases) {
      const r = run(root, lang, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
    expect(requestFiles(root)).toEqual([]);
    expect(journalLines(root)).toEqual([]);

    expect(run(root, lang, base).code).toBe(0);
    const before = journalLines(root).length;
    const bad: string[][] = [
      ['answer', 'R20250310-001', '--outcome', 'withheld', '--today', '2025-03-20'], // no reason
      ['answer', 'R20250310-001', '--outcome', 'granted', '--today', '2025-03-20'],
      ['answer', 'R20250310-001', '--outcome', 'disclosed', '--on', '2025-03-01', '--today', '2025-03-20'], // before receipt
      ['answer', 'R20250311-009', '--outcome', 'disclosed', '--today', '2025-03-20'],
      ['answer', 'R20250310-001', '--outcome', 'disclosed', '--record', '20250101-001', '--today', '2025-03-20'],
      ['extend', 'R20250310-001', '--today', '2025-03-20'], // no reason
      ['appeal', 'R20250310-001', '--kind', 'petition', '--today', '2025-03-20'],
      ['list', '--year', '25'],
    ];
    for (const args of bad) expect(run(root, lang, args).code, args.join(' ')).toBe(2);
    const ambiguous = run(root, lang, ['answer', 'R20250310-001', '--outcome', '不予', '--today', '2025-03-20']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(
      lang === 'en'
        ? /--outcome: "不予" could be more than one: withheld \(not disclosed\), not-processed \(not processed\)/
        : /--outcome 的值“不予”不唯一，可能是：withheld（不予公开）、not-processed（不予处理）/,
    );
    expect(journalLines(root)).toHaveLength(before);
    expect(run(root, lang, ['answer', 'R20250310-001', '--outcome', '予以公开', '--today', '2025-03-20']).code).toBe(0);
    const again = run(root, lang, ['answer', 'R20250310-001', '--outcome', 'disclosed', '--today', '2025-03-21']);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(lang === 'en' ? /was answered on 2025-03-20; nothing was changed/ : /已于 2025-03-20 答复，未做改动/);
  });

  it('writes a second extension and a late answer as they happened, and says the check will report them', () => {
    const root = archiveWithRequest(settings, lang);
    expect(run(root, lang, ['extend', 'R20250310-001', '--reason', 'a', '--today', '2025-04-01']).code).toBe(0);
    const twice = run(root, lang, ['extend', 'R20250310-001', '--reason', 'b', '--today', '2025-04-02']);
    expect(twice.code).toBe(0);
    expect(twice.stderr).toMatch(lang === 'en' ? /extension 2/ : /第 2 次延期/);
    const late = run(root, lang, ['answer', 'R20250310-001', '--outcome', 'disclosed', '--today', '2025-06-02']);
    expect(late.code).toBe(0);
    expect(late.stderr).toMatch(lang === 'en' ? /working days late/ : /超过 \d+ 个工作日/);
    const check = spawnCli(['--archive', root, '--lang', lang, 'check', 'requests', '--today', '2025-06-03', '--format', 'json']);
    expect(check.code).toBe(1);
    expect(JSON.parse(check.stdout).findings.map((f: { code: string }) => f.code)).toEqual(['requests.late', 'requests.extended-twice']);
  });

  it('holds a hand edit of a request to the journal until request amend accepts it', () => {
    const root = archiveWithRequest(settings, lang);
    const file = join(root, 'requests/2025/R20250310-001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('asked: x', 'asked: 申请公开校车运营合同'));
    const changed = spawnCli(['--archive', root, '--lang', lang, 'verify', '--format', 'json']);
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout).problems).toEqual([
      expect.objectContaining({
        kind: 'changed',
        id: 'R20250310-001',
        message: expect.stringContaining('requests/2025/R20250310-001.yaml'),
      }),
    ]);
    expect(run(root, lang, ['amend', 'R20250310-001']).code).toBe(2);
    const amend = run(root, lang, ['amend', 'R20250310-001', '--reason', '补全申请内容']);
    expect(amend.code).toBe(0);
    expect(JSON.parse(journalLines(root).at(-1)!)).toMatchObject({ action: 'amend', id: 'R20250310-001', reason: '补全申请内容' });
    expect(spawnCli(['--archive', root, 'verify']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('asked: 申请公开校车运营合同');
  });
});
