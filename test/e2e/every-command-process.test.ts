/**
 * Every command run as a real process (the built bin/xwgk.js) on a temporary archive, in both
 * languages, with the exit codes a script relies on: 0 done, 1 findings, 2 bad input, 3 busy.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnCli, tempDir } from '../helpers/archive.js';
import { addFlags, PLAIN } from '../helpers/add-flags.js';

const NOW = { XWGK_NOW: '2025-11-20T08:00:00Z', XWGK_TODAY: '2025-11-20' };

function freshArchive(lang: string): string {
  const dir = tempDir();
  const init = spawnCli(['init', 'a', '--school', '测试小学', '--lang', lang], { cwd: dir, env: NOW });
  expect(init.code).toBe(0);
  const root = join(dir, 'a');
  const add = spawnCli(
    [
      '--archive',
      root,
      ...addFlags({
        category: 'finance',
        title: '10月财务公开',
        content: '收支情况',
        time: '2025-11-10',
        form: 'board',
        responsible: '王建国',
        'review-by': '领导小组',
        'review-on': '2025-11-07',
        'supervision-by': '监督小组',
        'supervision-on': '2025-11-07',
      }),
    ],
    { env: NOW },
  );
  expect(add.code).toBe(0);
  return root;
}

describe.each(['zh-CN', 'en'])('every command as a process, in %s', (lang) => {
  const env = { ...NOW, XWGK_LANG: lang };
  const zh = lang === 'zh-CN';

  it('runs each report and writing command with exit 0, and 1 when checks find problems', () => {
    const root = freshArchive(lang);
    const run = (...args: string[]) => spawnCli(['--archive', root, ...args], { env });
    const ok = (args: string[], expectOut: RegExp) => {
      const r = run(...args);
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
      expect(r.stdout + r.stderr).toMatch(expectOut);
    };
    ok(['list'], zh ? /共 1 条/ : /\b1 record\b/);
    ok(['show', '20251110-001'], /title: 10月财务公开/);
    ok(['catalog'], zh ? /财务收支/ : /Income and spending/);
    ok(['terms'], /2025-2026-1/);
    ok(['schema'], /"\$schema"/);
    ok(['status'], zh ? /已到期/ : /due/i);
    ok(['audit', '--format', 'md'], /20251110-001/);
    ok(['summary', '--format', 'md'], zh ? /校务公开工作总结/ : /School Affairs Disclosure Report/);
    ok(['export', '--format', 'jsonl'], /"id":"20251110-001"/);
    ok(
      ['feedback', 'add', '20251110-001', '--channel', 'opinion-box', '--summary', '询问水电费明细', '--received', '2025-11-12'],
      /20251110-001/,
    );
    ok(['feedback', 'respond', '20251110-001', '1', '--response', '已在公开栏补充明细', '--responded', '2025-11-13'], /20251110-001/);
    ok(['amend', '20251110-001', '--set', 'handler=李会计', '--reason', '补记经办人'], /20251110-001/);
    ok(['verify'], zh ? /核验通过/ : /verified|no problem/i);
    ok(['completion', 'bash'], /complete/);
    ok(['check', 'schema', 'catalog', 'approvals'], zh ? /通过/ : /passed/);
    ok(['withdraw', '20251110-001', '--reason', '重复登记'], /20251110-001/);
    const sheet = join(tempDir(), 'ledger.csv');
    writeFileSync(
      sheet,
      '\ufeff公开时间,公开类别,公开事项,公开内容,公开形式,公开范围,责任人\r\n2025-11-15,其他事项,运动会通知,运动会安排,校务公开栏,教职工,王建国\r\n',
    );
    ok(['import', sheet], /1/);
    // the whole range up to today: October's accounts are missing, so check finds an error
    const check = run('check', 'completeness');
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(zh ? /2025-10 没有“财务收支”的公开记录/ : /2025-10/);
    ok(['seal', '--term', '2025-2026-1'], /[0-9a-f]{4} [0-9a-f]{4}/);
  }, 120_000);

  it('refuses bad input with exit 2 and says so in the language chosen', () => {
    const root = freshArchive(lang);
    const bad = (args: string[], expectErr: RegExp) => {
      const r = spawnCli(['--archive', root, ...args], { env });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(expectErr);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    };
    bad(['show', '20991231-001'], zh ? /找不到编号为 20991231-001 的记录/ : /no record with the id 20991231-001/);
    bad(['list', '--term', '2025'], zh ? /学期编号“2025”无效/ : /term id "2025" is not valid/);
    bad(['summary', '--format', 'pdf'], zh ? /不支持的格式|pdf/ : /format|pdf/);
    bad(['add', '--category', 'nope'], zh ? /未知的公开类别“nope”/ : /unknown category "nope"/);
    bad(['nosuch'], zh ? /未知命令 nosuch/ : /unknown command nosuch/);
  }, 60_000);

  it('gives up with exit 3, writing nothing, while another writer holds the archive', () => {
    const root = freshArchive(lang);
    // A lock held by a live process on this host (our own test runner) is never stale.
    writeFileSync(
      join(root, '.xwgk.lock'),
      JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString(), token: 'other-writer' }),
    );
    const r = spawnCli(['--archive', root, ...addFlags({ ...PLAIN, title: 'x', content: 'y', time: '2025-11-11', responsible: 'z' })], {
      env: { ...env, XWGK_LOCK_WAIT_MS: '300' },
    });
    expect([r.code, r.stderr]).toEqual([3, expect.stringMatching(zh ? /忙|占用|锁/ : /busy|lock/i)]);
    expect(existsSync(join(root, 'records/2025/20251111-001.yaml'))).toBe(false);
  }, 60_000);
});
