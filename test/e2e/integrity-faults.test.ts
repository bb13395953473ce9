/**
 * Faults, with real processes: twenty writers at once, and a writer killed (SIGKILL) at random points
 * of a long run of adds. Needs `npm run build` first (npm test does it).
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { BIN, cli, REPO, spawnCli, writeArchive } from '../helpers/archive.js';
import { loadArchive } from '../../src/archive/load.js';
import { verifyArchive } from '../../src/archive/verify.js';

const journalSize = (root: string) => {
  try {
    return statSync(join(root, 'journal.jsonl')).size;
  } catch {
    return 0;
  }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `sh -c script` and resolves with its exit code and output. */
function sh(script: string, env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn('sh', ['-c', script], { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', XWGK_LANG: 'en', ...env } });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('close', (code) => resolve({ code, out }));
  });
}

describe('faults', () => {
  it('twenty processes adding and amending at once: every change journaled, nothing lost or torn, verify passes', async () => {
    const root = writeArchive();
    const node = process.execPath;
    const jobs = Array.from({ length: 20 }, (_, i) => {
      const add = `"${node}" "${BIN}" --archive "${root}" add --yes --category plan --title "计划${i}" --content "内容${i}" --time 2025-09-15 --responsible 王建国`;
      const amend = `"${node}" "${BIN}" --archive "${root}" amend "$id" --set "title=计划${i}（改）" --reason "并发修改${i}"`;
      // The 10-second wait of SPEC is raised here only because test machines run many suites at once.
      return sh(`set -e; id=$(${add} | grep -o '[0-9]\\{8\\}-[0-9]\\{3\\}' | head -1); ${amend}`, { XWGK_LOCK_WAIT_MS: '60000' });
    });
    const results = await Promise.all(jobs);
    for (const r of results) expect(r.code, r.out).toBe(0);

    const lines = readFileSync(join(root, 'journal.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.seq)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(lines.filter((l) => l.action === 'add')).toHaveLength(20);
    expect(lines.filter((l) => l.action === 'amend')).toHaveLength(20);
    const archive = loadArchive(root);
    expect(archive.findings).toEqual([]);
    expect(archive.records.map((r) => r.record.title).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `计划${i}（改）`).sort());
    expect(new Set(archive.records.map((r) => r.record.id)).size).toBe(20);
    const v = spawnCli(['--archive', root, 'verify'], { env: { XWGK_LANG: 'en' } });
    expect(v.code, v.stdout + v.stderr).toBe(0);
  }, 180_000);

  it('a writer killed at random points: the archive loads, verify names at most the record in flight, amend --reason settles it', async () => {
    // Inside the package, so the bundle finds templates/ as the real CLI does.
    const driver = join(REPO, 'node_modules/.cache/xwgk-test/crash-driver.mjs');
    await build({
      entryPoints: [join(REPO, 'test/e2e/crash-driver.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile: driver,
      logLevel: 'error',
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    const root = writeArchive();
    // Deterministic "random" kill times, so a failure can be replayed.
    let seed = 20250901;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    let total = 0;
    for (let round = 0; round < 8; round++) {
      const before = journalSize(root);
      const p = spawn(process.execPath, [driver, root], { stdio: 'ignore' });
      // Start-up takes long on a busy machine: wait until it writes, then kill it at a random moment.
      for (let waited = 0; journalSize(root) === before && waited < 30_000; waited += 10) await sleep(10);
      await sleep(Math.floor(next() * 300));
      p.kill('SIGKILL');
      await new Promise((r) => p.on('close', r));

      const archive = loadArchive(root);
      expect(
        archive.findings.filter((f) => f.severity === 'error'),
        `round ${round}`,
      ).toEqual([]);
      const v = verifyArchive(archive);
      const ids = new Set(v.problems.map((p) => p.id));
      expect(
        v.problems.every((p) => p.kind === 'unjournaled' || p.kind === 'changed'),
        JSON.stringify(v.problems),
      ).toBe(true);
      expect(ids.size, `round ${round}: ${JSON.stringify(v.problems)}`).toBeLessThanOrEqual(1);
      for (const id of ids) {
        const r = await cli(['amend', id!, '--reason', '写入时中断，核对无误', '--archive', root]);
        expect(r.code, r.stderr).toBe(0);
      }
      expect(verifyArchive(loadArchive(root)).ok).toBe(true);
      total = archive.records.length;
    }
    expect(total).toBeGreaterThan(20);
  }, 120_000);
});
