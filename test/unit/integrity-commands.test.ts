/** amend, withdraw, verify, seal, attachments and the lock, run in-process on small archives. */
import { appendFileSync, existsSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, tempDir, writeArchive } from '../helpers/archive.js';
import { writeCsv } from '../helpers/sheets.js';
import { loadArchive } from '../../src/archive/load.js';
import { termSealStatus } from '../../src/archive/seal.js';
import { GENESIS, sha256Hex } from '../../src/model/chain.js';

const FIN = [
  '--category',
  'finance',
  '--title',
  '9月财务收支',
  '--content',
  '收入186400元',
  '--time',
  '2025-10-10',
  '--responsible',
  '王建国',
  '--review-by',
  '领导小组',
  '--review-on',
  '2025-10-09',
  '--supervision-by',
  '监督小组',
  '--supervision-on',
  '2025-10-09',
];
const PLAN = ['--category', 'plan', '--title', '学年工作计划', '--content', '计划全文', '--time', '2025-09-15', '--responsible', '王建国'];

/** The lock tests shorten the wait; the CLI reads it from its Io's environment, as every variable. */
let lockWait: Record<string, string> = {};

async function x(root: string, ...args: string[]) {
  return cli([...args, '--archive', root], { env: { XWGK_LANG: 'en', ...lockWait } });
}

/** An archive with two records added through the tool. */
async function archiveWithTwo(): Promise<string> {
  const root = writeArchive();
  expect((await x(root, 'add', '--yes', ...FIN)).code).toBe(0);
  expect((await x(root, 'add', '--yes', ...PLAN)).code).toBe(0);
  return root;
}

const journal = (root: string) =>
  readFileSync(join(root, 'journal.jsonl'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l));
const recordText = (root: string, id: string) => readFileSync(join(root, `records/${id.slice(0, 4)}/${id}.yaml`), 'utf8');
async function verifyJson(root: string, ...more: string[]) {
  const r = await x(root, 'verify', '--format', 'json', ...more);
  return {
    code: r.code,
    ...(JSON.parse(r.stdout) as { ok: boolean; records: number; problems: { kind: string; id?: string; message: string }[] }),
  };
}

afterEach(() => {
  lockWait = {};
});

describe('the journal', () => {
  it('gets one chained line per add, with the hash of the file as written', async () => {
    const root = await archiveWithTwo();
    const [a, b] = journal(root);
    expect(a).toMatchObject({ seq: 1, action: 'add', id: '20251010-001', file: 'records/2025/20251010-001.yaml', prev: GENESIS });
    expect(a.sha256).toBe(sha256Hex(readFileSync(join(root, a.file))));
    const firstLine = readFileSync(join(root, 'journal.jsonl'), 'utf8').split('\n')[0]!;
    expect(b).toMatchObject({ seq: 2, action: 'add', id: '20250915-001', prev: sha256Hex(firstLine) });
    expect(Object.keys(a)).toEqual(['seq', 'time', 'action', 'id', 'file', 'sha256', 'prev', 'hash']);
    expect(await verifyJson(root)).toEqual({ code: 0, ok: true, records: 2, unsealed: 2, problems: [], skipped: [] });
  });

  it('takes its time from XWGK_NOW when set', async () => {
    const root = writeArchive();
    await cli(['add', '--yes', ...PLAN, '--archive', root], { env: { XWGK_NOW: '2025-09-15T08:30:00+08:00' } });
    expect(journal(root)[0].time).toBe('2025-09-15T00:30:00.000Z');
  });

  it('cuts a torn last line (a crash mid-append) before the next append', async () => {
    const root = await archiveWithTwo();
    appendFileSync(join(root, 'journal.jsonl'), '{"seq":3,"time":"2025');
    expect((await verifyJson(root)).problems.map((p) => p.kind)).toEqual(['chain']);
    await x(root, 'withdraw', '20250915-001', '--reason', '重复登记', '--today', '2025-09-20');
    expect(journal(root).map((e) => e.seq)).toEqual([1, 2, 3]);
    expect((await verifyJson(root)).ok).toBe(true);
  });
});

