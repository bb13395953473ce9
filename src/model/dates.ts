/**
 * Calendar dates as `YYYY-MM-DD` strings. A date in a record is a calendar date, not an instant, so
 * arithmetic goes through date-fns on local-midnight Dates and straight back to strings: the result
 * is the same whatever the machine's time zone (the test suite runs under two).
 */
import { addDays as addDaysFns } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';

export const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date, or an ISO date-time whose date part is taken as written (never shifted by the zone). */
export const DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
export const MONTH_RE = /^(\d{4})-(\d{2})$/;

export type DateString = string;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  return [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
}

/** The years a date may fall in: a school archive's dates are within these, and terms are defined for them. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/** True for a real calendar date written `YYYY-MM-DD` between 1900 and 2200 (so `2025-02-30` is false). */
export function isCalendarDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]),
    mo = Number(m[2]),
    d = Number(m[3]);
  return y >= MIN_YEAR && y <= MAX_YEAR && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

/** True for `YYYY-MM-DD` or an ISO date-time with a real date and a real clock time. */
export function isDateOrDateTime(s: string): boolean {
  const m = DATE_TIME_RE.exec(s);
  if (!m || !isCalendarDate(m[1]!)) return false;
  if (m[2] === undefined) return true;
  return Number(m[2]) < 24 && Number(m[3]) < 60 && (m[4] === undefined || Number(m[4]) < 60);
}

export function isMonth(s: string): boolean {
  const m = MONTH_RE.exec(s);
  return !!m && Number(m[1]) >= MIN_YEAR && Number(m[1]) <= MAX_YEAR && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** The calendar date of a `time` value: its first ten characters. */
export function datePart(time: string): DateString {
  return time.slice(0, 10);
}

function toLocal(date: DateString): Date {
  return new Date(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

function fromLocal(d: Date): DateString {
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
}

export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

export function makeDate(y: number, m: number, d: number): DateString {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

export function addDays(date: DateString, n: number): DateString {
  return fromLocal(addDaysFns(toLocal(date), n));
}

/** Calendar days from `a` to `b` (positive when b is later). */
export function daysBetween(a: DateString, b: DateString): number {
  return differenceInCalendarDays(toLocal(b), toLocal(a));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: DateString): number {
  return toLocal(date).getDay();
}

export function monthOf(date: DateString): string {
  return date.slice(0, 7);
}

export function firstOfMonth(month: string): DateString {
  return `${month}-01`;
}

export function lastOfMonth(month: string): DateString {
  const y = Number(month.slice(0, 4)),
    m = Number(month.slice(5, 7));
  return makeDate(y, m, daysInMonth(y, m));
}

export function addMonths(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${pad2((total % 12) + 1)}`;
}

/** Every calendar month that overlaps [from, to]. */
export function monthsBetween(from: DateString, to: DateString): string[] {
  const out: string[] = [];
  for (let m = monthOf(from); m <= monthOf(to); m = addMonths(m, 1)) out.push(m);
  return out;
}

/** Today's calendar date on this machine's clock (only the CLI edge calls this; tests pass --today). */
export function systemToday(now: Date = new Date()): DateString {
  return fromLocal(now);
}
