/**
 * Hostile tests of `import` as one transaction (issue 14, item 9): hundreds of SIGKILLs at random
 * moments of an import, a lock taken away in the middle, a full disk in the middle, and the progress
 * bar in a pseudo-terminal. After every kill the archive holds all the rows or none, and verify
 * passes. Real processes of the built CLI (`npm run build` first).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, tempDir } from '../helpers/archive.js';
import { fillDisk, smallDisk } from '../helpers/hostile.js';
import { loadArchive } from '../../src/archive/load.js';
import { verifyArchive } from '../../src/archive/verify.js';
import { addFlags } from '../helpers/add-flags.js';

const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', XWGK_LANG: 'en', XWGK_NO_CACHE: '1' };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function x(args: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...env, ...extra }, timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function ledger(n: number, month = 10): string {
  const file = join(tempDir(), `ledger-${n}.csv`);
  const rows = Array.from(
    { length: n },
    (_, i) => `2025-${month}-${String(1 + (i % 28)).padStart(2, '0')},plan,导入第${i + 1}条,内容${i + 1},board,staff,王建国`,
  );
  writeFileSync(file, `公开时间,公开类别,公开事项,公开内容,公开形式,公开范围,责任人\n${rows.join('\n')}\n`);
  return file;
}

/** An archive with one record of its own (20250915-001), so "none" and "all" are both visible. */
function baseArchive(dir = tempDir()): string {
  const root = join(dir, 'a');
  expect(x(['init', root, '--school', '测试小学']).code).toBe(0);
  expect(
    x(['--archive', root, ...addFlags({ category: 'plan', title: '原有记录', content: '原有', time: '2025-09-15', responsible: '王建国' })])
      .code,
  ).toBe(0);
  return root;
}

const recordCount = (root: string) =>
  readdirSync(join(root, 'records'), { recursive: true }).filter((n) => String(n).endsWith('.yaml')).length;

describe('import: all rows or none', () => {
  it('killed (SIGKILL) at 200 random moments: after each, the archive holds all rows or none, and verify passes', async () => {
    const rows = 150;
    const csv = ledger(rows);
    const pristine = baseArchive();
    const root = join(tempDir(), 'a');
    let seed = 14;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // How long the import holds the lock, from a full run: kills are spread over that window.
    cpSync(pristine, root, { recursive: true });
    const t0 = Date.now();
    expect(x(['--archive', root, 'import', csv]).code).toBe(0);
    const window = Math.max(50, Date.now() - t0);
    const outcomes = { none: 0, all: 0 };
    for (let round = 0; round < 200; round++) {
      rmSync(root, { recursive: true, force: true });
      cpSync(pristine, root, { recursive: true });
      const p = spawn(process.execPath, [BIN, '--archive', root, 'import', csv], { stdio: 'ignore', env });
      const closed = new Promise((r) => p.on('close', r));
      await sleep(Math.floor(rnd() * window));
      p.kill('SIGKILL');
      await closed;
      // The next command that reads the archive finishes a committed import first.
      const archive = loadArchive(root, { cache: false });
      const n = archive.records.length;
      expect([1, rows + 1], `round ${round}: ${n} records`).toContain(n);
      expect(recordCount(root), `round ${round}`).toBe(n);
      const v = verifyArchive(archive);
      expect(v.problems, `round ${round}`).toEqual([]);
      expect(existsSync(join(root, '.xwgk-pending')), `round ${round}`).toBe(false);
      outcomes[n === 1 ? 'none' : 'all']++;
    }
    expect(outcomes.none).toBeGreaterThan(0);
    expect(outcomes.all).toBeGreaterThan(0);
  }, 600_000);

  it('a lock held by another writer in the middle: exit 3 with no row written, or exit 0 with every row', async () => {
    const csv = ledger(1500);
    for (const delay of [0, 50, 150]) {
      const root = baseArchive();
      const p = spawn(process.execPath, [BIN, '--archive', root, 'import', csv], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...env, XWGK_LOCK_WAIT_MS: '300' },
      });
      let stderr = '';
      p.stderr.on('data', (d) => (stderr += d));
      const code = new Promise<number>((r) => p.on('close', (c) => r(c ?? -1)));
      // Once the import has started writing (it holds the lock), another writer (this test) takes the
      // lock the moment it is free and holds it for a second.
      const lock = join(root, '.xwgk.lock');
      for (let waited = 0; !existsSync(lock) && waited < 30_000; waited += 2) await sleep(2);
      await sleep(delay);
      const grab = (async () => {
        for (let i = 0; i < 200; i++) {
          try {
            writeFileSync(
              lock,
              JSON.stringify({
                pid: process.pid,
                host: (await import('node:os')).hostname(),
                time: new Date().toISOString(),
                token: 'test',
              }),
              { flag: 'wx' },
            );
            await sleep(1000);
            rmSync(lock);
            return;
          } catch {
            await sleep(5);
          }
        }
      })();
      const c = await code;
      await grab;
      const n = recordCount(root);
      if (c === 3) {
        expect(n, stderr).toBe(1);
        expect(stderr).toContain('nothing');
      } else {
        expect(c, stderr).toBe(0);
        expect(n).toBe(1501);
      }
      expect(verifyArchive(loadArchive(root, { cache: false })).problems).toEqual([]);
    }
  }, 180_000);

  it('a disk that fills in the middle of a 400-row import: exit 3, not one row, verify passes', () => {
    const disk = smallDisk(2048);
    try {
      const root = baseArchive(disk.dir);
      const before = readFileSync(join(root, 'journal.jsonl'), 'utf8');
      fillDisk(disk.dir, 64 * 1024);
      const r = x(['--archive', root, 'import', ledger(400)]);
      expect(r.code, r.stderr).toBe(3);
      expect(r.stderr).toContain('no space left');
      expect(r.stderr).toContain('nothing was written');
      expect(recordCount(root)).toBe(1);
      expect(readFileSync(join(root, 'journal.jsonl'), 'utf8')).toBe(before);
      rmSync(join(disk.dir, 'filler.bin'));
      expect(x(['--archive', root, 'verify']).code).toBe(0);
    } finally {
      disk.unmount();
    }
  });

  it('in a terminal a progress bar on stderr; piped, one summary line and no bar', () => {
    const root = baseArchive();
    const csv = ledger(300);
    const tty = spawnSync(
      'script',
      ['-qec', `"${process.execPath}" "${BIN}" --archive "${root}" import "${csv}" >/dev/null`, '/dev/null'],
      { encoding: 'utf8', env: { ...env, TERM: 'xterm' }, timeout: 60_000 },
    );
    expect(tty.status, tty.stdout).toBe(0);
    // cli-progress draws `importing ███░░░ 40% 120/300` on the terminal (and clears it when done).
    expect(tty.stdout).toMatch(/importing [█░]{30} \d+% \d+\/300/);
    expect(tty.stdout).toContain('imported 300 records');
    const root2 = baseArchive();
    const piped = x(['--archive', root2, 'import', csv]);
    expect(piped.code).toBe(0);
    expect(piped.stderr).not.toContain('\r');
    expect(piped.stderr.split('\n').filter((l) => l.startsWith('imported'))).toEqual([
      'imported 300 records from ledger-300.csv; 0 duplicates skipped',
    ]);
  });
});