describe('amend', () => {
  it('changes fields given as add reads them, and journals the reason', async () => {
    const root = await archiveWithTwo();
    const r = await x(
      root,
      'amend',
      '20250915-001',
      '--set',
      'title=2025学年工作计划',
      '--set',
      'form=校务公开栏,website',
      '--set',
      'review=校务公开领导小组,2025-09-14',
      '--reason',
      '标题写错',
    );
    expect(r.code).toBe(0);
    const text = recordText(root, '20250915-001');
    expect(text).toContain('title: 2025学年工作计划');
    expect(text).toContain('form: [board, website]');
    expect(text).toMatch(/review:\s*\n?\s*by: 校务公开领导小组\n\s*on: 2025-09-14/);
    expect(journal(root)[2]).toMatchObject({ seq: 3, action: 'amend', id: '20250915-001', reason: '标题写错' });
    expect((await verifyJson(root)).ok).toBe(true);
  });

  it('refuses an invalid value, an unknown key, the id, and a missing reason — writing nothing', async () => {
    const root = await archiveWithTwo();
    const before = recordText(root, '20250915-001');
    const journalBefore = readFileSync(join(root, 'journal.jsonl'), 'utf8');
    for (const args of [
      ['--set', 'time=2025-02-30', '--reason', 'r'],
      ['--set', 'audience=everyone', '--reason', 'r'],
      ['--set', 'titel=x', '--reason', 'r'],
      ['--set', 'id=20250915-002', '--reason', 'r'],
      ['--set', 'title=', '--reason', 'r'],
      ['--set', 'title'],
      ['--set', 'title=x'],
      ['--set', 'title=x', '--reason', '  '],
      ['--attach', 'no-such-file.jpg', '--reason', 'r'],
    ]) {
      const r = await x(root, 'amend', '20250915-001', ...args);
      expect(r.code, args.join(' ')).toBe(2);
    }
    const bad = await x(root, 'amend', '20250915-001', '--set', 'time=2025-02-30', '--reason', 'r');
    expect(bad.stderr).toContain('--set time');
    expect((await x(root, 'amend', '20250915-001', '--set', 'titel=x', '--reason', 'r')).stderr).toContain('did you mean title?');
    expect(recordText(root, '20250915-001')).toBe(before);
    expect(readFileSync(join(root, 'journal.jsonl'), 'utf8')).toBe(journalBefore);
  });

  it('accepts a hand edit with its reason, keeping the file as the clerk wrote it', async () => {
    const root = await archiveWithTwo();
    const file = join(root, 'records/2025/20250915-001.yaml');
    const edited = readFileSync(file, 'utf8').replace('计划全文', '计划全文（已补充）') + '# 王建国 9月16日改\n';
    writeFileSync(file, edited);
    const v = await verifyJson(root);
    expect(v.code).toBe(1);
    expect(v.problems).toEqual([
      { kind: 'changed', id: '20250915-001', message: expect.stringContaining('records/2025/20250915-001.yaml') },
    ]);
    const r = await x(root, 'amend', '20250915-001', '--reason', '补充计划内容');
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(edited);
    expect(journal(root)[2]).toMatchObject({ action: 'amend', reason: '补充计划内容', sha256: sha256Hex(edited) });
    expect((await verifyJson(root)).ok).toBe(true);
    // Nothing left to accept: nothing written.
    expect((await x(root, 'amend', '20250915-001', '--reason', 'again')).code).toBe(0);
    expect(journal(root)).toHaveLength(3);
  });

  it('refuses a hand edit that breaks the record, pointing at the line', async () => {
    const root = await archiveWithTwo();
    const file = join(root, 'records/2025/20250915-001.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('time: 2025-09-15', 'time: 2025-09-31'));
    const r = await x(root, 'amend', '20250915-001', '--reason', 'r');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/records\/2025\/20250915-001\.yaml:\d+:\d+/);
    expect(journal(root)).toHaveLength(2);
  });
});

describe('withdraw', () => {
  it('marks the record withdrawn with date and reason, never deleting it', async () => {
    const root = await archiveWithTwo();
    const r = await x(root, 'withdraw', '20250915-001', '--reason', '重复登记', '--today', '2025-09-20');
    expect(r.code).toBe(0);
    const text = recordText(root, '20250915-001');
    expect(text).toContain('status: withdrawn');
    expect(text).toContain('withdrawn:\n  on: 2025-09-20\n  reason: 重复登记');
    expect(journal(root)[2]).toMatchObject({ action: 'withdraw', id: '20250915-001', reason: '重复登记' });
    expect((await x(root, 'withdraw', '20250915-001', '--reason', 'again')).code).toBe(2);
    expect((await x(root, 'withdraw', '20250915-001')).code).toBe(2);
    expect((await x(root, 'withdraw', '20250101-009', '--reason', 'x')).code).toBe(2);
  });
});

