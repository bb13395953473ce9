import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { CHECKS, runChecks } from '../../src/checks/registry.js';
import type { Check } from '../../src/checks/types.js';
import type { Finding } from '../../src/model/finding.js';
import { buildAudit } from '../../src/reports/audit.js';
import { displayWidth } from '../../src/render/width.js';
import { flagsText } from '../../src/render/audit-flags.js';
import { cli, tempDir } from '../helpers/archive.js';
import { REGISTER_SHEET_HEADER_ZH, VIEWS_RECORDS, VIEWS_TODAY, writeViewsArchive } from '../helpers/views-archive.js';

const root = writeViewsArchive();
const audit = (args: string[], opts: { columns?: number } = {}) => cli(['--archive', root, 'audit', '--today', VIEWS_TODAY, ...args], opts);
const records = Object.values(VIEWS_RECORDS);
/** The flags column as the register computes it (the checks themselves are tested on their own). */
const flagged = () => buildAudit(loadArchive(root), {}, VIEWS_TODAY).rows.map((r) => flagsText('zh-CN', r.notes));
const flagCodes = () => buildAudit(loadArchive(root), {}, VIEWS_TODAY).rows.map((r) => r.flags.join(', '));
const approvalDate = (yaml: unknown) => (typeof yaml === 'string' ? /on: (\d{4}-\d{2}-\d{2})/.exec(yaml)![1] : undefined);

