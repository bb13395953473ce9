/** `completeness`: one finding per required category × period that is due and has no disclosure. */
import { describe, expect, it } from 'vitest';
import { archiveOf, rec, runCheck } from '../helpers/checks.js';

const approved = { review: { by: '领导小组', on: '2025-09-01' }, supervision: { by: '监督小组', on: '2025-09-01' } };
/** Everything September 2025 asks for: the fee schedule, the term's major work, August and September accounts. */
const september = {
  ...rec('20250828-001', 'fees', '2025-08-28', { timing: 'before', basis: '物价局文件', audience: ['parents'], ...approved }),
  ...rec('20250905-001', 'major-work', '2025-09-05', { timing: 'before', decided: '2025-09-10' }),
  ...rec('20250910-001', 'finance', '2025-09-10', { timing: 'after', ...approved }),
  ...rec('20251010-001', 'finance', '2025-10-10', { timing: 'after', ...approved }),
};

describe('completeness', () => {
  it('passes when every due period has its disclosure (the Oct 10 accounts count for September)', () => {
    expect(runCheck('completeness', archiveOf(september), { month: '2025-09', today: '2025-10-20' })).toEqual([]);
  });

  it('names each missing category and period, with no record or file', () => {
    const files = { ...september };
    delete files['records/2025/20251010-001.yaml'];
    delete files['records/2025/20250905-001.yaml'];
    const findings = runCheck('completeness', archiveOf(files), { month: '2025-09', today: '2025-10-20' });
    expect(findings).toEqual([
      {
        check: 'completeness',
        code: 'completeness.missing',
        severity: 'error',
        category: 'major-work',
        period: '2025-2026-1',
        message: { key: 'check.completeness.missing', params: { category: 'major-work', period: '2025-2026-1', due: '2025-10-01' } },
        hint: { key: 'hint.completeness.term', params: { category: 'major-work', period: '2025-2026-1' } },
      },
      {
        check: 'completeness',
        code: 'completeness.missing',
        severity: 'error',
        category: 'finance',
        period: '2025-09',
        message: { key: 'check.completeness.missing', params: { category: 'finance', period: '2025-09', due: '2025-10-15' } },
        hint: { key: 'hint.completeness.monthly', params: { category: 'finance', period: '2025-09' } },
      },
    ]);
  });

  it('does not count a withdrawn disclosure, and waits for the due date', () => {
    const files = {
      ...september,
      ...rec('20251010-001', 'finance', '2025-10-10', {
        timing: 'after',
        ...approved,
        status: 'withdrawn',
        withdrawn: { on: '2025-10-11', reason: '数字有误' },
      }),
    };
    const at = (today: string) =>
      runCheck('completeness', archiveOf(files), { month: '2025-09', today }).map((f) => `${f.category} ${f.period}`);
    expect(at('2025-10-15')).toEqual([]);
    expect(at('2025-10-16')).toEqual(['finance 2025-09']);
  });

  it('covers a whole school year: the plan by Oct 31 and the year-end categories by June and July', () => {
    const findings = runCheck('completeness', archiveOf(september), { from: '2025-09-01', to: '2026-08-31', today: '2026-09-01' });
    const year = findings.filter((f) => f.period === '2025-2026').map((f) => f.category);
    expect(year).toEqual(['plan', 'cadre-review', 'staff-evaluation', 'congress', 'enrollment']);
    expect(findings.filter((f) => f.category === 'finance').map((f) => f.period)).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
    ]); // August is due Sep 15
    expect(findings.filter((f) => f.category === 'fees').map((f) => f.period)).toEqual(['2025-2026-2']);
  });
});
