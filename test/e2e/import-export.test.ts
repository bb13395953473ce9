import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, REPO, spawnCli, tempDir, writeArchive } from '../helpers/archive.js';

const ENV = { XWGK_TODAY: '2025-11-20', XWGK_LANG: 'zh-CN' };

describe('the sample ledger in templates/ imports as it is (built binary)', () => {
  for (const file of ['ledger-template.xlsx', 'ledger-template.csv']) {
    it(file, () => {
      const root = writeArchive();
      const r = spawnCli(['--archive', root, 'import', join(REPO, 'templates', file)], { env: ENV });
      expect(r.stderr).toContain(`已从 ${file} 导入 4 条记录，跳过重复 0 条`);
      expect(r.code).toBe(0);
      expect(readdirSync(join(root, 'records', '2025')).sort()).toEqual([
        '20250828-001.yaml',
        '20251010-001.yaml',
        '20251020-001.yaml',
        '20251103-001.yaml',
      ]);
      const list = spawnCli(['--archive', root, 'list', '--format', 'json'], { env: ENV });
      const records = JSON.parse(list.stdout);
      expect(records.map((x: { category: string }) => x.category)).toEqual(['fees', 'finance', 'procurement', 'student-aid']);
      expect(records[0]).toMatchObject({
        term: '2025-2026-1',
        form: ['fee-board', 'parent-letter'],
        basis: '苏价费〔2024〕12号',
        review: { by: '校务公开领导小组', on: '2025-08-25' },
      });
      expect(records[3]).toMatchObject({ audience: ['parents', 'students'], until: '2025-11-10', explanation: '公示期5个工作日' });
    });
  }

  it('export --out writes the workbook itself, and it imports back', () => {
    const from = writeArchive();
    expect(spawnCli(['--archive', from, 'import', join(REPO, 'templates', 'ledger-template.csv')], { env: ENV }).code).toBe(0);
    const out = join(from, '导出.xlsx');
    const e = spawnCli(['--archive', from, 'export', '--out', out], { env: ENV });
    expect(e.code).toBe(0);
    expect(e.stderr).toContain('已写入');
    const to = writeArchive();
    const r = spawnCli(['--archive', to, 'import', out], { env: ENV });
    expect(r.code).toBe(0);
    expect(spawnCli(['--archive', to, 'export'], { env: ENV }).stdout.replace(/"source":\{[^}]*\},?/g, '')).toBe(
      spawnCli(['--archive', from, 'export'], { env: ENV }).stdout.replace(/"source":\{[^}]*\},?/g, ''),
    );
  });
});

describe('bash completion, run in bash', () => {
  let bin: string;
  let script: string;
  beforeAll(() => {
    script = spawnCli(['completion', 'bash']).stdout;
    bin = join(tempDir(), 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'xwgk'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'xwgk'), 0o755);
  });

  function complete(line: string[], cwd: string): string[] {
    const words = line.map((w) => `'${w}'`).join(' ');
    const program = `${script}\nCOMP_WORDS=(${words}); COMP_CWORD=${line.length - 1}; _xwgk_completion; printf '%s\\n' "\${COMPREPLY[@]}"`;
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', program], {
      cwd,
      env: { HOME: bin, PATH: `${bin}:${process.env.PATH}`, XWGK_TODAY: '2025-11-20' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    return r.stdout.split('\n').filter(Boolean);
  }

  it('completes commands, category ids and record ids', () => {
    const root = writeArchive({
      'records/2025/20251010-001.yaml':
        'id: 20251010-001\ntitle: x\ncategory: finance\ncontent: x\ntime: 2025-10-10\nform: board\naudience: staff\nresponsible: x\n',
    });
    expect(complete(['xwgk', 'imp'], root)).toEqual(['import']);
    expect(complete(['xwgk', 'list', '--category', 'fin'], root)).toEqual(['finance']);
    expect(complete(['xwgk', 'show', ''], root)).toEqual(['20251010-001']);
    expect(complete(['xwgk', 'export', '--format', 'x'], root)).toEqual(['xlsx']);
  }, 60_000);
});

// zsh is installed by .ci/run when missing; without it this test fails rather than skips.
describe('zsh completion, run in zsh (compadd and _files stubbed)', () => {
  it('completes category ids, commands and files', () => {
    expect(spawnSync('zsh', ['-f', '-c', 'true']).status, 'zsh is needed: apt-get install -y zsh').toBe(0);
    const bin = join(tempDir(), 'bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'xwgk'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'xwgk'), 0o755);
    const script = spawnCli(['completion', 'zsh']).stdout;
    const stubs =
      'compdef() { :; }; compadd() { shift; local a; for a in "${(@P)1}"; do print -r -- "$a"; done; }; _files() { print FILES; }';
    const run = (words: string[]) => {
      const program = `${stubs}\n${script}\nwords=(${words.map((w) => `'${w}'`).join(' ')}); CURRENT=${words.length}; _xwgk`;
      const r = spawnSync('zsh', ['-f', '-c', program], {
        cwd: writeArchive(),
        env: { HOME: bin, PATH: `${bin}:${process.env.PATH}` },
        encoding: 'utf8',
      });
      return r.stdout.split('\n').filter(Boolean);
    };
    expect(run(['xwgk', 'list', '--category', 'fi'])).toEqual(['finance']);
    expect(run(['xwgk', 'comp'])).toEqual(['completion']);
    expect(run(['xwgk', 'import', ''])).toEqual(['FILES']);
  }, 60_000);
});
