/** `approvals`: review and supervision where the catalog requires them, dated on or before `time`. */
import { describe, expect, it } from 'vitest';
import { archiveOf, rec, runCheck, short } from '../helpers/checks.js';

const finance = (id: string, time: string, extra: Record<string, unknown>) => rec(id, 'finance', time, { timing: 'after', ...extra });
const review = (on: string) => ({ review: { by: '校务公开领导小组', on } });
const supervision = (on: string) => ({ supervision: { by: '校务公开监督小组', on } });
const today = '2025-11-20';

describe('approvals', () => {
  it('passes when both approvals are there and dated on or before the disclosure', () => {
    const archive = archiveOf(finance('20251010-001', '2025-10-10', { ...review('2025-10-09'), ...supervision('2025-10-10') }));
    expect(runCheck('approvals', archive, { today })).toEqual([]);
    expect(runCheck('catalog', archive, { today })).toEqual([]);
  });

  it('reports each missing approval once (not also under catalog), at the record', () => {
    const archive = archiveOf(finance('20251010-001', '2025-10-10', {}));
    expect(runCheck('approvals', archive, { today })).toEqual([
      {
        check: 'approvals',
        code: 'approvals.missing',
        severity: 'error',
        id: '20251010-001',
        file: 'records/2025/20251010-001.yaml',
        line: 1,
        category: 'finance',
        message: { key: 'check.approvals.missing-review', params: { id: '20251010-001', category: 'finance' } },
        hint: { key: 'hint.approvals.missing-review', params: { id: '20251010-001', time: '2025-10-10' } },
      },
      {
        check: 'approvals',
        code: 'approvals.missing',
        severity: 'error',
        id: '20251010-001',
        file: 'records/2025/20251010-001.yaml',
        line: 1,
        category: 'finance',
        message: { key: 'check.approvals.missing-supervision', params: { id: '20251010-001', category: 'finance' } },
        hint: { key: 'hint.approvals.missing-supervision', params: { id: '20251010-001', time: '2025-10-10' } },
      },
    ]);
    expect(runCheck('catalog', archive, { today })).toEqual([]);
  });

  it('reports an approval dated after the disclosure as late, at its line, even where not required', () => {
    const archive = archiveOf({
      ...finance('20251010-001', '2025-10-10', { ...review('2025-10-09'), ...supervision('2025-10-12') }),
      ...rec('20251011-001', 'other', '2025-10-11', review('2025-10-13')),
    });
    const findings = runCheck('approvals', archive, { today });
    expect(short(findings)).toEqual([
      { code: 'approvals.late', severity: 'error', id: '20251010-001' },
      { code: 'approvals.late', severity: 'error', id: '20251011-001' },
    ]);
    expect(findings[0]).toMatchObject({
      line: 11,
      message: { key: 'check.approvals.late-supervision', params: { on: '2025-10-12', time: '2025-10-10' } },
    });
    expect(findings[1]).toMatchObject({
      line: 9,
      message: { key: 'check.approvals.late-review', params: { on: '2025-10-13', time: '2025-10-11' } },
    });
  });

  it('compares with the calendar date of a date-time', () => {
    const archive = archiveOf(finance('20251010-001', '2025-10-10T16:30', { ...review('2025-10-10'), ...supervision('2025-10-10') }));
    expect(runCheck('approvals', archive, { today })).toEqual([]);
  });

  it('skips withdrawn records', () => {
    const archive = archiveOf(
      finance('20251010-001', '2025-10-10', { status: 'withdrawn', withdrawn: { on: '2025-10-11', reason: '重发' } }),
    );
    expect(runCheck('approvals', archive, { today })).toEqual([]);
  });
});
