/**
 * Period and due-date arithmetic, table-driven across month, term and year boundaries, configured
 * terms (with holiday gaps and partly configured years), the early fee notice, and working days with
 * holidays and moved working days. `npm test` runs this under Asia/Shanghai and America/Los_Angeles.
 */
import { describe, expect, it } from 'vitest';
import { makeCatalog } from '../../src/model/catalog.js';
import { defaultCatalogData } from '../../src/archive/default-catalog.js';
import { dueDate, periodOf, periodsInRange, type Recurring } from '../../src/model/due.js';
import { periodOfRecord, termOfRecord } from '../../src/model/periods.js';
import { Terms } from '../../src/model/terms.js';
import { WorkCalendar } from '../../src/model/workdays.js';
import { buildCompleteness, completenessRange } from '../../src/checks/completeness-periods.js';
import { archiveOf, rec } from '../helpers/checks.js';

const catalog = makeCatalog(defaultCatalogData());
const cat = (id: string) => catalog.category(id) as Recurring;
const DEFAULT = new Terms({ terms: [] });
/** A school whose terms are configured, with a winter holiday between them. */
const CONFIGURED = new Terms({
  terms: [
    { id: '2025-2026-1', start: '2025-09-01', end: '2026-01-16' },
    { id: '2025-2026-2', start: '2026-02-23', end: '2026-07-03' },
  ],
});
/** Only the autumn term is configured, and it starts before September. */
const PARTLY = new Terms({ terms: [{ id: '2025-2026-1', start: '2025-08-25', end: '2026-01-16' }] });
const TERMS = { DEFAULT, CONFIGURED, PARTLY };

describe('dueDate', () => {
  const custom = (by: string): Recurring => ({ ...cat('plan'), id: 'x', due: { by } }) as Recurring;
  it.each([
    ['finance', '2025-09', 'DEFAULT', '2025-10-15'],
    ['finance', '2025-12', 'DEFAULT', '2026-01-15'],
    ['finance', '2026-01', 'DEFAULT', '2026-02-15'],
    ['fees', '2025-2026-1', 'DEFAULT', '2025-09-08'],
    ['fees', '2025-2026-2', 'DEFAULT', '2026-02-08'],
    ['fees', '2025-2026-2', 'CONFIGURED', '2026-03-02'],
    ['major-work', '2025-2026-1', 'DEFAULT', '2025-10-01'],
    ['welfare', '2025-2026-1', 'DEFAULT', '2026-03-02'],
    ['welfare', '2025-2026-1', 'CONFIGURED', '2026-02-15'],
    ['welfare', '2025-2026-2', 'DEFAULT', '2026-09-30'],
    ['plan', '2025-2026', 'DEFAULT', '2025-10-31'],
    ['cadre-review', '2025-2026', 'DEFAULT', '2026-07-31'],
    ['congress', '2025-2026', 'DEFAULT', '2026-06-30'],
  ] as const)('%s %s (%s terms) is due %s', (id, period, terms, due) => {
    expect(dueDate(cat(id), period, TERMS[terms])).toBe(due);
  });
  it.each([
    ['02-29', '2025-2026', '2026-02-28'],
    ['02-29', '2027-2028', '2028-02-29'],
    ['09-30', '2025-2026', '2025-09-30'],
    ['08-31', '2025-2026', '2026-08-31'],
  ])('a year category due by %s in %s is due %s', (by, period, due) => {
    expect(dueDate(custom(by), period, DEFAULT)).toBe(due);
  });
});

