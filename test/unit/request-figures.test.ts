/**
 * The annual report's request figures: the applicant × outcome matrix cell by cell, the year
 * boundaries (received Dec 31 / Jan 1, answered Jan 1, carried over, pending) and the table's own
 * check, received + carried over = answered + pending.
 */
import { describe, expect, it } from 'vitest';
import type { InfoRequest } from '../../src/model/request.js';
import { APPLICANT_TYPES, OUTCOMES } from '../../src/model/request-vocab.js';
import { appealFigures, requestDetail, requestFigures } from '../../src/reports/request-figures.js';

let n = 0;
function req(
  applicant: string,
  received: string,
  answer?: { outcome: string; on: string; reason?: string },
  more: Partial<InfoRequest> = {},
): InfoRequest {
  n++;
  return {
    id: `R${received.replaceAll('-', '')}-${String(n).padStart(3, '0')}`,
    received,
    channel: 'online',
    applicant,
    asked: '某项信息',
    ...(answer ? { answer } : {}),
    ...more,
  } as InfoRequest;
}

// One request per applicant × outcome cell with a distinct count, so a cell read from the wrong place shows.
const CELLS: [string, string, number][] = [];
APPLICANT_TYPES.forEach((a, i) => OUTCOMES.forEach((o, j) => CELLS.push([a.id, o.id, (i + j) % 3])));
const REASON: Record<string, string | undefined> = {
  partial: 'third-party',
  withheld: 'state-secret',
  unavailable: 'not-held',
  'not-processed': 'repeat',
  other: 'other',
};
const FIXTURE = CELLS.flatMap(([applicant, outcome, count]) =>
  Array.from({ length: count }, () =>
    req(applicant, '2025-05-06', { outcome, on: '2025-05-20', ...(REASON[outcome] ? { reason: REASON[outcome] } : {}) }),
  ),
);

describe('requestFigures: the matrix', () => {
  const f = requestFigures(FIXTURE, 2025);
  it.each(CELLS)('%s × %s = %i', (applicant, outcome, count) => {
    expect(f.matrix[applicant]![outcome]).toBe(count);
  });
  it('has every applicant and every outcome, zeros included', () => {
    expect(Object.keys(f.matrix)).toEqual(APPLICANT_TYPES.map((a) => a.id));
    for (const row of Object.values(f.matrix)) expect(Object.keys(row)).toEqual(OUTCOMES.map((o) => o.id));
  });
  it('totals rows and columns from the same requests', () => {
    const total = CELLS.reduce((s, [, , c]) => s + c, 0);
    expect(f).toMatchObject({ received: total, carriedOver: 0, answered: total, pending: 0 });
    expect(f.byApplicant.map((x) => x.count)).toEqual(
      APPLICANT_TYPES.map((a) => CELLS.filter(([ap]) => ap === a.id).reduce((s, [, , c]) => s + c, 0)),
    );
    expect(f.outcomes.map((x) => x.count)).toEqual(
      OUTCOMES.map((o) => CELLS.filter(([, oc]) => oc === o.id).reduce((s, [, , c]) => s + c, 0)),
    );
  });
  it('counts the reasons under their outcomes', () => {
    const d = requestDetail(FIXTURE, 2025, () => '2025-06-01');
    const withheld = d.reasons.find((r) => r.outcome === 'withheld' && r.reason === 'state-secret')!;
    expect(withheld.count).toBe(CELLS.filter(([, o]) => o === 'withheld').reduce((s, [, , c]) => s + c, 0));
    expect(d.reasons.find((r) => r.outcome === 'withheld' && r.reason === 'third-party')!.count).toBe(0);
    expect(d).toMatchObject({ late: 0, inTime: f.answered });
  });
});

describe('requestFigures: the year runs January 1 – December 31', () => {
  const list = [
    req('person', '2024-12-20', { outcome: 'disclosed', on: '2024-12-31' }), // all in 2024: not in 2025 at all
    req('person', '2024-12-23', { outcome: 'disclosed', on: '2025-01-02' }), // carried over, answered in 2025
    req('business', '2024-12-30'), // carried over, still open: pending
    req('person', '2025-01-01', { outcome: 'partial', reason: 'third-party', on: '2025-01-20' }), // first day of the year
    req('legal', '2025-12-31', { outcome: 'disclosed', on: '2026-01-05' }), // last day, answered next year: pending
    req('research', '2026-01-01', { outcome: 'disclosed', on: '2026-01-02' }), // next year: not counted
  ];
  it('2025', () => {
    const f = requestFigures(list, 2025);
    expect(f).toMatchObject({ received: 2, carriedOver: 2, answered: 2, pending: 2 });
    expect(f.received + f.carriedOver).toBe(f.answered + f.pending);
    expect(f.matrix.person).toMatchObject({ disclosed: 1, partial: 1 });
    expect(f.byApplicant.filter((a) => a.count > 0)).toEqual([
      { applicant: 'person', count: 1 },
      { applicant: 'legal', count: 1 },
    ]);
  });
  it('2024 and 2026 see the same requests from their side of the boundary', () => {
    expect(requestFigures(list, 2024)).toMatchObject({ received: 3, carriedOver: 0, answered: 1, pending: 2 });
    expect(requestFigures(list, 2026)).toMatchObject({ received: 1, carriedOver: 2, answered: 2, pending: 1 });
  });
  it('late answers are those after their deadline', () => {
    const d = requestDetail(list, 2025, (r) => (r.received === '2025-01-01' ? '2025-01-10' : '2099-01-01'));
    expect(d).toMatchObject({ late: 1, inTime: 1 });
  });
});

describe('appealFigures', () => {
  it('counts reviews by the year they were filed, by result', () => {
    const appeals = [
      { filed: '2025-03-01', result: 'upheld' },
      { filed: '2025-12-31', result: 'pending' },
      { filed: '2026-01-01', result: 'corrected' },
      undefined,
    ];
    expect(appealFigures(appeals, 2025)).toEqual({ count: 2, results: { upheld: 1, corrected: 0, other: 0, pending: 1 } });
  });
});
