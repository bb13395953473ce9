import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { buildStatus } from '../../src/reports/status.js';
import { displayWidth } from '../../src/render/width.js';
import { cli } from '../helpers/archive.js';
import { VIEWS_TODAY, writeViewsArchive } from '../helpers/views-archive.js';

const root = writeViewsArchive();
const status = (args: string[], opts: { env?: Record<string, string>; columns?: number } = {}) =>
  cli(['--archive', root, 'status', '--today', VIEWS_TODAY, ...args], opts);

describe('buildStatus', () => {
  const archive = loadArchive(root);
  const report = buildStatus(archive, archive.terms.byId('2025-2026-1'), VIEWS_TODAY);
  const row = (id: string) => report.rows.find((r) => r.category === id)!;

  it('lays the required categories over the term months, in catalog order', () => {
    expect(report.months).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01']);
    expect(report.rows.map((r) => r.category)).toEqual([
      'plan',
      'major-work',
      'cadre-review',
      'staff-evaluation',
      'congress',
      'enrollment',
      'fees',
      'finance',
    ]);
  });

  it('shows each month of a monthly category: once, twice, missing, not yet due', () => {
    expect(row('finance').periods.map((p) => [p.period, p.status, p.ids.length, p.month])).toEqual([
      ['2025-09', 'met', 1, '2025-09'],
      ['2025-10', 'met', 2, '2025-10'],
      ['2025-11', 'missing', 0, '2025-11'],
      ['2025-12', 'pending', 0, '2025-12'],
      ['2026-01', 'pending', 0, '2026-01'],
    ]);
  });

  it('puts a term or year item in the month it falls due, or outside the grid when that is another term', () => {
    expect(row('fees').periods).toEqual([
      { period: '2025-2026-1', due: '2025-09-08', status: 'met', ids: ['20250828-001'], month: '2025-09' },
    ]);
    expect(row('plan').periods).toEqual([
      { period: '2025-2026', due: '2025-10-31', status: 'met', ids: ['20251020-001'], month: '2025-10' },
    ]);
    expect(row('congress').periods).toEqual([{ period: '2025-2026', due: '2026-06-30', status: 'pending', ids: [], month: null }]);
  });

  it('counts only the due periods of the grid', () => {
    expect(report.completeness).toEqual({ required: 6, met: 5, rate: 5 / 6 });
  });

  it('lists what falls due in the next 30 days and the open opinions with their age', () => {
    expect(report.upcoming).toEqual({
      days: 30,
      from: '2025-12-20',
      to: '2026-01-19',
      items: [{ category: 'finance', period: '2025-12', due: '2026-01-15', days: 26 }],
      other: [],
    });
    expect(report.openFeedback).toEqual([
      {
        id: '20251010-001',
        n: 2,
        received: '2025-10-20',
        channel: 'hotline',
        summary: '反映食堂采购价格偏高',
        age: 61,
        answerBy: '2025-11-04',
        overdue: true,
      },
      {
        id: '20251020-001',
        n: 1,
        received: '2025-12-10',
        channel: 'congress-motion',
        summary: '建议增加课后体育活动时间',
        age: 10,
        answerBy: '2025-12-25',
        overdue: false,
      },
    ]);
  });

  it('sees the next term coming: fees and major work fall due within 30 days of 2026-01-20', () => {
    const later = buildStatus(archive, archive.terms.byId('2025-2026-1'), '2026-01-20');
    expect(later.upcoming.items.map((u) => [u.category, u.period, u.due, u.days])).toEqual([
      ['fees', '2025-2026-2', '2026-02-08', 19],
      ['finance', '2026-01', '2026-02-15', 26],
    ]);
  });
});

describe('xwgk status', () => {
  it('matches the golden text in Chinese and English', async () => {
    const zh = await status([]);
    expect(zh.code).toBe(0);
    await expect(zh.stdout).toMatchFileSnapshot('../golden/status.zh.txt');
    const en = await status(['--lang', 'en']);
    expect(en.code).toBe(0);
    await expect(en.stdout).toMatchFileSnapshot('../golden/status.en.txt');
  });

  it('fits a 100-column terminal in every term and both languages', async () => {
    for (const term of ['current', 'previous', 'next', '2024-2025-1'])
      for (const lang of ['zh-CN', 'en']) {
        const r = await status(['--term', term, '--lang', lang]);
        expect(r.code).toBe(0);
        for (const line of r.stdout.split('\n')) expect(displayWidth(line), `${term} ${lang}: ${line}`).toBeLessThanOrEqual(100);
      }
  });

  it('says the same with colour, only coloured', async () => {
    const plain = await status([]);
    const coloured = await status([], { env: { NO_COLOR: '', FORCE_COLOR: '1' } });
    expect(coloured.stdout).toContain('\u001b[');
    expect(coloured.stdout.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain.stdout);
  });

  it('prints the report itself as JSON', async () => {
    const r = await status(['--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['school', 'today', 'term', 'months', 'rows', 'completeness', 'upcoming', 'openFeedback', 'skipped']);
    expect(json.term).toEqual({ id: '2025-2026-1', name: '2025—2026学年第一学期', start: '2025-09-01', end: '2026-01-31' });
    expect(json.rows.find((r: { category: string }) => r.category === 'finance').periods[2]).toEqual({
      period: '2025-11',
      due: '2025-12-15',
      status: 'missing',
      ids: [],
      month: '2025-11',
    });
  });

  it('takes a term id, and exits 0 whatever it shows', async () => {
    const r = await status(['--term', '2024-2025-2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2024—2025学年第二学期（2025-02-01 至 2025-08-31）');
    expect(r.stdout).toContain('已到期 13 项，已公开 0 项（0%）');
  });

  it('refuses an unknown term or format with exit 2', async () => {
    const term = await status(['--term', '2025-2027-1']);
    expect(term.code).toBe(2);
    expect(term.stderr).toContain('学期编号“2025-2027-1”无效');
    const format = await status(['--format', 'xml', '--lang', 'en']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown format "xml". Formats: text, json');
    expect(format.stdout).toBe('');
  });
});