describe('which period a record counts for', () => {
  type Row = [string, string, string, Record<string, string>, keyof typeof TERMS, string];
  it.each<Row>([
    ['finance posted on the due day reports on the month before', 'finance', '2025-10-15', {}, 'DEFAULT', '2025-09'],
    ['finance posted after the due day reports on its own month', 'finance', '2025-10-16', {}, 'DEFAULT', '2025-10'],
    ['December accounts posted in January', 'finance', '2026-01-10', {}, 'DEFAULT', '2025-12'],
    ['an ISO date-time keeps its calendar date', 'finance', '2026-01-15T23:30:00+08:00', {}, 'DEFAULT', '2025-12'],
    ['a period key wins', 'finance', '2025-10-10', { period: '2025-08' }, 'DEFAULT', '2025-08'],
    ['the autumn fee notice posted on Aug 28', 'fees', '2025-08-28', { timing: 'before' }, 'DEFAULT', '2025-2026-1'],
    ['… also when it does not say its timing', 'fees', '2025-08-28', {}, 'DEFAULT', '2025-2026-1'],
    ['a fee notice 47 days early stays in its own term', 'fees', '2025-07-15', { timing: 'before' }, 'DEFAULT', '2024-2025-2'],
    ['… unless its term key says otherwise', 'fees', '2025-07-15', { timing: 'before', term: '2025-2026-1' }, 'DEFAULT', '2025-2026-1'],
    ['the spring fee notice posted in January', 'fees', '2026-01-20', { timing: 'before' }, 'DEFAULT', '2025-2026-2'],
    ['an after-the-term settlement is not pulled forward', 'fee-settlement', '2025-08-28', { timing: 'after' }, 'DEFAULT', '2024-2025-2'],
    ['a date in the winter holiday belongs to the next term', 'fees', '2026-02-01', { timing: 'after' }, 'CONFIGURED', '2025-2026-2'],
    ['the spring fee notice in the holiday, 3 weeks early', 'fees', '2026-02-02', { timing: 'before' }, 'CONFIGURED', '2025-2026-2'],
    ['a configured autumn term that starts in August', 'fees', '2025-08-27', { timing: 'after' }, 'PARTLY', '2025-2026-1'],
    ['the plan in the last week of August, default terms', 'plan', '2025-08-25', {}, 'DEFAULT', '2024-2025'],
    ['the plan in the first week of a term configured to start in August', 'plan', '2025-08-25', {}, 'PARTLY', '2025-2026'],
    ['the staff congress in July', 'congress', '2026-07-03', {}, 'CONFIGURED', '2025-2026'],
  ])('%s', (_name, category, time, extra, terms, period) => {
    expect(periodOf(cat(category), { category, time, ...extra }, catalog, TERMS[terms])).toBe(period);
  });

  it('a term key and a period key are what termOfRecord and periodOfRecord read first', () => {
    expect(termOfRecord({ category: 'finance', time: '2025-10-10', term: '2024-2025-2' }, catalog, DEFAULT).id).toBe('2024-2025-2');
    expect(periodOfRecord({ category: 'finance', time: '2025-10-10', period: '2025-07' }, catalog)).toBe('2025-07');
  });
});

describe('Terms with configured terms', () => {
  it.each([
    ['2025-08-24', 'PARTLY', '2024-2025-2'],
    ['2025-08-25', 'PARTLY', '2025-2026-1'],
    ['2026-01-16', 'PARTLY', '2025-2026-1'],
    ['2026-01-17', 'PARTLY', '2025-2026-2'],
    ['2026-01-17', 'CONFIGURED', '2025-2026-2'],
    ['2026-02-22', 'CONFIGURED', '2025-2026-2'],
    ['2026-07-04', 'CONFIGURED', '2026-2027-1'],
    ['2026-01-31', 'DEFAULT', '2025-2026-1'],
    ['2026-02-01', 'DEFAULT', '2025-2026-2'],
    ['2026-08-31', 'DEFAULT', '2025-2026-2'],
    ['2026-09-01', 'DEFAULT', '2026-2027-1'],
  ] as const)('%s belongs to … (%s terms) %s', (date, terms, id) => {
    expect(TERMS[terms].of(date).id).toBe(id);
  });
  it('a default-rule term gives way to a configured neighbour', () => {
    expect(PARTLY.byId('2024-2025-2')).toMatchObject({ start: '2025-02-01', end: '2025-08-24', configured: false });
    // A gap after a configured term is a holiday: it belongs to the next term, which keeps its own start.
    expect(PARTLY.byId('2025-2026-2')).toMatchObject({ start: '2026-02-01', end: '2026-08-31', configured: false });
    expect(PARTLY.belongsFrom(PARTLY.byId('2025-2026-2'))).toBe('2026-01-17');
    expect(CONFIGURED.byId('2026-2027-1')).toMatchObject({ start: '2026-09-01', end: '2027-01-31' });
  });
});

describe('periodsInRange', () => {
  it.each([
    ['finance', '2025-11-15', '2026-02-03', 'DEFAULT', ['2025-11', '2025-12', '2026-01', '2026-02']],
    ['fees', '2025-12-01', '2026-03-01', 'DEFAULT', ['2025-2026-1', '2025-2026-2']],
    ['fees', '2026-01-20', '2026-02-10', 'CONFIGURED', []],
    ['fees', '2026-01-20', '2026-02-23', 'CONFIGURED', ['2025-2026-2']],
    ['fees', '2025-08-25', '2025-08-31', 'PARTLY', ['2025-2026-1']],
    ['plan', '2025-09-01', '2026-08-31', 'DEFAULT', ['2025-2026']],
    ['plan', '2025-11-01', '2026-08-31', 'DEFAULT', []],
    ['plan', '2024-09-01', '2026-10-31', 'DEFAULT', ['2024-2025', '2025-2026', '2026-2027']],
    ['cadre-review', '2025-09-01', '2026-01-31', 'DEFAULT', []],
    ['cadre-review', '2026-02-01', '2026-08-31', 'DEFAULT', ['2025-2026']],
  ] as const)('%s from %s to %s (%s terms): %j', (id, from, to, terms, periods) => {
    expect(periodsInRange(cat(id), from, to, TERMS[terms])).toEqual(periods);
  });
});

