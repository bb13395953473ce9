/**
 * Hostile tests of what `verify` vouches for (issue 14, items 7, 8, 12, 13): a quiet edit of
 * `xwgk.yaml`, the changes no seal covers yet, a git checkout that converted line endings, and
 * twenty writers changing one record at once. Real processes of the built CLI (`npm run build` first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../helpers/archive.js';
import { loadArchive } from '../../src/archive/load.js';
import { addFlags } from '../helpers/add-flags.js';

const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', XWGK_LANG: 'en', XWGK_NO_CACHE: '1' };
function x(args: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...env, ...extra }, timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const ADD = addFlags({ category: 'plan', title: '学期工作计划', content: '内容', time: '2025-09-15', responsible: '王建国' });

function archive(): string {
  const root = join(tempDir(), 'a');
  expect(x(['init', root, '--school', '测试小学']).code).toBe(0);
  expect(x(['--archive', root, ...ADD]).code).toBe(0);
  return root;
}

describe('xwgk.yaml under integrity (item 7)', () => {
  it.each([
    ['feedback_days: 1', (s: string) => s.replace(/^feedback_days: 15$/m, 'feedback_days: 1')],
    ['a category disabled', (s: string) => `${s}catalog:\n  disable: [finance]\n`],
  ])('%s by hand: verify and check report it until amend xwgk.yaml --reason accepts it', (_, edit) => {
    const root = archive();
    const path = join(root, 'xwgk.yaml');
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    let v = x(['--archive', root, 'verify', '--format', 'json']);
    expect(v.code, v.stderr).toBe(1);
    expect(JSON.parse(v.stdout).problems).toEqual([
      {
        kind: 'changed',
        id: 'xwgk.yaml',
        message: expect.stringContaining('the settings file xwgk.yaml differs from what journal line 1 recorded'),
      },
    ]);
    expect(x(['--archive', root, 'check', 'integrity', '--today', '2025-10-01']).code).toBe(1);
    expect(x(['--archive', root, 'amend', 'xwgk.yaml']).code).toBe(2);
    const a = x(['--archive', root, 'amend', 'xwgk.yaml', '--reason', '按上级要求调整']);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toContain('accepted the change of the settings file');
    v = x(['--archive', root, 'verify']);
    expect(v.code, v.stdout).toBe(0);
    const last = JSON.parse(readFileSync(join(root, 'journal.jsonl'), 'utf8').trimEnd().split('\n').at(-1)!);
    expect(last).toMatchObject({ action: 'settings', id: 'xwgk.yaml', file: 'xwgk.yaml', reason: '按上级要求调整' });
  });

  it('a seal covers the settings: changed after the seal, verify says so and --digest names it; the seal date is --today', () => {
    const root = archive();
    const s = x(['--archive', root, 'seal', '--term', '2025-2026-1', '--today', '2026-02-03'], { XWGK_NOW: '2026-03-15T02:00:00Z' });
    expect(s.code, s.stderr).toBe(0);
    const seal = JSON.parse(readFileSync(join(root, 'journal.jsonl'), 'utf8').trimEnd().split('\n').at(-1)!);
    expect(seal).toMatchObject({ action: 'seal', on: '2026-02-03', settings: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(x(['--archive', root, 'verify', '--digest', seal.digest]).code).toBe(0);
    const path = join(root, 'xwgk.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^feedback_days: 15$/m, 'feedback_days: 1'));
    expect(x(['--archive', root, 'amend', 'xwgk.yaml', '--reason', '调整']).code).toBe(0);
    const v = x(['--archive', root, 'verify', '--digest', seal.digest]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain(
      '[seal] xwgk.yaml: the settings file xwgk.yaml was changed after the term 2025-2026-1 was sealed on 2026-02-03',
    );
    expect(v.stdout).toContain(
      '[digest] xwgk.yaml: the settings file xwgk.yaml was changed after the term 2025-2026-1 was sealed on 2026-02-03',
    );
  });
});

describe('what no seal covers yet (item 8)', () => {
  it('verify counts the journal entries after the last seal, and says nothing once all are sealed', () => {
    const root = archive();
    expect(x(['--archive', root, ...ADD]).code).toBe(0);
    let v = x(['--archive', root, 'verify']);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('the latest 3 changes are not sealed yet');
    expect(x(['--lang', 'zh-CN', '--archive', root, 'verify']).stdout).toContain('最近 3 条改动尚未封存');
    expect(x(['--archive', root, 'seal', '--term', '2025-2026-1', '--today', '2026-02-03']).code).toBe(0);
    v = x(['--archive', root, 'verify']);
    expect(v.stdout).not.toContain('not sealed yet');
    expect(x(['--archive', root, ...ADD]).code).toBe(2); // sealed term: needs --reason
    expect(x(['--archive', root, ...ADD, '--reason', '补登']).code).toBe(0);
    expect(x(['--archive', root, 'verify']).stdout).toContain('the latest 1 changes are not sealed yet');
  });
});

describe('a git checkout with core.autocrlf (item 12)', () => {
  const git = (cwd: string, ...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };
  function cloneWithAutocrlf(root: string): string {
    git(root, 'init', '-q');
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'archive');
    const copy = join(tempDir(), 'clone');
    git(tempDir(), '-c', 'core.autocrlf=true', 'clone', '-q', root, copy);
    return copy;
  }

  it('the .gitattributes init writes keeps every byte: verify passes on the clone', () => {
    const root = archive();
    expect(readFileSync(join(root, '.gitattributes'), 'utf8')).toContain('* -text');
    const copy = cloneWithAutocrlf(root);
    expect(readFileSync(join(copy, 'journal.jsonl'), 'utf8')).not.toContain('\r\n');
    expect(x(['--archive', copy, 'verify']).code).toBe(0);
  });

  it('without it: verify says the line endings were converted, with the fix, not 11 chain problems', () => {
    const root = archive();
    expect(x(['--archive', root, ...ADD]).code).toBe(0);
    rmSync(join(root, '.gitattributes'));
    const copy = cloneWithAutocrlf(root);
    expect(readFileSync(join(copy, 'journal.jsonl'), 'utf8')).toContain('\r\n');
    const v = x(['--archive', copy, 'verify', '--format', 'json']);
    expect(v.code).toBe(1);
    const problems = JSON.parse(v.stdout).problems as { kind: string; message: string }[];
    expect(problems.filter((p) => p.kind === 'chain')).toHaveLength(1);
    for (const p of problems) expect(p.message).toContain('line endings');
    expect(problems.map((p) => p.message).join('\n')).toContain('git rm --cached -r . && git reset --hard');
  });
});

describe('twenty writers on one record (item 13)', () => {
  it('20 amends and 20 feedback adds at once on one record: all succeed, each change kept and journaled', async () => {
    const root = archive();
    const id = '20250915-001';
    const run = (args: string[]) =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const p = spawn(process.execPath, [BIN, '--archive', root, ...args], {
          env: { ...env, XWGK_LOCK_WAIT_MS: '60000' },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let err = '';
        p.stderr.on('data', (d) => (err += d));
        p.on('close', (code) => resolve({ code, err }));
      });
    const jobs = [
      ...Array.from({ length: 20 }, (_, i) => run(['amend', id, '--set', `tag=标签${i}`, '--reason', `并发${i}`])),
      ...Array.from({ length: 20 }, (_, i) =>
        run([
          'feedback',
          'add',
          id,
          '--channel',
          'opinion-box',
          '--summary',
          `意见${i}`,
          '--received',
          '2025-09-20',
          '--today',
          '2025-09-21',
        ]),
      ),
    ];
    const results = await Promise.all(jobs);
    for (const r of results) expect(r.code, r.err).toBe(0);
    const record = loadArchive(root, { cache: false }).records[0]!.record;
    expect(record.feedback?.map((f) => f.summary).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `意见${i}`).sort());
    const lines = readFileSync(join(root, 'journal.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.action === 'amend')).toHaveLength(20);
    expect(lines.filter((l) => l.action === 'feedback')).toHaveLength(20);
    expect(x(['--archive', root, 'verify']).code).toBe(0);
  }, 180_000);
});
