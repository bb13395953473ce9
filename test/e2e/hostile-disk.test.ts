/**
 * Hostile tests of the disk edge (issue 14, items 1, 2, 4, 5, 10, 11, 15, 16, 19): a nearly full
 * tmpfs, a read-only journal, a folder where the journal should be, a user without permission,
 * symlinks out of the archive, FIFOs and devices where files should be, `--out` aimed at the
 * archive's own files, a journal without its final newline, a reader that closes the pipe. Each case
 * failed before the fix. Real processes of the built CLI (`npm run build` first); needs root for
 * mount and setpriv, and fails — never skips — without it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, FINANCE, journalRecords, recordYaml, tempDir, writeArchive, type CliResult } from '../helpers/archive.js';
import { bindReadOnly, fillDisk, openToAll, smallDisk, spawnAsNobody } from '../helpers/hostile.js';
import { addFlags } from '../helpers/add-flags.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** The built CLI with a time limit: a hang is a failure, not a stuck suite. */
function x(
  args: string[],
  opts: { cwd?: string; env?: Record<string, string>; timeout?: number } = {},
): CliResult & { signal: string | null } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? tempDir(),
    encoding: 'utf8',
    timeout: opts.timeout ?? 15_000,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', XWGK_LANG: 'en', XWGK_NO_CACHE: '1', ...opts.env },
  });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '', signal: r.signal };
}

const ADD = ['add', '--yes', '--category', 'plan', '--title', '学期工作计划', '--time', '2025-09-15', '--responsible', '王建国'];

/** A fresh archive in `dir` with one record (20250915-001) written through the tool. */
function archiveIn(dir: string): string {
  const root = join(dir, 'a');
  expect(x(['init', root, '--school', '测试小学']).code).toBe(0);
  expect(x(['--archive', root, ...ADD, '--content', '第一条']).code).toBe(0);
  return root;
}

function temps(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.tmp')) out.push(join(d, e.name));
    }
  };
  walk(root);
  return out;
}

const snapshot = (root: string) => ({
  journal: readFileSync(join(root, 'journal.jsonl'), 'utf8'),
  records: readdirSync(join(root, 'records', '2025')).sort(),
});

/** The promise of "nothing was written": no new record, the journal as it was, no temp file, and verify still passes. */
function expectNothingWritten(root: string, before: ReturnType<typeof snapshot>, r: CliResult): void {
  expect(r.stderr).not.toMatch(/internal error|this is a bug|at .*\.js:\d+/);
  expect(r.stderr).toContain('nothing was written');
  expect(snapshot(root)).toEqual(before);
  expect(temps(root)).toEqual([]);
}

