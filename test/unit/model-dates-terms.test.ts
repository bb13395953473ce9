import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayOfWeek,
  daysBetween,
  isCalendarDate,
  isDateOrDateTime,
  isMonth,
  monthsBetween,
} from '../../src/model/dates.js';
import { defaultTermIdOf, isTermId, nextTermId, previousTermId, schoolYearOf, Terms } from '../../src/model/terms.js';
import { inferPeriod, inferTerm, termOfRecord } from '../../src/model/periods.js';
import { makeCatalog } from '../../src/model/catalog.js';
import { defaultCatalogData } from '../../src/archive/default-catalog.js';
import { resolveRange } from '../../src/model/range.js';
import { XwgkError } from '../../src/model/errors.js';

const catalog = makeCatalog(defaultCatalogData());
const configured = new Terms({
  terms: [
    { id: '2025-2026-1', start: '2025-09-01', end: '2026-01-25' },
    { id: '2025-2026-2', start: '2026-02-23', end: '2026-07-10' },
  ],
});
const plain = new Terms({ terms: [] });

describe('calendar dates', () => {
  it.each([
    ['2025-09-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-9-1', false],
    ['2025-09-01T10:00', false],
    ['1899-12-31', false],
    ['', false],
  ])('isCalendarDate(%s) = %s', (s, ok) => expect(isCalendarDate(s)).toBe(ok));

  it.each([
    ['2025-09-01', true],
    ['2025-09-01T08:30', true],
    ['2025-09-01T08:30:00+08:00', true],
    ['2025-09-01T23:59:59Z', true],
    ['2025-09-01T24:00', false],
    ['2025-02-30T08:00', false],
    ['2025-09-01 08:30', true],
  ])('isDateOrDateTime(%s) = %s', (s, ok) => expect(isDateOrDateTime(s)).toBe(ok));

  it('does day arithmetic across months, years, leap days and DST changes', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-08', 2)).toBe('2025-03-10'); // US DST starts 2025-03-09
    expect(addDays('2025-11-01', 2)).toBe('2025-11-03'); // US DST ends 2025-11-02
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
    expect(daysBetween('2025-11-01', '2025-11-04')).toBe(3);
    expect(dayOfWeek('2025-09-01')).toBe(1); // a Monday
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2025-09-15', '2026-01-10')).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01']);
    expect(isMonth('2025-00')).toBe(false);
  });
});

describe('terms', () => {
  it.each([
    ['2025-09-01', '2025-2026-1'],
    ['2026-01-31', '2025-2026-1'],
    ['2026-02-01', '2025-2026-2'],
    ['2026-08-31', '2025-2026-2'],
    ['2025-08-31', '2024-2025-2'],
    ['2025-12-31', '2025-2026-1'],
  ])('by the default rule %s is in %s', (date, id) => {
    expect(defaultTermIdOf(date)).toBe(id);
    expect(plain.of(date).id).toBe(id);
  });

  it('gives default dates and names', () => {
    expect(plain.byId('2025-2026-1')).toMatchObject({
      start: '2025-09-01',
      end: '2026-01-31',
      name: '2025—2026学年第一学期',
      configured: false,
    });
    expect(plain.byId('2025-2026-2')).toMatchObject({ start: '2026-02-01', end: '2026-08-31', name: '2025—2026学年第二学期' });
    expect(new Terms({ terms: [] }, 'en').byId('2025-2026-2').name).toBe('2025–2026 school year, second term');
  });

  it.each([
    ['2026-01-20', '2025-2026-1'],
    ['2026-01-26', '2025-2026-2'],
    ['2026-02-10', '2025-2026-2'], // winter holiday → next term
    ['2026-07-10', '2025-2026-2'],
    ['2026-07-20', '2026-2027-1'],
    ['2025-08-20', '2024-2025-2'], // summer holiday → next term; before the first configured term the default rule holds
  ])('with configured terms %s belongs to %s', (date, id) => expect(configured.of(date).id).toBe(id));

  it('steps between terms and lists them', () => {
    expect(nextTermId('2025-2026-1')).toBe('2025-2026-2');
    expect(nextTermId('2025-2026-2')).toBe('2026-2027-1');
    expect(previousTermId('2025-2026-1')).toBe('2024-2025-2');
    expect(configured.between('2025-10-01', '2026-03-01').map((t) => t.id)).toEqual(['2025-2026-1', '2025-2026-2']);
    expect(configured.months(configured.byId('2025-2026-1'))).toEqual(['2025-09', '2025-10', '2025-11', '2025-12', '2026-01']);
    expect(schoolYearOf('2026-08-31')).toBe('2025-2026');
    expect(schoolYearOf('2026-09-01')).toBe('2026-2027');
    expect(isTermId('2025-2027-1')).toBe(false);
    expect(isTermId('2025-2026-3')).toBe(false);
  });
});

describe('which term and month a record counts in', () => {
  it('counts a fee notice posted within 30 days before term in that term', () => {
    const fee = { category: 'fees', time: '2025-08-28', timing: 'before' };
    expect(inferTerm(fee, catalog, plain).id).toBe('2025-2026-1');
    expect(inferTerm({ ...fee, time: '2025-07-25' }, catalog, plain).id).toBe('2024-2025-2'); // 38 days before: not
    expect(inferTerm({ ...fee, timing: 'after' }, catalog, plain).id).toBe('2024-2025-2');
    expect(inferTerm({ category: 'finance', time: '2025-08-28', timing: 'before' }, catalog, plain).id).toBe('2024-2025-2');
    expect(termOfRecord({ ...fee, time: '2025-07-25', term: '2025-2026-1' }, catalog, plain).id).toBe('2025-2026-1');
  });

  it('counts a spring fee notice posted in the winter holiday in the spring term', () => {
    expect(inferTerm({ category: 'fees', time: '2026-02-10', timing: 'before' }, catalog, configured).id).toBe('2025-2026-2');
  });

  it('reports the month before when posted on or before the due day', () => {
    expect(inferPeriod('finance', '2025-10-10', catalog)).toBe('2025-09');
    expect(inferPeriod('finance', '2025-10-15', catalog)).toBe('2025-09');
    expect(inferPeriod('finance', '2025-10-16', catalog)).toBe('2025-10');
    expect(inferPeriod('finance', '2026-01-05T09:00', catalog)).toBe('2025-12');
  });
});

describe('period options', () => {
  const today = '2025-11-20';
  it('resolves --term, --month and --from/--to', () => {
    expect(resolveRange({ term: 'current' }, configured, today).term?.id).toBe('2025-2026-1');
    expect(resolveRange({ term: 'previous' }, configured, today).term?.id).toBe('2024-2025-2');
    expect(resolveRange({ month: '2025-02' }, configured, today)).toMatchObject({ from: '2025-02-01', to: '2025-02-28' });
    expect(resolveRange({ from: '2025-09-01', to: '2025-09-30' }, configured, today)).toEqual({ from: '2025-09-01', to: '2025-09-30' });
  });
  it.each([
    [{ term: '2025' }],
    [{ month: '2025-13' }],
    [{ from: '2025-02-30' }],
    [{ from: '2025-10-01', to: '2025-09-01' }],
    [{ term: 'current', month: '2025-09' }],
  ])('refuses %j with exit 2', (opts) => {
    try {
      resolveRange(opts, configured, today);
      expect.unreachable();
    } catch (e) {
      expect((e as XwgkError).exitCode).toBe(2);
    }
  });
});
