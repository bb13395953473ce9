/**
 * When a request must be answered (《政府信息公开条例》 art. 33): within 20 working days of its receipt,
 * the day of receipt not counted; extended once, by at most 20 more working days, counted on from the
 * first deadline. Working days are the archive's calendar (Monday–Friday, less `holidays`, plus the
 * moved `workdays` of xwgk.yaml). Pure.
 */
import { daysBetween, type DateString } from './dates.js';
import type { InfoRequest } from './request.js';
import type { WorkCalendar } from './workdays.js';

export const ANSWER_WORKING_DAYS = 20;
export const EXTENSION_WORKING_DAYS = 20;

export interface RequestDeadlines {
  /** 20 working days after receipt. */
  due: DateString;
  /** With the extension: 20 more working days after `due`; undefined when not extended. */
  extendedDue?: DateString;
  /** The deadline in force: `extendedDue` when extended, else `due`. */
  deadline: DateString;
}

/** The deadlines of a request. A second extension never adds time: the law allows one. */
export function requestDeadlines(r: Pick<InfoRequest, 'received' | 'extensions'>, cal: WorkCalendar): RequestDeadlines {
  const due = cal.addWorkingDays(r.received, ANSWER_WORKING_DAYS);
  if (!r.extensions?.length) return { due, deadline: due };
  const extendedDue = cal.addWorkingDays(due, EXTENSION_WORKING_DAYS);
  return { due, extendedDue, deadline: extendedDue };
}

export type RequestState = 'answered' | 'late' | 'open' | 'overdue';

export interface RequestStatus extends RequestDeadlines {
  state: RequestState;
  /** Open: working days left to the deadline (0 on the day itself). Overdue or late: working days past it. */
  workingDays: number;
  /** Calendar days from receipt to the answer, or to today while open. */
  age: number;
}

/** Where a request stands on `today`: answered in time, answered late, open, or open past its deadline. */
export function requestStatus(
  r: Pick<InfoRequest, 'received' | 'extensions' | 'answer'>,
  cal: WorkCalendar,
  today: DateString,
): RequestStatus {
  const d = requestDeadlines(r, cal);
  if (r.answer) {
    const late = r.answer.on > d.deadline;
    return {
      ...d,
      state: late ? 'late' : 'answered',
      workingDays: late ? cal.workingDaysBetween(d.deadline, r.answer.on) : 0,
      age: daysBetween(r.received, r.answer.on),
    };
  }
  if (today > d.deadline)
    return { ...d, state: 'overdue', workingDays: cal.workingDaysBetween(d.deadline, today), age: daysBetween(r.received, today) };
  return { ...d, state: 'open', workingDays: cal.workingDaysBetween(today, d.deadline), age: daysBetween(r.received, today) };
}
