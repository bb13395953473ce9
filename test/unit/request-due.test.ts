/** The deadline rules of a request (条例 art. 33): 20 working days, holidays, moved workdays, one extension. */
import { describe, expect, it } from 'vitest';
import { requestDeadlines, requestStatus } from '../../src/model/request-due.js';
import { WorkCalendar } from '../../src/model/workdays.js';

// The 2025 calendar of 国务院办公厅: 清明 Apr 4–6, 劳动节 May 1–5 with Sunday Apr 27 worked, 国庆中秋
// Oct 1–8 with Sunday Sep 28 and Saturday Oct 11 worked.
const CAL = new WorkCalendar({
  holidays: [
    '2025-04-04',
    '2025-04-05',
    '2025-04-06',
    '2025-05-01',
    '2025-05-02',
    '2025-05-03',
    '2025-05-04',
    '2025-05-05',
    '2025-10-01',
    '2025-10-02',
    '2025-10-03',
    '2025-10-04',
    '2025-10-05',
    '2025-10-06',
    '2025-10-07',
    '2025-10-08',
  ],
  workdays: ['2025-04-27', '2025-09-28', '2025-10-11'],
});
const PLAIN = new WorkCalendar();

describe('requestDeadlines', () => {
  it.each([
    ['a Monday, no holiday: four weeks later, the day of receipt not counted', PLAIN, '2025-03-10', '2025-04-07'],
    ['a Saturday: counting starts on Monday', PLAIN, '2025-03-08', '2025-04-04'],
    ['over 清明: Friday Apr 4 is no working day', CAL, '2025-03-10', '2025-04-08'],
    ['over 劳动节 with the moved workday Sunday Apr 27', CAL, '2025-04-14', '2025-05-14'],
    ['over 国庆 with Sunday Sep 28 and Saturday Oct 11 worked', CAL, '2025-09-08', '2025-10-11'],
    ['across the year end', PLAIN, '2025-12-15', '2026-01-12'],
  ])('%s', (_name, cal, received, due) => {
    expect(requestDeadlines({ received }, cal)).toEqual({ due, deadline: due });
  });

  it('one extension adds 20 working days counted on from the first deadline', () => {
    // Received Mar 24: due Apr 22 (清明 skipped); then 20 more, with Apr 27 worked and May 1–5 off.
    expect(requestDeadlines({ received: '2025-03-24', extensions: [{ on: '2025-04-18', reason: '征求第三方意见' }] }, CAL)).toEqual({
      due: '2025-04-22',
      extendedDue: '2025-05-22',
      deadline: '2025-05-22',
    });
  });

  it('a second extension adds no time: the law allows one', () => {
    const twice = [
      { on: '2025-04-18', reason: 'a' },
      { on: '2025-05-20', reason: 'b' },
    ];
    expect(requestDeadlines({ received: '2025-03-24', extensions: twice }, CAL).deadline).toBe('2025-05-22');
  });
});

describe('requestStatus', () => {
  const received = '2025-03-10'; // due 2025-04-08 in CAL
  it.each([
    ['open, with the working days left (Apr 2, 3, 7, 8: Apr 4 is 清明)', undefined, '2025-04-01', { state: 'open', workingDays: 4 }],
    ['open on the last day', undefined, '2025-04-08', { state: 'open', workingDays: 0 }],
    ['overdue the day after', undefined, '2025-04-09', { state: 'overdue', workingDays: 1 }],
    ['answered on the last day', '2025-04-08', '2025-06-01', { state: 'answered', workingDays: 0 }],
    ['answered late, by working days', '2025-04-10', '2025-06-01', { state: 'late', workingDays: 2 }],
  ])('%s', (_name, on, today, expected) => {
    const answer = on ? { outcome: 'disclosed', on } : undefined;
    expect(requestStatus({ received, ...(answer ? { answer } : {}) }, CAL, today)).toMatchObject({ due: '2025-04-08', ...expected });
  });
});
