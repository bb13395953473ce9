/**
 * Periods of recurring categories and their due dates (SPEC "Periods, due dates and what counts").
 * A period id is `YYYY-MM` (monthly), a term id `YYYY-YYYY-N` (term) or a school year `YYYY-YYYY`
 * (year). This is the one place that knows when a category falls due.
 */
import type { Catalog, Category } from './catalog.js';
import { addDays, addMonths, daysInMonth, lastOfMonth, makeDate, monthsBetween, pad2, type DateString } from './dates.js';
import { periodOfRecord, termOfRecord } from './periods.js';
import { schoolYearOf, schoolYearOfTerm, schoolYearRange, type Terms } from './terms.js';

export type Recurring = Category & { frequency: 'monthly' | 'term' | 'year' };

export function isRecurring(c: Category): c is Recurring {
  return c.frequency !== 'event';
}

/** The date by which a category's disclosure for a period is due. */
export function dueDate(cat: Recurring, period: string, terms: Terms): DateString {
  const due = cat.due;
  if (cat.frequency === 'monthly') {
    if (due && 'day_of_next_month' in due) return `${addMonths(period, 1)}-${pad2(due.day_of_next_month)}`;
    return lastOfMonth(period);
  }
  if (cat.frequency === 'term') {
    const t = terms.byId(period);
    if (due && 'days_after_start' in due) return addDays(t.start, due.days_after_start);
    if (due && 'days_after_end' in due) return addDays(t.end, due.days_after_end);
    return t.end;
  }
  const y = Number(period.slice(0, 4));
  if (due && 'by' in due) {
    const month = Number(due.by.slice(0, 2)),
      year = month >= 9 ? y : y + 1;
    // `by: 02-29` (or a hand-written 02-30) means the last day of February in a year that has fewer.
    return makeDate(year, month, Math.min(Number(due.by.slice(3, 5)), daysInMonth(year, month)));
  }
  return schoolYearRange(period).end;
}

/** The period of a category that a record counts for. */
export function periodOf(
  cat: Recurring,
  r: { category: string; time: string; term?: string | undefined; period?: string | undefined; timing?: string | undefined },
  catalog: Catalog,
  terms: Terms,
): string {
  if (cat.frequency === 'monthly') return periodOfRecord(r, catalog);
  const term = termOfRecord(r, catalog, terms);
  return cat.frequency === 'term' ? term.id : schoolYearOfTerm(term.id);
}

/**
 * The periods of a category in a date range: every calendar month that overlaps it (monthly), every
 * term that overlaps it (term), every school year whose due date lies in it (year).
 */
export function periodsInRange(cat: Recurring, from: DateString, to: DateString, terms: Terms): string[] {
  if (cat.frequency === 'monthly') return monthsBetween(from, to);
  if (cat.frequency === 'term')
    return terms
      .between(from, to)
      .filter((t) => t.start <= to && t.end >= from)
      .map((t) => t.id);
  const out: string[] = [];
  for (let y = Number(schoolYearOf(from).slice(0, 4)) - 1; y <= Number(schoolYearOf(to).slice(0, 4)); y++) {
    const id = `${y}-${y + 1}`;
    const due = dueDate(cat, id, terms);
    if (due >= from && due <= to) out.push(id);
  }
  return out;
}
