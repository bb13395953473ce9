import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir, writeArchive } from '../helpers/archive.js';
import { SUMMARY_TERM, SUMMARY_TODAY, writeSummaryArchive } from '../helpers/summary-archive.js';

const root = writeSummaryArchive();
const summary = (args: string[], env: Record<string, string> = {}) => cli(['--archive', root, 'summary', ...args], { cwd: root, env });
const term = ['--term', SUMMARY_TERM, '--today', SUMMARY_TODAY];

describe('xwgk summary --format md (golden files)', () => {
  it('writes the Chinese summary', async () => {
    const r = await summary([...term, '--lang', 'zh-CN']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/summary.zh-CN.md');
  });

  it('writes the English summary', async () => {
    const r = await summary([...term, '--lang', 'en']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/summary.en.md');
  });

  it('leaves no blank for a person to fill and no template syntax behind', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const { stdout } = await summary([...term, '--lang', lang]);
      expect(stdout).not.toMatch(/_{3,}|\{\{|\{%|undefined|NaN|\[object/);
    }
  });

  it('says so in words when a term has no disclosure, or nothing to compare with', async () => {
    const empty = writeArchive({ 'xwgk.yaml': `school: 测试小学\nterms:\n  - { id: 2026-2027-1, start: 2026-09-01, end: 2027-01-20 }\n` });
    const r = await cli(['--archive', empty, 'summary', '--term', '2026-2027-1', '--today', '2026-09-02', '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('本学期档案中没有公开记录。按照公开目录，本学期尚无到期应公开的必查事项。');
    expect(r.stdout).toContain('档案中没有上学期的公开记录，本学期暂无对比。');
    expect(r.stdout).not.toContain('| 编号 |');
    const first = await summary(['--term', '2024-2025-2', '--today', SUMMARY_TODAY, '--lang', 'en']);
    expect(first.stdout).toContain('The archive holds no disclosure of the previous term, so there is nothing to compare with yet.');
  });
});

describe('xwgk summary --format json', () => {
  it('prints the SPEC shape, with the findings as `check --format json` does', async () => {
    const r = await summary([...term, '--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.school).toBe('测试小学');
    // `name` is the archive's (its language); `label` is the reader's.
    expect(j.term).toEqual({
      id: '2025-2026-1',
      name: '2025—2026学年第一学期',
      start: '2025-09-01',
      end: '2026-01-25',
      label: '2025–2026 school year, first term',
    });
    expect([j.total, j.withdrawn]).toEqual([7, 1]);
    for (const key of ['byCategory', 'byColumn', 'byForm', 'byAudience', 'byTiming'])
      expect(Object.keys(j[key][0])).toEqual(['id', 'label', 'count']);
    expect(j.byMonth[0]).toEqual({ month: '2025-08', count: 1 });
    expect(j.completeness).toMatchObject({ required: 8, met: 5, rate: 0.625 });
    expect(j.completeness.missing[0]).toMatchObject({ category: 'plan', period: '2025-2026' });
    expect(j.feedback).toMatchObject({ received: 3, answered: 2, overdue: 1 });
    expect(j.checks.ok).toBe(false);
    // Findings are data: code, place and parameters; their wording is `check --format json`'s.
    const approval = j.checks.findings.find((f: { check: string; id?: string }) => f.check === 'approvals' && f.id === '20251215-001');
    expect(approval).toMatchObject({ severity: 'error', category: 'finance', file: 'records/2025/20251215-001.yaml' });
    expect(approval).not.toHaveProperty('message');
    expect(approval).not.toHaveProperty('hint');
    expect(j.previous.term.id).toBe('2024-2025-2');
  });

  it('is the same data in every language: zh-CN and en differ only in the labels (SPEC: a label beside each id)', async () => {
    const [zh, en] = await Promise.all(
      ['zh-CN', 'en'].map(async (lang) => JSON.parse((await summary([...term, '--format', 'json', '--lang', lang])).stdout)),
    );
    // Drops what the renderer words for the reader: `label`, wherever it is; nothing else.
    const strip = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(strip);
      if (!v || typeof v !== 'object') return v;
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => k !== 'label')
          .map(([k, x]) => [k, strip(x)]),
      );
    };
    expect(zh.byCategory[0].label).not.toBe(en.byCategory[0].label);
    expect(zh.checks.findings.length).toBeGreaterThan(3);
    expect(zh.checks.findings.some((f: { params?: object }) => f.params)).toBe(true);
    expect(strip(zh)).toEqual(strip(en));
  });
});

describe('xwgk summary: files, formats and usage errors', () => {
  it('takes the format from the --out extension and writes the file itself', async () => {
    const dir = tempDir();
    for (const [file, start] of [
      ['s.md', '# 测试小学'],
      ['s.html', '<!DOCTYPE html>'],
      ['s.json', '{'],
      ['s.markdown', '# 测试小学'],
    ] as const) {
      const r = await cli(['--archive', root, 'summary', ...term, '--lang', 'zh-CN', '--out', file], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(file);
      expect(readFileSync(join(dir, file), 'utf8').startsWith(start)).toBe(true);
    }
    const docx = await cli(['--archive', root, 'summary', ...term, '--out', 's.docx'], { cwd: dir });
    expect(docx.code).toBe(0);
    expect(readFileSync(join(dir, 's.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes a .docx without --out to a file named after the term, never to stdout', async () => {
    const dir = tempDir();
    const zh = await cli(['--archive', root, 'summary', ...term, '--format', 'docx', '--lang', 'zh-CN'], { cwd: dir });
    expect(zh.code).toBe(0);
    expect(zh.stdout).toBe('');
    expect(existsSync(join(dir, '校务公开工作总结-2025-2026-1.docx'))).toBe(true);
    await cli(['--archive', root, 'summary', ...term, '--format', 'docx', '--lang', 'en'], { cwd: dir });
    expect(existsSync(join(dir, 'disclosure-summary-2025-2026-1.docx'))).toBe(true);
  });

  it.each([
    [['--term', '2030-2031-1'], '档案中没有学期 2030-2031-1'],
    [['--term', '2025-2026-3'], '学期编号“2025-2026-3”无效'],
    [['--term', SUMMARY_TERM, '--format', 'pdf'], '不支持的格式“pdf”'],
    [['--term', SUMMARY_TERM, '--out', 'summary.pdf'], '不支持的格式“pdf”'],
  ])('exits 2 for %j, writing nothing', async (args, message) => {
    const dir = tempDir();
    const r = await cli(['--archive', root, 'summary', '--lang', 'zh-CN', ...args], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(message);
    expect(existsSync(join(dir, 'summary.pdf'))).toBe(false);
  });

  it('summarises today’s term when --term is not given', async () => {
    const r = await summary(['--today', '2025-12-01', '--lang', 'zh-CN']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# 测试小学2025—2026学年第一学期校务公开工作总结');
  });

  it('reads the wording from the archive’s own templates when it has them', async () => {
    const own = writeSummaryArchive();
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(own, 'templates/summary/zh-CN'), { recursive: true });
    writeFileSync(join(own, 'templates/summary/zh-CN/overview.liquid'), '本校本学期公开{{ s.total }}项。\n');
    const r = await cli(['--archive', own, 'summary', ...term, '--lang', 'zh-CN']);
    expect(r.stdout).toContain('## 一、总体情况\n\n本校本学期公开7项。\n\n## 二、');
  });

  it('names the template and the problem when a template is broken (exit 2)', async () => {
    const own = writeSummaryArchive();
    const { writeFileSync, mkdirSync } = await import('node:fs');
    mkdirSync(join(own, 'templates/summary/en'), { recursive: true });
    writeFileSync(join(own, 'templates/summary/en/ledger.liquid'), '{{ s.nonexistent }}\n');
    const r = await cli(['--archive', own, 'summary', ...term, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the summary template ${join(own, 'templates/summary/en/ledger.liquid')} has an error`);
    expect(r.stderr).toContain('nonexistent');
  });
});