/** RFC 4180, enough for our own output: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = '',
    quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') (rows.at(-1)!.push(cell), (cell = ''));
    else if (ch === '\r' && text[i + 1] === '\n') (rows.at(-1)!.push(cell), (cell = ''), rows.push([]), i++);
    else cell += ch;
  }
  rows.pop();
  return rows;
}

describe('buildAudit', () => {
  const report = buildAudit(loadArchive(root), {}, VIEWS_TODAY);

  it('has one row per record in date order, withdrawn ones included and marked', () => {
    expect(report.rows.map((r) => r.id)).toEqual(records.map((r) => r.id));
    const withdrawn = report.rows.find((r) => r.id === '20251015-001')!;
    expect([withdrawn.status, withdrawn.withdrawn]).toEqual(['withdrawn', { on: '2025-10-16', reason: '内容有误，已重新发布' }]);
  });

  it('carries approvals and the feedback count', () => {
    const row = report.rows.find((r) => r.id === '20251114-001')!;
    expect(row).toMatchObject({ review: { by: '校务公开领导小组', on: '2025-11-13' }, feedback: 0 });
    expect(row.supervision).toBeUndefined();
    expect(report.rows.find((r) => r.id === '20251010-001')!.feedback).toBe(2);
  });

  it('flags a record with the distinct codes of the findings about it, by id or by file, and leaves period findings out', () => {
    const finding = (code: string, at: Partial<Finding>): Finding => ({
      check: 'probe',
      code,
      severity: 'warning',
      message: { key: 'label.hint' },
      ...at,
    });
    const probe: Check = {
      name: 'probe',
      rule: 'label.hint',
      why: 'label.hint',
      run: () => [
        finding('probe.a', { id: '20251114-001' }),
        finding('probe.b', { id: '20251114-001', file: 'records/2025/20251114-001.yaml' }),
        finding('probe.a', { id: '20251114-001' }),
        finding('probe.c', { file: 'records/2025/20251114-001.yaml' }),
        finding('probe.d', { file: 'records/2025/20250905-001.yaml' }),
        finding('probe.period', { category: 'finance', period: '2025-11' }),
      ],
    };
    const flags = buildAudit(loadArchive(root), {}, VIEWS_TODAY, [probe]).rows.map((r) => [r.id, r.flags]);
    expect(flags.filter(([, f]) => f!.length > 0)).toEqual([
      ['20250905-001', ['probe.d']],
      ['20251114-001', ['probe.a', 'probe.b', 'probe.c']],
    ]);
  });

  it('raises the flags of every check in the registry', () => {
    const archive = loadArchive(root);
    const findings = runChecks(CHECKS, { archive, range: {}, today: VIEWS_TODAY, records: archive.records });
    for (const row of report.rows)
      expect(row.flags).toEqual([...new Set(findings.filter((f) => f.id === row.id || (!f.id && f.file === row.file)).map((f) => f.code))]);
    expect(report.rows.find((r) => r.id === '20251114-001')!.flags.length).toBeGreaterThan(0); // no supervision
  });

  it('keeps to the period asked for', () => {
    const archive = loadArchive(root);
    expect(buildAudit(archive, { from: '2025-11-01', to: '2025-11-30' }, VIEWS_TODAY).rows.map((r) => r.id)).toEqual([
      '20251112-001',
      '20251114-001',
    ]);
  });
});

describe('xwgk audit', () => {
  it('matches the golden table and Markdown in Chinese and English', async () => {
    for (const lang of ['zh', 'en']) {
      const table = await audit(['--lang', lang]);
      expect(table.code).toBe(0);
      await expect(table.stdout).toMatchFileSnapshot(`../golden/audit.${lang}.txt`);
      const md = await audit(['--lang', lang, '--format', 'md']);
      expect(md.code).toBe(0);
      await expect(md.stdout).toMatchFileSnapshot(`../golden/audit.${lang}.md`);
    }
  });

  it('turns into one block per record in a terminal too narrow for the table', async () => {
    const r = await audit([], { columns: 100 });
    expect(r.code).toBe(0);
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    await expect(r.stdout).toMatchFileSnapshot('../golden/audit.zh.100.txt');
  });

  it('writes CSV for Excel (BOM, CRLF, Chinese headers, formulas neutralised) that reads back as the records', async () => {
    const r = await audit(['--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeff编号,公开时间,公开类别,公开事项,')).toBe(true);
    expect(r.stdout).toContain('\r\n');
    const [head, ...rows] = parseCsv(r.stdout.slice(1));
    expect(head).toEqual(REGISTER_SHEET_HEADER_ZH);
    expect(rows.map((row) => [row[0], row[1], row[3], row[6], row[8], row[10]])).toEqual(
      records.map((x) => [
        x.id,
        x.time,
        x.title === '"@全体家长：校园安全提醒"' ? "'@全体家长：校园安全提醒" : x.title,
        x.responsible,
        approvalDate(x.review) ?? '',
        approvalDate(x.supervision) ?? '',
      ]),
    );
    expect(rows[2]![11]).toBe('2');
    expect(rows[3]![13]).toBe('已撤回 2025-10-16：内容有误，已重新发布');
    expect(rows.map((row) => row[12])).toEqual(flagged());
    expect(rows.map((row) => row[14])).toEqual(flagCodes());
  });

  it('writes English headers in English', async () => {
    const r = await audit(['--format', 'csv', '--lang', 'en']);
    expect(parseCsv(r.stdout.slice(1))[0]).toEqual([
      'Id',
      'Date',
      'Category',
      'Title',
      'Forms',
      'Audience',
      'Responsible',
      'Review',
      'Reviewed on',
      'Supervision',
      'Approved on',
      'Feedback',
      'Flags',
      'Status',
      'Flag codes',
    ]);
  });

  it('writes an xlsx workbook with date cells that reads back as the records', async () => {
    const out = join(tempDir(), '台账.xlsx');
    const r = await audit(['--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const [title, , head, ...rows] = await readSheet(readFileSync(out));
    expect(title![0]).toBe('测试小学校务公开台账');
    expect(head![0]).toBe('编号');
    const day = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : null);
    expect(rows.map((row) => [row[0], day(row[1]), row[3], row[6], day(row[8]), day(row[10]), row[11]])).toEqual(
      records.map((x) => [
        x.id,
        x.time,
        x.title === '"@全体家长：校园安全提醒"' ? '@全体家长：校园安全提醒' : x.title,
        x.responsible,
        approvalDate(x.review) ?? null,
        approvalDate(x.supervision) ?? null,
        x.feedback ? (x.feedback as string).split('received').length - 1 : 0,
      ]),
    );
    expect(rows.map((row) => row[12] ?? '')).toEqual(flagged());
    expect(rows.map((row) => row[14] ?? '')).toEqual(flagCodes());
  });

  it('prints the register as JSON', async () => {
    const r = await audit(['--format', 'json', '--term', '2025-2026-1']);
    const json = JSON.parse(r.stdout);
    expect(json.school).toBe('测试小学');
    expect(json.range).toEqual({ from: '2025-09-01', to: '2026-01-31', term: '2025-2026-1' });
    expect(json.rows[0]).toEqual({
      id: '20250828-001',
      date: '2025-08-28',
      category: 'fees',
      title: '2025年秋季学期收费项目及标准公示',
      form: ['fee-board', 'parent-letter'],
      audience: ['parents'],
      responsible: '李红梅',
      review: { by: '校务公开领导小组', on: '2025-08-26' },
      supervision: { by: '校务公开监督小组', on: '2025-08-27' },
      feedback: 0,
      flags: [],
      notes: [],
      status: 'published',
      file: 'records/2025/20250828-001.yaml',
    });
    expect(json.today).toBe(VIEWS_TODAY);
    expect(Array.isArray(json.gaps) && Array.isArray(json.findings)).toBe(true);
  });

  it('refuses xlsx to the screen, an unknown format or term, with exit 2 and nothing on stdout', async () => {
    for (const [args, text] of [
      [['--format', 'xlsx'], 'xlsx 是二进制文件，不能输出到屏幕'],
      [['--format', 'pdf'], '不支持的格式“pdf”'],
      [['--term', '2025-2026-3'], '学期编号“2025-2026-3”无效'],
    ] as const) {
      const r = await audit([...args]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(text);
    }
  });
});
