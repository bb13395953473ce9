/**
 * What `status` lists as due next besides the catalog's periods: every open request for information
 * (overdue ones too — they are the most urgent), by its deadline; and, in January, the annual report of
 * the year just ended, due by January 31.
 */
import type { Archive } from '../archive/load.js';
import { daysBetween, type DateString } from '../model/dates.js';
import { requestStatus } from '../model/request-due.js';
import { WorkCalendar } from '../model/workdays.js';
import { reportDueDate } from './annual-report.js';

export type OtherDueItem =
  | { kind: 'request'; id: string; received: DateString; due: DateString; days: number; overdue: boolean }
  | { kind: 'report'; year: number; due: DateString; days: number; overdue: boolean };

/** Open requests whose deadline is on or before `until`, and the annual report in its month. */
export function otherDueItems(archive: Archive, today: DateString, until: DateString): OtherDueItem[] {
  const cal = new WorkCalendar(archive.config);
  const out: OtherDueItem[] = [];
  for (const { request: r } of archive.requests) {
    if (r.answer) continue;
    const { deadline } = requestStatus(r, cal, today);
    if (deadline <= until)
      out.push({
        kind: 'request',
        id: r.id,
        received: r.received,
        due: deadline,
        days: daysBetween(today, deadline),
        overdue: deadline < today,
      });
  }
  const year = Number(today.slice(0, 4)) - 1;
  const due = reportDueDate(year);
  if (today.slice(5, 7) === '01') out.push({ kind: 'report', year, due, days: daysBetween(today, due), overdue: false });
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}