describe('attachments', () => {
  it('copies evidence into attachments/YYYY/<id>-N.<ext> with its hash', async () => {
    const root = writeArchive();
    const src = tempDir();
    writeFileSync(join(src, 'Board.JPG'), 'photo');
    writeFileSync(join(src, 'scan.pdf'), 'scan');
    const r = await cli(['add', '--yes', ...PLAN, '--attach', 'Board.JPG', '--attach', 'scan.pdf', '--archive', root], { cwd: src });
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, 'attachments/2025/20250915-001-1.jpg'), 'utf8')).toBe('photo');
    expect(recordText(root, '20250915-001')).toContain(`- path: attachments/2025/20250915-001-2.pdf\n    sha256: ${sha256Hex('scan')}`);
    const a = await cli(['amend', '20250915-001', '--attach', 'scan.pdf', '--reason', '补扫描件', '--archive', root], { cwd: src });
    expect(a.code).toBe(0);
    expect(existsSync(join(root, 'attachments/2025/20250915-001-3.pdf'))).toBe(true);
    expect(journal(root)[1]).toMatchObject({ action: 'attach', reason: '补扫描件' });
    expect((await verifyJson(root)).ok).toBe(true);
    writeFileSync(join(root, 'attachments/2025/20250915-001-1.jpg'), 'another photo');
    rmSync(join(root, 'attachments/2025/20250915-001-2.pdf'));
    expect((await verifyJson(root)).problems.map((p) => [p.kind, p.id])).toEqual([
      ['attachment', '20250915-001'],
      ['attachment', '20250915-001'],
    ]);
  });

  it('refuses a missing file, a folder, and an attachments folder that leads outside — writing nothing', async () => {
    const root = writeArchive();
    const src = tempDir();
    for (const f of ['missing.jpg', src]) {
      const r = await x(root, 'add', '--yes', ...PLAN, '--attach', f);
      expect(r.code).toBe(2);
    }
    const outside = tempDir();
    symlinkSync(outside, join(root, 'attachments'));
    writeFileSync(join(src, 'a.jpg'), 'x');
    const r = await x(root, 'add', '--yes', ...PLAN, '--attach', join(src, 'a.jpg'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('outside the archive');
    expect(existsSync(join(root, 'records/2025'))).toBe(false);
    expect(existsSync(join(root, 'journal.jsonl'))).toBe(false);
    expect(existsSync(join(outside, '2025'))).toBe(false);
  });
});

describe('verify', () => {
  it('names missing, unjournaled and changed records', async () => {
    const root = await archiveWithTwo();
    unlinkSync(join(root, 'records/2025/20251010-001.yaml'));
    writeFileSync(join(root, 'records/2025/20250916-001.yaml'), recordText(root, '20250915-001').replace('20250915-001', '20250916-001'));
    appendFileSync(join(root, 'records/2025/20250915-001.yaml'), '\n');
    const v = await verifyJson(root);
    expect(v.code).toBe(1);
    expect(v.records).toBe(2);
    expect(v.problems.map((p) => [p.kind, p.id])).toEqual([
      ['missing', '20251010-001'],
      ['changed', '20250915-001'],
      ['unjournaled', '20250916-001'],
    ]);
  });

  it('finds a changed, removed or reordered journal line', async () => {
    const root = await archiveWithTwo();
    await x(root, 'withdraw', '20250915-001', '--reason', '重复', '--today', '2025-09-20');
    const path = join(root, 'journal.jsonl');
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    const cases: [string, string[]][] = [
      ['reason changed in the last line', [lines[0]!, lines[1]!, lines[2]!.replace('重复', '重复登记')]],
      ['a line removed', [lines[0]!, lines[2]!]],
      ['two lines swapped', [lines[1]!, lines[0]!, lines[2]!]],
    ];
    for (const [what, text] of cases) {
      writeFileSync(path, text.join('\n') + '\n');
      const v = await verifyJson(root);
      expect(
        v.problems.some((p) => p.kind === 'chain'),
        what,
      ).toBe(true);
    }
    const r = await x(root, 'verify');
    expect(r.stdout).toContain('journal.jsonl:2');
  });

  it('refuses a malformed digest (exit 2) and reports an unknown one (exit 1)', async () => {
    const root = await archiveWithTwo();
    expect((await x(root, 'verify', '--digest', 'xyz')).code).toBe(2);
    const v = await verifyJson(root, '--digest', 'ab'.repeat(32));
    expect(v.problems).toEqual([{ kind: 'digest', message: expect.stringContaining('no seal in the journal') }]);
  });

  it('is the integrity check', async () => {
    const root = await archiveWithTwo();
    appendFileSync(join(root, 'records/2025/20250915-001.yaml'), '# edited\n');
    const r = await x(root, 'check', 'integrity', '--format', 'json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings).toEqual([
      expect.objectContaining({
        check: 'integrity',
        code: 'integrity.changed',
        severity: 'error',
        id: '20250915-001',
        file: 'records/2025/20250915-001.yaml',
      }),
    ]);
    expect((await x(root, 'check', '--list')).stdout).toContain('integrity');
  });
});

