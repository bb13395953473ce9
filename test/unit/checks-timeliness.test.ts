/** `timeliness`: deadlines in working days, before the matter, both halves of a matter, notice periods. */
import { describe, expect, it } from 'vitest';
import { archiveOf, NATIONAL_DAY_2025, rec, runCheck, short } from '../helpers/checks.js';

const approved = { review: { by: '领导小组', on: '2025-08-01' }, supervision: { by: '监督小组', on: '2025-08-01' } };
const run = (files: Record<string, string>, today = '2025-11-20') =>
  runCheck('timeliness', archiveOf({ 'xwgk.yaml': NATIONAL_DAY_2025, ...files }), { today });

describe('timeliness: event categories within their working days of decided', () => {
  // Decided Friday Sep 26; 20 working days, counting Sunday Sep 28 and Saturday Oct 11 (调休) and
  // skipping Oct 1–8, end on Thursday Oct 30.
  it('passes on the last allowed working day', () => {
    expect(run(rec('20251030-001', 'rules', '2025-10-30', { decided: '2025-09-26', timing: 'before' }))).toEqual([]);
  });
  it('reports the next day as late, with the working days counted and the deadline', () => {
    const findings = run(rec('20251031-001', 'rules', '2025-10-31', { decided: '2025-09-26', timing: 'before' }));
    expect(findings).toEqual([
      {
        check: 'timeliness',
        code: 'timeliness.late',
        severity: 'error',
        id: '20251031-001',
        file: 'records/2025/20251031-001.yaml',
        line: 5,
        category: 'rules',
        message: {
          key: 'check.timeliness.late',
          params: {
            id: '20251031-001',
            category: 'rules',
            time: '2025-10-31',
            decided: '2025-09-26',
            days: 21,
            limit: 20,
            deadline: '2025-10-30',
          },
        },
        hint: { key: 'hint.timeliness.late', params: { id: '20251031-001', category: 'rules', time: '2025-10-31' } },
      },
    ]);
  });
  it('counts plain weekdays when xwgk.yaml lists no holidays', () => {
    const archive = archiveOf(
      rec('20251027-001', 'safety', '2025-10-27', { decided: '2025-09-26', timing: 'after', audience: ['parents', 'public'] }),
    );
    expect(short(runCheck('timeliness', archive, { today: '2025-11-20' }))).toEqual([
      { code: 'timeliness.late', severity: 'error', id: '20251027-001' },
    ]);
  });
});

describe('timeliness: before the matter', () => {
  it('reports a before-category record that says it came after or during (and nothing more about it)', () => {
    expect(
      short(
        run({
          ...rec('20250828-001', 'fees', '2025-08-28', { timing: 'after', basis: '文件', audience: ['parents'], ...approved }),
          ...rec('20250829-001', 'fees', '2025-08-29', { timing: 'during', basis: '文件', audience: ['parents'], ...approved }),
        }),
      ),
    ).toEqual([
      { code: 'timeliness.not-before', severity: 'error', id: '20250828-001' },
      { code: 'timeliness.not-before', severity: 'error', id: '20250829-001' },
    ]);
  });
  it('takes decided as the day of the decision: a before disclosure may follow it within the limit', () => {
    expect(
      run(
        {
          ...rec('20250924-001', 'major-work', '2025-09-24', { timing: 'before', decided: '2025-09-22' }),
          ...rec('20251203-001', 'tender', '2025-12-03', {
            timing: 'before',
            decided: '2025-12-01',
            amount: 380000,
            audience: ['staff', 'public'],
            tags: ['跑道'],
            ...approved,
          }),
        },
        '2025-12-20',
      ),
    ).toEqual([]);
  });
});

describe('timeliness: recurring disclosures by their due date', () => {
  it('warns when the accounts for a month come after its due date, naming the period', () => {
    expect(
      short(
        run({
          ...rec('20251020-001', 'finance', '2025-10-20', { timing: 'after', period: '2025-09', ...approved }),
          ...rec('20251114-001', 'finance', '2025-11-14', { timing: 'after', ...approved }),
        }),
      ),
    ).toEqual([{ code: 'timeliness.overdue', severity: 'warning', id: '20251020-001', period: '2025-09' }]);
  });
  it('judges only the first disclosure of a period: a second major decision later in the term is not late', () => {
    expect(
      run({
        ...rec('20250924-001', 'major-work', '2025-09-24', { timing: 'before', decided: '2025-09-22' }),
        ...rec('20251121-001', 'major-work', '2025-11-21', { timing: 'before', decided: '2025-11-19' }),
      }),
    ).toEqual([]);
    expect(short(run(rec('20251121-001', 'major-work', '2025-11-21', { timing: 'before', decided: '2025-11-19' })))).toEqual([
      { code: 'timeliness.overdue', severity: 'warning', id: '20251121-001', period: '2025-2026-1' },
    ]);
  });
  it('warns when the fee schedule comes more than 7 days into the term', () => {
    expect(
      short(run(rec('20250909-001', 'fees', '2025-09-09', { timing: 'before', basis: '文件', audience: ['parents'], ...approved }))),
    ).toEqual([{ code: 'timeliness.overdue', severity: 'warning', id: '20250909-001', period: '2025-2026-1' }]);
  });
});

