// The built CLI: `--version` answered before anything loads, and a cold load of a large archive parsed
// on worker threads gives exactly the output of one thread, with and without the parse cache and the
// fast path.
// (Speed itself is measured by `npm run bench`, never asserted here.)
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, spawnCli, tempDir } from '../helpers/archive.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));

describe('start-up', () => {
  it('prints the version with --version and -V', () => {
    expect(spawnCli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(spawnCli(['-V']).stdout).toBe(`${pkg.version}\n`);
  });
});

describe('parallel cold parse', () => {
  it('gives the same findings and records on one thread, on several, cold and warm', () => {
    const root = join(tempDir(), 'archive');
    // More files than the threshold for workers (1500), with broken ones spread over the batches.
    const gen = spawnSync(process.execPath, [join(REPO, 'bench', 'generate.mjs'), root, '1700'], { encoding: 'utf8' });
    expect(gen.status).toBe(0);
    const fileIn = (year: string, at: number) =>
      `records/${year}/${readdirSync(join(root, 'records', year))
        .sort()
        .at(at)!}`;
    const [early, middle, late] = [fileIn('2017', 1), fileIn('2021', 20), fileIn('2026', -1)];
    writeFileSync(join(root, early), 'id: x\ntitle: [broken\n');
    writeFileSync(join(root, middle), Buffer.from('id: x\ntitle: \xff\n', 'latin1'));
    writeFileSync(join(root, late), readFileSync(join(root, late), 'utf8').replace(/^category: \S+/m, 'category: finanse'));
    // (spawnCli's default 1 MB output buffer is too small for 1,700 records as JSON)
    const run = (args: string[], env: Record<string, string>) => {
      const r = spawnSync(process.execPath, [BIN, '--archive', root, ...args, '--today', '2026-09-01', '--lang', 'en'], {
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    for (const args of [
      ['check', '--format', 'json'],
      ['list', '--format', 'json'],
    ]) {
      const single = run(args, { XWGK_NO_CACHE: '1', XWGK_NO_PARALLEL: '1' });
      // `list` names the three broken files on stderr (check reports them in its JSON); the same in every mode.
      expect(single.stderr).toEqual(args[0] === 'list' ? expect.stringContaining('3 record files could not be read') : '');
      expect(single.code).toBe(args[0] === 'check' ? 1 : 0);
      expect(run(args, { XWGK_NO_CACHE: '1' })).toEqual(single);
      // the workers with the YAML library for every file, as the fast path would read them
      expect(run(args, { XWGK_NO_CACHE: '1', XWGK_NO_FAST_PATH: '1' })).toEqual(single);
      rmSync(join(root, '.xwgk-cache'), { recursive: true, force: true });
      expect(run(args, {})).toEqual(single);
      expect(run(args, {})).toEqual(single);
    }
    const check = JSON.parse(run(['check', '--format', 'json'], {}).stdout);
    expect(check.findings.map((f: { file: string; code: string }) => `${f.file} ${f.code}`)).toEqual(
      expect.arrayContaining([`${early} schema.syntax`, `${middle} schema.encoding`, `${late} schema.unknown-id`]),
    );
  }, 300_000);
});
