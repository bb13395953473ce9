import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { buildTermSummary } from '../../src/reports/summary.js';
import { makeRenderContext } from '../../src/render/context.js';
import { labelSummary } from '../../src/render/summary-labels.js';
import { SUMMARY_TERM, SUMMARY_TODAY, writeSummaryArchive } from '../helpers/summary-archive.js';

const archive = loadArchive(writeSummaryArchive());
const summary = buildTermSummary(archive, archive.terms.byId(SUMMARY_TERM), SUMMARY_TODAY);
const labelled = (lang: 'zh-CN' | 'en', s = summary) =>
  labelSummary(makeRenderContext({ lang, catalog: archive.catalog, color: false }), s);
const counts = (xs: { id: string; count: number }[]) => Object.fromEntries(xs.map((x) => [x.id, x.count]));

describe('buildTermSummary on a hand-built autumn term', () => {
  it('loads the fixture without problems', () => {
    expect(archive.findings).toEqual([]);
    expect(archive.records).toHaveLength(12);
  });

  it('counts the fee notice of Aug 28 in the term, the withdrawn tender only as withdrawn, and no neighbouring-term record', () => {
    expect(summary.term).toEqual({
      id: '2025-2026-1',
      name: '2025—2026学年第一学期',
      configured: true,
      start: '2025-09-01',
      end: '2026-01-25',
    });
    expect(labelled('en').term.label).toBe('2025–2026 school year, first term');
    expect(summary.total).toBe(7);
    expect(summary.withdrawn).toBe(1);
    expect(summary.ledger.map((r) => r.id)).toEqual([
      '20250828-001',
      '20250905-001',
      '20251010-001',
      '20251112-001',
      '20251120-001',
      '20251215-001',
      '20260110-001',
    ]);
    expect(summary.withdrawnRecords).toEqual([
      { id: '20251201-001', title: '操场改造工程招标', date: '2025-12-01', on: '2025-12-03', reason: '金额录入有误，重新公开' },
    ]);
  });

  it('tallies by category, column, form, audience and timing (a record with two forms counts in each)', () => {
    expect(counts(summary.byCategory)).toEqual({ 'major-work': 1, fees: 1, finance: 3, procurement: 1, safety: 1 });
    expect(labelled('zh-CN').byCategory.map((c) => c.label)).toEqual([
      '重大工作安排与重大决策',
      '收费项目与标准',
      '财务收支',
      '大宗物资采购',
      '安全与突发事件',
    ]);
    expect(counts(summary.byColumn)).toEqual({ affairs: 2, finance: 4, fees: 1 });
    expect(counts(summary.byForm)).toEqual({ board: 5, 'fee-board': 1, congress: 1, 'admin-meeting': 1, website: 2, 'parent-letter': 2 });
    expect(counts(summary.byAudience)).toEqual({ staff: 5, students: 0, parents: 2, public: 2 });
    expect(counts(summary.byTiming)).toEqual({ before: 3, during: 0, after: 4 });
  });

  it('counts by the month of `time`, so the fee notice shows in August', () => {
    expect(summary.byMonth).toEqual([
      { month: '2025-08', count: 1 },
      { month: '2025-09', count: 1 },
      { month: '2025-10', count: 1 },
      { month: '2025-11', count: 2 },
      { month: '2025-12', count: 1 },
      { month: '2026-01', count: 1 },
    ]);
  });

  it('measures completeness over the term (plan, major work, fees, five finance months)', () => {
    expect(summary.completeness.required).toBe(8);
    expect(summary.completeness.met).toBe(5);
    expect(summary.completeness.rate).toBe(0.625);
    expect(summary.completeness.missing.map((m) => `${m.category} ${m.period}`)).toEqual([
      'plan 2025-2026',
      'finance 2025-12',
      'finance 2026-01',
    ]);
    const finance = summary.matrix.rows.find((r) => r.category === 'finance')!;
    expect(summary.matrix.months).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01']);
    expect(finance.cells.map((c) => c.status)).toEqual(['met', 'met', 'met', 'missing', 'missing']);
    expect(summary.matrix.rows.find((r) => r.category === 'fees')!.cells.map((c) => c.status)).toEqual([
      'met',
      'none',
      'none',
      'none',
      'none',
    ]);
  });

  it('counts feedback received, answered, overdue (unanswered past 15 days) and answered late', () => {
    expect(summary.feedback).toMatchObject({ received: 3, answered: 2, overdue: 1, open: 1, answeredLate: 1, days: 15 });
    expect(counts(summary.feedback.byChannel)).toEqual({ 'opinion-box': 1, hotline: 1, online: 1 });
  });

  it('reports the four pairings, the approvals and the largest money matters (not the withdrawn tender)', () => {
    expect(summary.pairings).toEqual({
      internal: 5,
      external: 3,
      both: 1,
      full: 2,
      partial: 5,
      process: 3,
      result: 4,
      untimed: 0,
      explained: 1,
    });
    expect(summary.approvals).toEqual({ reviewed: 5, supervised: 4 });
    expect(summary.largestAmounts.map((m) => [m.id, m.amount])).toEqual([
      ['20251120-001', 96000],
      ['20251215-001', 45000],
    ]);
  });

  it("holds the checks' findings for the term's records", () => {
    // A missing approval is the approvals check's (reported once, not also under catalog).
    expect(summary.findings.filter((f) => f.check === 'catalog')).toEqual([]);
    const approvals = summary.findings.filter((f) => f.check === 'approvals');
    expect(approvals.map((f) => [f.code, f.id, f.message.key])).toEqual([
      ['approvals.missing', '20251215-001', 'check.approvals.missing-supervision'],
    ]);
  });

  it('compares with the previous term (2024-2025-2 by the default rule)', () => {
    const p = summary.previous!;
    expect(p.term.id).toBe('2024-2025-2');
    expect([p.total, p.withdrawn, p.completeness.required, p.completeness.met]).toEqual([2, 0, 13, 2]);
    expect(counts(p.byCategory)).toEqual({ congress: 1, finance: 1 });
    expect(p.feedback).toEqual({ received: 0, answered: 0, overdue: 0 });
  });

  it('counts the next term on its own: the fee notice between terms and the February accounts', () => {
    const next = buildTermSummary(archive, archive.terms.byId('2025-2026-2'), SUMMARY_TODAY);
    expect(next.total).toBe(2);
    expect(next.ledger.map((r) => r.id)).toEqual(['20260220-001', '20260228-001']);
    expect(labelled('en', next).byCategory.map((c) => c.label)).toEqual(['Fee schedule', 'Income and spending']);
    expect(next.previous?.total).toBe(7);
    expect(next.previous?.withdrawn).toBe(1);
  });

  it('has no previous figures when the archive holds nothing of the previous term', () => {
    expect(buildTermSummary(archive, archive.terms.byId('2024-2025-2'), SUMMARY_TODAY).previous).toBeNull();
  });
});