describe('seal', () => {
  it('dates the certificate and the seal in the archive’s time zone', async () => {
    const root = await archiveWithTwo();
    const { readFileSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    writeFileSync(join(root, 'xwgk.yaml'), `${readFileSync(join(root, 'xwgk.yaml'), 'utf8')}timezone: America/Los_Angeles\n`);
    const s = await cli(['seal', '--term', '2025-2026-1', '--today', '2026-01-26', '--archive', root], {
      env: { XWGK_LANG: 'zh-CN', XWGK_NOW: '2026-01-26T06:30:00Z' },
    });
    expect(s.stdout).toContain('2026-01-25 22:30:00 (America/Los_Angeles)');
    // The seal's date is the clerk's --today (issue 14); the certificate's clock is the school's zone.
    expect(termSealStatus(loadArchive(root), '2025-2026-1').sealedOn).toBe('2026-01-26');
    writeFileSync(
      join(root, 'xwgk.yaml'),
      `${readFileSync(join(root, 'xwgk.yaml'), 'utf8').replace('America/Los_Angeles', 'Mars/Olympus')}`,
    );
    const bad = await cli(['terms', '--archive', root], { env: { XWGK_LANG: 'zh-CN' } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('时区“Mars/Olympus”无法识别');
  });

  it('prints the certificate, then needs a reason for any change to the term, which verify shows until resealed', async () => {
    const root = await archiveWithTwo();
    const s = await cli(['seal', '--term', '2025-2026-1', '--today', '2026-01-26', '--archive', root], {
      env: { XWGK_LANG: 'zh-CN', XWGK_NOW: '2026-01-26T09:00:00+08:00' },
    });
    expect(s.code).toBe(0);
    const seal = journal(root)[2];
    expect(seal).toMatchObject({
      seq: 3,
      action: 'seal',
      id: '2025-2026-1',
      term: '2025-2026-1',
      records: ['20250915-001', '20251010-001'],
      time: '2026-01-26T01:00:00.000Z',
    });
    expect(s.stdout).toContain('校务公开档案封存凭证');
    expect(s.stdout).toContain('测试小学');
    expect(s.stdout).toContain('2 条（编号 20250915-001 至 20251010-001）');
    expect(s.stdout).toContain(seal.digest.match(/.{4}/g).slice(0, 8).join(' '));
    expect(s.stdout).toContain(`摘要简码：${seal.digest.match(/.{4}/g).slice(0, 4).join(' ')}`);
    expect(s.stdout).toContain(seal.prev);
    expect(s.stdout).toContain('（学校盖章）');
    // The journal keeps UTC; the certificate shows the school's own clock, and names the zone.
    expect(s.stdout).toContain('2026-01-26 09:00:00 (Asia/Shanghai)');
    expect(s.stdout).not.toContain('01:00:00.000Z');
    expect(termSealStatus(loadArchive(root), '2025-2026-1')).toEqual({
      sealed: true,
      digest: seal.digest,
      sealedOn: '2026-01-26',
      changedSince: [],
    });
    expect((await verifyJson(root, '--digest', seal.digest)).ok).toBe(true);

    // Adding to or changing the sealed term needs a reason.
    expect((await x(root, 'add', '--yes', ...PLAN, '--time', '2025-11-01')).code).toBe(2);
    expect((await x(root, 'withdraw', '20250915-001', '--reason', '重复')).code).toBe(0);
    const v = await verifyJson(root);
    expect(v.problems.map((p) => [p.kind, p.id])).toEqual([['seal', '20250915-001']]);
    expect(v.problems[0]!.message).toContain('reason: 重复');
    const d = await verifyJson(root, '--digest', seal.digest.slice(0, 16));
    expect(d.problems.map((p) => [p.kind, p.id])).toEqual([
      ['seal', '20250915-001'],
      ['digest', '20250915-001'],
    ]);
    expect(termSealStatus(loadArchive(root), '2025-2026-1').changedSince).toEqual(['20250915-001']);

    // Sealed again, verify passes; the old digest still tells what changed since.
    expect((await x(root, 'seal', '--term', '2025-2026-1')).code).toBe(0);
    expect((await verifyJson(root)).ok).toBe(true);
    expect((await verifyJson(root, '--digest', seal.digest)).problems.map((p) => p.kind)).toEqual(['digest']);
  });

  it('refuses an empty term, a missing --term, and a term whose records differ from the journal', async () => {
    const root = await archiveWithTwo();
    expect((await x(root, 'seal', '--term', '2030-2031-1')).code).toBe(2);
    expect((await x(root, 'seal')).code).toBe(2);
    appendFileSync(join(root, 'records/2025/20250915-001.yaml'), '# edited\n');
    const r = await x(root, 'seal', '--term', '2025-2026-1', '--out', join(root, 'cert.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('20250915-001');
    expect(journal(root)).toHaveLength(2);
    expect(existsSync(join(root, 'cert.txt'))).toBe(false);
  });
});

describe('import into a sealed term', () => {
  it('is refused as a whole without --reason, and journaled with it', async () => {
    const root = await archiveWithTwo();
    expect((await x(root, 'seal', '--term', '2025-2026-1')).code).toBe(0);
    const header = ['日期', '类别', '事项', '内容', '形式', '范围', '责任人'];
    const csv = writeCsv(
      tempDir(),
      '台账.csv',
      [
        header,
        ['2026-03-02', 'plan', '春季计划', '内容', '校务公开栏', '教职工', '王建国'],
        ['2025-11-02', 'plan', '补登', '内容', '校务公开栏', '教职工', '王建国'],
      ],
      'utf8-bom',
    );
    const r = await x(root, 'import', csv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('row 3 "补登" belongs to the term 2025-2026-1');
    expect(existsSync(join(root, 'records/2026'))).toBe(false);
    expect(journal(root)).toHaveLength(3);
    expect((await x(root, 'import', csv, '--reason', '补登纸质台账')).code).toBe(0);
    expect(
      journal(root)
        .slice(3)
        .map((e) => [e.action, e.reason]),
    ).toEqual([
      ['import', '补登纸质台账'],
      ['import', '补登纸质台账'],
    ]);
  });
});

describe('the lock', () => {
  it('makes a writer give up with exit 3 and nothing written while a live process holds it', async () => {
    const root = await archiveWithTwo();
    lockWait = { XWGK_LOCK_WAIT_MS: '300' };
    writeFileSync(
      join(root, '.xwgk.lock'),
      JSON.stringify({ pid: process.pid, host: hostname(), time: new Date().toISOString(), token: 'other' }),
    );
    const r = await x(root, 'add', '--yes', ...PLAN);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('busy');
    expect(journal(root)).toHaveLength(2);
    expect(existsSync(join(root, 'records/2025/20250915-002.yaml'))).toBe(false);
  });

  it('clears a stale lock: a dead process on this host, or one too old', async () => {
    const root = await archiveWithTwo();
    lockWait = { XWGK_LOCK_WAIT_MS: '300' };
    writeFileSync(
      join(root, '.xwgk.lock'),
      JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname(), time: new Date().toISOString(), token: 'dead' }),
    );
    expect((await x(root, 'add', '--yes', ...PLAN)).code).toBe(0);
    writeFileSync(join(root, '.xwgk.lock'), JSON.stringify({ pid: 1, host: 'another-host', time: '2020-01-01T00:00:00Z', token: 'old' }));
    expect((await x(root, 'add', '--yes', ...PLAN)).code).toBe(0);
    expect(existsSync(join(root, '.xwgk.lock'))).toBe(false);
    expect(journal(root)).toHaveLength(4);
  });
});
