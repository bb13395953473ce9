/**
 * The hints that suggest an amend show a command that works as printed (issue 11, part 4): copied
 * from `check`'s output and run, it settles the finding — in both languages.
 */
import { describe, expect, it } from 'vitest';
import { FINANCE, journalRecords, recordYaml, spawnCli, writeArchive } from '../helpers/archive.js';

/** The words of a printed command as a shell would split them (double quotes group). */
function words(command: string): string[] {
  return [...command.matchAll(/(?:[^\s"]+|"[^"]*")+/g)].map((m) => m[0].replaceAll('"', ''));
}

describe.each(['zh-CN', 'en'])('approval hints (%s)', (lang) => {
  it('run as printed, record the approval, and the finding is gone', () => {
    const root = writeArchive({
      'records/2025/20251010-001.yaml': recordYaml({ ...FINANCE, supervision: undefined }).replace('supervision: undefined\n', ''),
    });
    journalRecords(root);
    const env = { XWGK_TODAY: '2025-11-20' };
    const before = spawnCli(['--archive', root, '--lang', lang, 'check', 'approvals'], { env });
    expect(before.code).toBe(1);
    const printed = /xwgk (amend 20251010-001 .*)$/m.exec(before.stdout)?.[1];
    expect(printed, before.stdout).toBeDefined();
    const fixed = spawnCli(['--archive', root, '--lang', lang, ...words(printed!)], { env });
    expect(fixed.code, fixed.stderr).toBe(0);
    const after = spawnCli(['--archive', root, '--lang', lang, 'check', 'approvals', 'integrity'], { env });
    expect(after.code, after.stdout).toBe(0);
  });
});

describe('amend --set nested keys', () => {
  it('sets review.by and review.on one at a time, with dates as typed; every error once', () => {
    const root = writeArchive({
      'records/2025/20251010-001.yaml': recordYaml({ ...FINANCE, review: undefined }).replace('review: undefined\n', ''),
    });
    journalRecords(root);
    const ok = spawnCli([
      '--archive',
      root,
      'amend',
      '20251010-001',
      '--set',
      'review.by=校务公开领导小组',
      '--set',
      'review.on=2025年10月9日',
      '--reason',
      '补记',
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    const shown = spawnCli(['--archive', root, 'show', '20251010-001', '--format', 'json']);
    expect(JSON.parse(shown.stdout).review).toEqual({ by: '校务公开领导小组', on: '2025-10-09' });
    const bad = spawnCli(['--archive', root, '--lang', 'en', 'amend', '20251010-001', '--set', 'review.on=2025-13-01', '--reason', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr.match(/is not a valid date/g)).toHaveLength(1);
  });
});