describe('a nearly full disk (item 1)', () => {
  it('add of an 18 KB record with 4 KB free: exit 3, "no space", nothing written (the short write is never renamed into place)', () => {
    const disk = smallDisk(512);
    cleanups.push(disk.unmount);
    const root = archiveIn(disk.dir);
    const before = snapshot(root);
    fillDisk(disk.dir, 4096);
    const r = x(['--archive', root, ...ADD, '--content', '经费'.repeat(3000)]);
    expect(r.code, r.stderr).toBe(3);
    expect(r.stderr).toContain('no space left');
    expectNothingWritten(root, before, r);
    rmSync(join(disk.dir, 'filler.bin'));
    expect(x(['--archive', root, 'verify']).code).toBe(0);
  });

  it('amend that cannot be written leaves the good record as it was', () => {
    const disk = smallDisk(512);
    cleanups.push(disk.unmount);
    const root = archiveIn(disk.dir);
    const file = join(root, 'records/2025/20250915-001.yaml');
    const good = readFileSync(file, 'utf8');
    const before = snapshot(root);
    fillDisk(disk.dir, 4096);
    const r = x(['--archive', root, 'amend', '20250915-001', '--set', `content=${'经费'.repeat(3000)}`, '--reason', '补全']);
    expect(r.code, r.stderr).toBe(3);
    expect(readFileSync(file, 'utf8')).toBe(good);
    expectNothingWritten(root, before, r);
  });

  it('a record that fits but a journal that cannot grow: the record is taken back, exit 3', () => {
    const disk = smallDisk(512);
    cleanups.push(disk.unmount);
    const root = archiveIn(disk.dir);
    // Bring the journal to the end of its page, so the next line needs a page the disk no longer has.
    while (statSync(join(root, 'journal.jsonl')).size % 4096 < 3700) expect(x(['--archive', root, ...ADD, '--content', 'x']).code).toBe(0);
    const before = snapshot(root);
    fillDisk(disk.dir, 4096);
    const r = x(['--archive', root, ...ADD, '--content', '短']);
    expect(r.code, r.stderr).toBe(3);
    expectNothingWritten(root, before, r);
  });

  it('a read-only disk: exit 2 "read-only", nothing written', () => {
    const disk = smallDisk(512);
    cleanups.push(disk.unmount);
    const root = archiveIn(disk.dir);
    const before = snapshot(root);
    execFileSync('mount', ['-o', 'remount,ro', disk.dir]);
    const r = x(['--archive', root, ...ADD, '--content', '只读']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('read-only');
    expectNothingWritten(root, before, r);
  });
});

describe('a journal that will not take the line (items 1, 11)', () => {
  it('read-only journal: exit 2 and no record created (it was left unjournaled before)', () => {
    const root = archiveIn(tempDir());
    const before = snapshot(root);
    cleanups.push(bindReadOnly(join(root, 'journal.jsonl')));
    const r = x(['--archive', root, ...ADD, '--content', '第二条']);
    expect(r.code, r.stderr).toBe(2);
    expectNothingWritten(root, before, r);
  });

  it('a folder named journal.jsonl: exit 2, no record', () => {
    const root = join(tempDir(), 'a');
    expect(x(['init', root, '--school', '测试小学']).code).toBe(0);
    rmSync(join(root, 'journal.jsonl'));
    mkdirSync(join(root, 'journal.jsonl'));
    const r = x(['--archive', root, ...ADD, '--content', '第一条']);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(existsSync(join(root, 'records/2025'))).toBe(false);
  });

  it('no permission (as nobody): exit 2 "permission denied", never "internal error"', () => {
    const dir = tempDir();
    openToAll(dir);
    const root = archiveIn(dir);
    const r = spawnAsNobody(['--archive', root, ...ADD, '--content', '无权限'], { env: { XWGK_NO_CACHE: '1' } });
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('permission denied');
    expect(r.stderr).not.toMatch(/internal error|this is a bug/);
    expect(readdirSync(join(root, 'records/2025'))).toEqual(['20250915-001.yaml']);
  });
});

describe('--out never writes over the archive (item 2)', () => {
  const cases: [string, string[], string][] = [
    ['export --out journal.jsonl', ['export', '--out', 'journal.jsonl'], 'journal.jsonl'],
    ['verify --out a record', ['verify', '--format', 'text', '--out', 'records/2025/20250915-001.yaml'], 'records/2025/20250915-001.yaml'],
    ['summary --out xwgk.yaml', ['summary', '--format', 'md', '--term', '2025-2026-1', '--out', 'xwgk.yaml'], 'xwgk.yaml'],
    ['list --out the schema', ['list', '--format', 'json', '--out', 'schema/record.json'], 'schema/record.json'],
    ['audit --out the cache', ['audit', '--format', 'csv', '--out', '.xwgk-cache/x.csv'], '.xwgk-cache/x.csv'],
    ['export --out attachments/', ['export', '--out', 'attachments/all.jsonl'], 'attachments/all.jsonl'],
    ['export --out requests/', ['export', '--out', 'requests/all.jsonl'], 'requests/all.jsonl'],
  ];
  for (const [name, args, target] of cases) {
    it(`${name}: exit 2, the file untouched`, () => {
      const root = archiveIn(tempDir());
      const had = existsSync(join(root, target)) ? readFileSync(join(root, target)) : undefined;
      const r = x(args, { cwd: root });
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toContain("archive's own files");
      expect(existsSync(join(root, target)) ? readFileSync(join(root, target)) : undefined).toEqual(had);
      expect(x(['verify'], { cwd: root }).code).toBe(0);
    });
  }

  it('a link outside that points at the journal, and a folder: refused', () => {
    const root = archiveIn(tempDir());
    const out = tempDir();
    symlinkSync(join(root, 'journal.jsonl'), join(out, 'report.jsonl'));
    const journal = readFileSync(join(root, 'journal.jsonl'));
    expect(x(['--archive', root, 'export', '--out', join(out, 'report.jsonl')]).code).toBe(2);
    expect(readFileSync(join(root, 'journal.jsonl'))).toEqual(journal);
    const r = x(['--archive', root, 'export', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a folder');
    // Outside the archive, and the archive root itself (a report beside the settings), stays allowed.
    expect(x(['--archive', root, 'export', '--out', join(out, 'all.jsonl')]).code).toBe(0);
  });
});

describe('a journal without its final newline (item 4)', () => {
  it('the last line (a complete, self-hashed line) is kept and the newline added', () => {
    const root = archiveIn(tempDir());
    expect(x(['--archive', root, ...ADD, '--content', '第二条']).code).toBe(0);
    const path = join(root, 'journal.jsonl');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n$/, ''));
    expect(x(['--archive', root, ...ADD, '--content', '第三条']).code).toBe(0);
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines.at(-1)).toBe('');
    // Line 1 is the settings' hash init journals.
    expect(lines.slice(0, -1).map((l) => JSON.parse(l).seq)).toEqual([1, 2, 3, 4]);
    const v = x(['--archive', root, 'verify']);
    expect(v.code, v.stdout).toBe(0);
  });
});

