/**
 * Notice periods (公示期): where a category sets `notice_days`, a notice stays up from `time` to `until`
 * for at least that many working days, both ends counted (a notice up Monday to Friday is 5 working
 * days), as 人社部令第40号 and local rules count a 公示期.
 */
import type { LoadedRecord } from '../archive/load.js';
import type { Catalog } from '../model/catalog.js';
import { datePart } from '../model/dates.js';
import type { Finding } from '../model/finding.js';
import type { WorkCalendar } from '../model/workdays.js';
import { recordFinding } from './finding-at.js';

/** Working days a notice is up, from `time` to `until`, both days counted. */
export function noticeWorkingDays(calendar: WorkCalendar, time: string, until: string): number {
  return (calendar.isWorkingDay(time) ? 1 : 0) + calendar.workingDaysBetween(time, until);
}

/** The earliest `until` that gives `n` working days of notice from `time`. */
export function earliestUntil(calendar: WorkCalendar, time: string, n: number): string {
  return calendar.addWorkingDays(time, calendar.isWorkingDay(time) ? n - 1 : n);
}

export function noticeFindings(loaded: LoadedRecord, catalog: Catalog, calendar: WorkCalendar): Finding[] {
  const r = loaded.record;
  const required = catalog.category(r.category)?.notice_days;
  if (!required || !r.until) return [];
  const time = datePart(r.time);
  const days = noticeWorkingDays(calendar, time, r.until);
  if (days >= required) return [];
  return [
    recordFinding('timeliness', loaded, {
      code: 'timeliness.short-notice',
      severity: 'error',
      field: 'until',
      message: { key: 'check.timeliness.short-notice', params: { id: r.id, category: r.category, time, until: r.until, days, required } },
      hint: { key: 'hint.timeliness.short-notice', params: { id: r.id, required, earliest: earliestUntil(calendar, time, required) } },
    }),
  ];
}
