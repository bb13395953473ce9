/**
 * Nothing left out silently (issue 11, part 1): every reading command names the record files it could
 * not read — on stderr, in JSON `skipped`, in documents — and `seal` and `export` refuse.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { SETTINGS_EN, spawnCli, tempDir } from '../helpers/archive.js';
import { BROKEN, writeBrokenArchive } from '../helpers/broken-archive.js';

const TODAY = ['--today', '2026-02-10'];
const TERM = ['--term', '2025-2026-1'];
const LANGS = [
  {
    lang: 'zh-CN',
    header: '4 个记录文件无法读取，未计入本次结果（查看全部问题：xwgk check schema）：',
    notice: '4 个记录文件无法读取，本报告未计入：',
    rename: '字段名 audiance 应是 audience',
  },
  {
    lang: 'en',
    header: '4 record files could not be read; left out of this output (to see every problem: xwgk check schema):',
    notice: '4 record files could not be read; not counted in this report:',
    rename: 'the key audiance should be audience',
  },
] as const;

describe.each(LANGS)('an archive with four unreadable records ($lang)', ({ lang, header, notice, rename }) => {
  const root = writeBrokenArchive(lang === 'en' ? SETTINGS_EN : undefined);
  const run = (...args: string[]) => spawnCli(['--archive', root, ...args]);
  const expectStderrNamesAll = (stderr: string) => {
    expect(stderr).toContain(header);
    for (const where of BROKEN) expect(stderr).toContain(`  ${where}`);
    expect(stderr).toContain(rename);
  };

  it.each([
    ['list', [...TERM]],
    ['list --format json', ['--format', 'json', ...TERM]],
    ['status', [...TERM]],
    ['audit', [...TERM]],
    ['summary', [...TERM]],
  ])('%s says so on stderr and still exits 0', (_name, args) => {
    const r = run(_name.split(' ')[0]!, ...args, ...TODAY);
    expect(r.code).toBe(0);
    expectStderrNamesAll(r.stderr);
  });

  it('list --format json stays an array of the one readable record', () => {
    const r = run('list', '--format', 'json', ...TERM, ...TODAY);
    expect(JSON.parse(r.stdout).map((x: { id: string }) => x.id)).toEqual(['20251010-001']);
  });

  it('show of a readable record names the others; of the misspelt one, the key to rename', () => {
    const ok = run('show', '20251010-001');
    expect(ok.code).toBe(0);
    expectStderrNamesAll(ok.stderr);
    const bad = run('show', '20250901-001');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('records/2025/20250901-001.yaml:9:1');
    expect(bad.stderr).toContain(rename);
  });

  it.each([['status'], ['audit'], ['summary'], ['check'], ['verify']])(
    '%s --format json carries skipped: [{file, line, message}]',
    (cmd) => {
      const r = run(cmd, '--format', 'json', ...(cmd === 'verify' ? [] : [...TERM, ...TODAY]));
      const skipped = JSON.parse(r.stdout).skipped as { file: string; line: number; message: string }[];
      expect(skipped.map((s) => `${s.file}:${s.line}`)).toEqual(BROKEN);
      expect(skipped[0]!.message).toContain(rename);
      expect(Object.keys(skipped[3]!).sort()).toEqual(['file', 'line', 'message']);
    },
  );

  it('the summary shows the notice right under its title, in Markdown, HTML and Word', () => {
    const md = run('summary', ...TERM, ...TODAY).stdout.split('\n');
    expect(md[0]).toMatch(/^# /);
    expect(md[2]).toContain(notice);
    for (const where of BROKEN) expect(md[2]).toContain(where);
    const html = run('summary', ...TERM, ...TODAY, '--format', 'html').stdout;
    expect(html).toContain(notice);
    const dir = tempDir();
    expect(spawnCli(['--archive', root, 'summary', ...TERM, ...TODAY, '--out', 's.docx'], { cwd: dir }).code).toBe(0);
    const doc = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 's.docx'))))['word/document.xml']!);
    const text = [...doc.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain(notice);
    expect(text).toContain(BROKEN[3]);
  });

  it('the register shows the notice above the table in every format', () => {
    for (const format of ['table', 'md', 'csv']) {
      const out = run('audit', ...TERM, ...TODAY, '--format', format).stdout.replace(/^\ufeff/, '');
      const first = out.split(/\r?\n/)[0]!;
      expect(first, format).toContain(notice);
      expect(first, format).toContain(BROKEN[0]);
    }
  });

  it('the register workbook shows the notice under its title rows, right above the header', async () => {
    const dir = tempDir();
    expect(spawnCli(['--archive', root, 'audit', ...TERM, ...TODAY, '--out', 'r.xlsx'], { cwd: dir }).code).toBe(0);
    // Two title rows (school and register, period and date printed), then the notice, then the header.
    const [, , first, head, ...rows] = await readSheet(readFileSync(join(dir, 'r.xlsx')));
    expect(String(first![0])).toContain(notice);
    expect(String(first![0])).toContain(BROKEN[2]);
    expect(head![0]).toBe(lang === 'en' ? 'Id' : '编号');
    expect(rows.map((r) => r[0])).toEqual(['20251010-001']);
  });

  it('the hint for a broken file points at the editor and check schema, not at show', () => {
    const r = run('check', 'schema');
    const hint = r.stdout.split('\n').find((l, i, all) => all[i - 3]?.includes('20250902-001.yaml') && /提示|hint/.test(l)) ?? '';
    expect(hint).toContain(lang === 'en' ? 'open the file in a text editor' : '用文本编辑器打开该文件');
    expect(hint).toContain('xwgk check schema');
    expect(r.stdout).not.toContain('xwgk show');
  });

  it('export refuses (exit 1, nothing written) unless --skip-unreadable', () => {
    const dir = tempDir();
    const refused = spawnCli(['--archive', root, 'export', '--format', 'csv', '--out', 'x.csv'], { cwd: dir });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
    for (const where of BROKEN) expect(refused.stderr).toContain(where);
    expect(refused.stderr).toContain('--skip-unreadable');
    const allowed = spawnCli(['--archive', root, 'export', '--format', 'jsonl', '--skip-unreadable']);
    expect(allowed.code).toBe(0);
    expect(
      allowed.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual(['20251010-001']);
    expectStderrNamesAll(allowed.stderr);
  });

  it('seal refuses (exit 1) and journals nothing while a record of the term cannot be read', () => {
    const before = existsSync(join(root, 'journal.jsonl')) ? readFileSync(join(root, 'journal.jsonl'), 'utf8') : '';
    const r = run('seal', ...TERM, ...TODAY);
    expect(r.code).toBe(1);
    for (const where of BROKEN) expect(r.stderr).toContain(where);
    const after = existsSync(join(root, 'journal.jsonl')) ? readFileSync(join(root, 'journal.jsonl'), 'utf8') : '';
    expect(after).toBe(before);
  });
});