describe('timeliness: before and after, tied by a shared tag', () => {
  const proc = (id: string, time: string, timing: string, tags: string[] | undefined, decided = '2025-09-01') =>
    rec(id, 'procurement', time, { timing, decided, amount: 96000, ...approved, ...(tags ? { tags } : {}) });
  it('passes when both halves share a tag (the before may lie outside the range)', () => {
    const archive = archiveOf({
      'xwgk.yaml': NATIONAL_DAY_2025,
      ...proc('20250829-001', '2025-08-29', 'before', ['课桌椅采购']),
      ...proc('20250915-001', '2025-09-15', 'after', ['课桌椅采购']),
    });
    expect(runCheck('timeliness', archive, { month: '2025-09', today: '2025-11-20' })).toEqual([]);
  });
  it('reports a before without its after once the after is overdue, and an after without a before at once', () => {
    expect(
      short(
        run({
          ...proc('20250829-001', '2025-08-29', 'before', ['课桌椅']),
          ...proc('20250915-001', '2025-09-15', 'after', ['电脑']),
          ...proc('20250916-001', '2025-09-16', 'after', undefined),
          // Decided Nov 10: its after is due Dec 8, not yet overdue on Nov 20.
          ...proc('20251107-001', '2025-11-07', 'before', ['空调'], '2025-11-10'),
        }),
      ),
    ).toEqual([
      { code: 'timeliness.missing-after', severity: 'error', id: '20250829-001' },
      { code: 'timeliness.missing-before', severity: 'error', id: '20250915-001' },
      { code: 'timeliness.missing-before', severity: 'error', id: '20250916-001' },
    ]);
  });
  it('says when the missing after was due', () => {
    const [f] = run(proc('20250829-001', '2025-08-29', 'before', ['课桌椅']));
    expect(f!.message.params).toMatchObject({ tags: '课桌椅', due: '2025-09-28' }); // decided Sep 1 (after its term's end) + 20 working days, the last one the moved Sunday
  });
  it('gives an event matter until its term is over (plus the limit) before its after half is missing', () => {
    // Before on Oct 10 in the autumn term (ends Jan 31): the after is due 20 working days later, Feb 27.
    const files = proc('20251010-001', '2025-10-10', 'before', ['空调'], '2025-10-09');
    expect(run(files, '2026-02-27')).toEqual([]);
    expect(short(run(files, '2026-03-03'))).toEqual([{ code: 'timeliness.missing-after', severity: 'error', id: '20251010-001' }]);
  });
});

describe('timeliness: notice periods', () => {
  const aid = (id: string, time: string, until: string) =>
    rec(id, 'student-aid', time, { until, timing: 'before', audience: ['parents', 'students'] });
  it('passes a notice up Monday to Friday (5 working days, both ends counted)', () => {
    expect(run(aid('20250915-001', '2025-09-15', '2025-09-19'))).toEqual([]);
  });
  it('reports a notice that is too short, counting holidays out, and says how long it should stay up', () => {
    const findings = run({ ...aid('20250915-001', '2025-09-15', '2025-09-18'), ...aid('20250929-001', '2025-09-29', '2025-10-09') });
    expect(short(findings)).toEqual([
      { code: 'timeliness.short-notice', severity: 'error', id: '20250915-001' },
      { code: 'timeliness.short-notice', severity: 'error', id: '20250929-001' },
    ]);
    expect(findings[1]!.message.params).toMatchObject({ days: 3, required: 5 });
    expect(findings[1]!.hint!.params).toMatchObject({ earliest: '2025-10-11' });
    expect(findings[1]!.line).toBe(9); // the line of until
  });
});

describe('timeliness: withdrawn records', () => {
  it('are skipped', () => {
    expect(
      run(
        rec('20251031-001', 'rules', '2025-10-31', {
          decided: '2025-09-26',
          timing: 'before',
          status: 'withdrawn',
          withdrawn: { on: '2025-11-01', reason: '重发' },
        }),
      ),
    ).toEqual([]);
  });
});
