/**
 * Working days: Monday to Friday, less the public holidays and plus the moved working days (调休) that
 * `xwgk.yaml` lists — China moves working days around holidays, so a weekday rule alone is wrong.
 */
import { addDays, dayOfWeek, type DateString } from './dates.js';

export class WorkCalendar {
  private readonly holidays: ReadonlySet<string>;
  private readonly workdays: ReadonlySet<string>;

  constructor(cfg: { holidays?: readonly string[]; workdays?: readonly string[] } = {}) {
    this.holidays = new Set(cfg.holidays ?? []);
    this.workdays = new Set(cfg.workdays ?? []);
  }

  isWorkingDay(date: DateString): boolean {
    if (this.workdays.has(date)) return true;
    if (this.holidays.has(date)) return false;
    const d = dayOfWeek(date);
    return d !== 0 && d !== 6;
  }

  /** The date `n` working days after `date` (the day itself not counted). */
  addWorkingDays(date: DateString, n: number): DateString {
    let d = date;
    for (let left = n; left > 0;) {
      d = addDays(d, 1);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }

  /** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: DateString, to: DateString): number {
    let n = 0;
    for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (this.isWorkingDay(d)) n++;
    return n;
  }
}