describe('what the reader would refuse is not written (item 5)', () => {
  it('a 1.2 MB --content-file: exit 2, the limit named, nothing written', () => {
    const root = archiveIn(tempDir());
    const before = snapshot(root);
    const big = join(tempDir(), 'big.txt');
    writeFileSync(big, '内容'.repeat(210_000));
    const r = x(['--archive', root, ...ADD, '--content-file', big]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('1048576');
    expect(snapshot(root)).toEqual(before);
  });

  it('a 1 MB content typed on the command line: refused with the limit, nothing written', () => {
    const root = archiveIn(tempDir());
    const before = snapshot(root);
    const big = join(tempDir(), 'big.txt');
    writeFileSync(big, 'a'.repeat(1024 * 1024 - 10));
    const r = x(['--archive', root, ...ADD, '--content-file', big]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('over the reading limit of 1048576');
    expect(snapshot(root)).toEqual(before);
  });

  it('an import whose cell is 6 MB: exit 2, not one row written', () => {
    const root = archiveIn(tempDir());
    const before = snapshot(root);
    const csv = join(tempDir(), 'ledger.csv');
    writeFileSync(
      csv,
      `公开时间,公开类别,公开事项,公开内容,公开形式,公开范围,责任人\n2025-09-16,plan,计划一,短,board,staff,王建国\n2025-09-17,plan,计划二,${'长'.repeat(2_000_000)},board,staff,王建国\n`,
    );
    const r = x(['--archive', root, 'import', csv]);
    expect(r.code, r.stderr).toBe(2);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('writers stay inside the archive (item 10)', () => {
  it('records/2026 linked outside: add refuses, nothing lands outside', () => {
    const root = archiveIn(tempDir());
    const outside = tempDir();
    symlinkSync(outside, join(root, 'records', '2026'));
    const before = readFileSync(join(root, 'journal.jsonl'), 'utf8');
    const r = x([
      '--archive',
      root,
      ...addFlags({ category: 'plan', title: 't', content: 'c', time: '2026-03-02', responsible: '王建国' }),
    ]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('out of the archive');
    expect(readdirSync(outside)).toEqual([]);
    expect(readFileSync(join(root, 'journal.jsonl'), 'utf8')).toBe(before);
  });

  it('journal.jsonl linked outside: add refuses, the outside file untouched, no record made', () => {
    const root = archiveIn(tempDir());
    const outside = join(tempDir(), 'elsewhere.jsonl');
    writeFileSync(outside, readFileSync(join(root, 'journal.jsonl')));
    rmSync(join(root, 'journal.jsonl'));
    symlinkSync(outside, join(root, 'journal.jsonl'));
    const had = readFileSync(outside, 'utf8');
    const r = x(['--archive', root, ...ADD, '--content', '第二条']);
    expect(r.code, r.stderr).toBe(2);
    expect(readFileSync(outside, 'utf8')).toBe(had);
    expect(readdirSync(join(root, 'records/2025'))).toEqual(['20250915-001.yaml']);
  });
});

describe('pipes, devices and endless files never hang a command (item 15)', () => {
  it('a FIFO as xwgk.yaml, as journal.jsonl, a link to /dev/zero as the journal, a FIFO to import, init /proc/x', () => {
    const a = archiveIn(tempDir());
    rmSync(join(a, 'xwgk.yaml'));
    execFileSync('mkfifo', [join(a, 'xwgk.yaml')]);
    let r = x(['--archive', a, 'list'], { timeout: 10_000 });
    expect(r.signal).toBe(null);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a regular file');

    const b = archiveIn(tempDir());
    rmSync(join(b, 'journal.jsonl'));
    execFileSync('mkfifo', [join(b, 'journal.jsonl')]);
    for (const args of [['verify'], ADD.concat('--content', 'c')]) {
      r = x(['--archive', b, ...args], { timeout: 10_000 });
      expect(r.signal, args.join(' ')).toBe(null);
      expect(r.code, args.join(' ') + r.stderr).toBe(2);
    }

    const c = archiveIn(tempDir());
    rmSync(join(c, 'journal.jsonl'));
    symlinkSync('/dev/zero', join(c, 'journal.jsonl'));
    for (const args of [['verify'], ['check'], ADD.concat('--content', 'c')]) {
      r = x(['--archive', c, ...args], { timeout: 10_000 });
      expect(r.signal, args.join(' ')).toBe(null);
      expect([1, 2]).toContain(r.code);
    }

    const fifo = join(tempDir(), 'ledger.csv');
    execFileSync('mkfifo', [fifo]);
    r = x(['--archive', c, 'import', fifo], { timeout: 10_000 });
    expect(r.signal).toBe(null);
    expect(r.code).toBe(2);

    r = x(['init', '/proc/xwgk-test', '--school', '测试小学'], { timeout: 10_000 });
    expect(r.signal).toBe(null);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/internal error/);
  });
});

describe('no stack traces (item 16)', () => {
  it('| head -1 on list, export, audit and summary: exit 0, nothing on stderr', () => {
    // Far more output than a pipe holds, so the writer meets the closed pipe.
    const files: Record<string, string> = {};
    for (let i = 1; i <= 400; i++) {
      const id = `20250915-${String(i).padStart(3, '0')}`;
      files[`records/2025/${id}.yaml`] = recordYaml({
        ...FINANCE,
        id,
        time: '2025-09-15',
        title: `2025年9月财务收支情况公开（第${i}次）${'说明'.repeat(40)}`,
      });
    }
    const root = writeArchive(files);
    journalRecords(root);
    for (const cmd of ['list', 'list --format csv', 'export', 'audit', 'audit --format csv', 'summary --format md --term 2025-2026-1']) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" --archive "${root}" ${cmd} | head -1 >/dev/null`], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', XWGK_LANG: 'en' },
        timeout: 30_000,
      });
      expect(r.stderr, cmd).toBe('');
    }
  });

  it('a deleted working folder: a clear error, exit 2', () => {
    const dir = join(tempDir(), 'gone');
    mkdirSync(dir);
    const r = spawnSync('sh', ['-c', `cd "${dir}" && rmdir "${dir}" && "${process.execPath}" "${BIN}" list`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', XWGK_LANG: 'en' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('the current folder no longer exists');
    expect(r.stderr).not.toMatch(/uv_cwd|\n\s+at /);
  });
});

describe('smaller things (item 19)', () => {
  it('a line break in init --school: exit 2, no xwgk.yaml', () => {
    const root = join(tempDir(), 'a');
    const r = x(['init', root, '--school', '测试\n小学']);
    expect(r.code).toBe(2);
    expect(existsSync(join(root, 'xwgk.yaml'))).toBe(false);
  });

  it('a lock dated in the future does not block writers', () => {
    const root = archiveIn(tempDir());
    writeFileSync(
      join(root, '.xwgk.lock'),
      JSON.stringify({ pid: 999999, host: 'elsewhere', time: '2099-01-01T00:00:00.000Z', token: 'x' }),
    );
    const old = new Date(Date.now() - 120_000);
    spawnSync('touch', ['-d', old.toISOString(), join(root, '.xwgk.lock')]);
    const r = x(['--archive', root, ...ADD, '--content', '第二条'], { env: { XWGK_LOCK_WAIT_MS: '3000' } });
    expect(r.code, r.stderr).toBe(0);
  });

  it('copies a killed writer left in attachments/ (no record lists them) are removed by the next writer that attaches', () => {
    const root = archiveIn(tempDir());
    const photo = join(tempDir(), 'board.jpg');
    writeFileSync(photo, 'jpeg bytes');
    expect(x(['--archive', root, ...ADD, '--content', '第二条', '--attach', photo]).code).toBe(0);
    const dir = join(root, 'attachments/2025');
    expect(readdirSync(dir)).toEqual(['20250915-002-1.jpg']);
    writeFileSync(join(dir, '20250915-009-1.jpg'), 'orphan of an add killed after the copy');
    writeFileSync(join(dir, '20250915-001-1.jpg'), 'orphan of an amend --attach killed before the record');
    writeFileSync(join(dir, '校门照片.jpg'), "the clerk's own file");
    expect(x(['--archive', root, 'amend', '20250915-002', '--attach', photo, '--reason', '补充照片']).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['20250915-002-1.jpg', '20250915-002-2.jpg', '校门照片.jpg']);
    expect(x(['--archive', root, 'verify']).code).toBe(0);
  });

  it('an unreadable record is named unreadable, not gone (as nobody)', () => {
    const dir = tempDir();
    openToAll(dir);
    const root = archiveIn(dir);
    execFileSync('chmod', ['-R', 'a+rX', root]);
    execFileSync('chmod', ['000', join(root, 'records/2025/20250915-001.yaml')]);
    const r = spawnAsNobody(['--archive', root, 'verify']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('is there but cannot be read');
    expect(r.stdout).not.toContain('is gone');
  });

  it('.tmp files of a killed writer are swept by the next writer', () => {
    const root = archiveIn(tempDir());
    const stale = join(root, 'records/2025/.20250915-002.yaml.999999.deadbeef.tmp');
    writeFileSync(stale, 'half');
    expect(x(['--archive', root, ...ADD, '--content', '第二条']).code).toBe(0);
    expect(existsSync(stale)).toBe(false);
  });
});