describe('WorkCalendar with the 2025 National Day holiday and its moved working days', () => {
  const holiday = new WorkCalendar({
    holidays: ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08'],
    workdays: ['2025-09-28', '2025-10-11'],
  });
  const plain = new WorkCalendar();
  const CAL = { holiday, plain };
  it.each([
    ['2025-09-26', true],
    ['2025-09-27', false],
    ['2025-09-28', true],
    ['2025-10-01', false],
    ['2025-10-08', false],
    ['2025-10-09', true],
    ['2025-10-11', true],
    ['2025-10-12', false],
  ] as const)('%s is a working day: %s', (date, yes) => expect(holiday.isWorkingDay(date)).toBe(yes));
  it.each([
    ['holiday', '2025-09-26', 1, '2025-09-28'],
    ['holiday', '2025-09-30', 1, '2025-10-09'],
    ['holiday', '2025-09-30', 3, '2025-10-11'],
    ['holiday', '2025-09-26', 20, '2025-10-30'],
    ['plain', '2025-09-26', 20, '2025-10-24'],
    ['plain', '2025-12-26', 5, '2026-01-02'],
  ] as const)('%s calendar: %s + %i working days = %s', (c, from, n, to) => expect(CAL[c].addWorkingDays(from, n)).toBe(to));
  it.each([
    ['holiday', '2025-09-30', '2025-10-12', 3],
    ['holiday', '2025-09-26', '2025-10-31', 21],
    ['plain', '2025-09-26', '2025-10-31', 25],
    ['holiday', '2025-10-09', '2025-10-09', 0],
  ] as const)('%s calendar: working days after %s up to %s: %i', (c, from, to, n) => expect(CAL[c].workingDaysBetween(from, to)).toBe(n));
});

describe('buildCompleteness', () => {
  const settled = { review: { by: '领导小组', on: '2025-10-09' }, supervision: { by: '监督小组', on: '2025-10-09' }, timing: 'after' };
  const archive = () =>
    archiveOf({
      ...rec('20250828-001', 'fees', '2025-08-28', { timing: 'before', basis: '物价局文件', audience: ['parents'] }),
      ...rec('20251010-001', 'finance', '2025-10-10', settled),
      ...rec('20251112-001', 'finance', '2025-11-12', settled),
      ...rec('20251020-001', 'finance', '2025-10-20', {
        ...settled,
        status: 'withdrawn',
        withdrawn: { on: '2025-10-21', reason: '数据有误' },
      }),
    });

  it('starts an open range at the first record’s term, not the term that holds its date', () => {
    expect(completenessRange(archive(), {}, '2025-12-20')).toEqual({ from: '2025-09-01', to: '2026-01-31' });
  });

  it('marks each required period met, missing (due date passed) or pending, and counts only what is due', () => {
    const a = archive();
    const term = a.terms.byId('2025-2026-1');
    const report = buildCompleteness(a, { term, from: term.start, to: term.end }, '2025-12-20');
    const cells = report.cells.map((c) => `${c.category} ${c.period} ${c.status} ${c.ids.join(',')}`);
    expect(cells).toEqual([
      'plan 2025-2026 missing ',
      'major-work 2025-2026-1 missing ',
      'fees 2025-2026-1 met 20250828-001',
      'finance 2025-09 met 20251010-001',
      'finance 2025-10 met 20251112-001',
      'finance 2025-11 missing ',
      'finance 2025-12 pending ',
      'finance 2026-01 pending ',
    ]);
    expect(report).toMatchObject({ required: 6, met: 3, rate: 0.5 });
    expect(report.missing.map((m) => `${m.category} ${m.period} ${m.due}`)).toEqual([
      'plan 2025-2026 2025-10-31',
      'major-work 2025-2026-1 2025-10-01',
      'finance 2025-11 2025-12-15',
    ]);
  });

  it('counts a period on the day after its due date, not on the due date itself', () => {
    const a = archive();
    const at = (today: string) =>
      buildCompleteness(a, { from: '2025-12-01', to: '2025-12-31' }, today).cells.find((c) => c.period === '2025-12')!.status;
    expect(at('2026-01-15')).toBe('pending');
    expect(at('2026-01-16')).toBe('missing');
  });

  it('is not fooled by categories that are not required or are disabled', () => {
    const a = archiveOf({
      'xwgk.yaml': 'school: 测试小学\ncatalog:\n  disable: [plan, major-work, fees]\n  categories:\n    - {id: welfare, required: true}\n',
    });
    const report = buildCompleteness(a, { from: '2025-09-01', to: '2026-03-31' }, '2026-04-01');
    expect([...new Set(report.cells.map((c) => c.category))]).toEqual(['finance', 'welfare']); // the year categories fall due after March
    expect(report.cells.filter((c) => c.category === 'welfare').map((c) => `${c.period} ${c.due} ${c.status}`)).toEqual([
      '2025-2026-1 2026-03-02 missing',
      '2025-2026-2 2026-09-30 pending',
    ]);
  });
});
