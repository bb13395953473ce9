/**
 * Which term and which month a record counts in (SPEC "Periods, due dates and what counts").
 * Everything that counts records by period asks here.
 */
import { addMonths, datePart, daysBetween, monthOf, type DateString } from './dates.js';
import type { Catalog } from './catalog.js';
import type { Terms, Term } from './terms.js';

/** How many days before a term starts a `before` notice of a term category still counts for it. */
export const EARLY_NOTICE_DAYS = 30;

interface Countable {
  category: string;
  time: string;
  term?: string | undefined;
  period?: string | undefined;
  timing?: string | undefined;
}

/** The term a disclosure belongs to, without its `term` key (the rule `add` uses to decide whether to write one). */
export function inferTerm(r: Omit<Countable, 'term'>, catalog: Catalog, terms: Terms): Term {
  const date = datePart(r.time);
  const held = terms.of(date);
  const cat = catalog.category(r.category);
  // A record that does not say its timing has its category's (a fee notice is `before` by nature).
  if (cat?.frequency === 'term' && (r.timing ?? cat.timing) === 'before') {
    const next = held.start > date ? held : terms.next(held);
    const lead = daysBetween(date, next.start);
    if (lead > 0 && lead <= EARLY_NOTICE_DAYS) return next;
  }
  return held;
}

/** The term a record belongs to: its `term` key, else the inferred term. */
export function termOfRecord(r: Countable, catalog: Catalog, terms: Terms): Term {
  return r.term ? terms.byId(r.term) : inferTerm(r, catalog, terms);
}

/**
 * The month a monthly record reports on: its `period` key; otherwise the month before `time` when
 * `time` falls on or before the category's due day (the September accounts posted on Oct 10 report on
 * September), else the month of `time`.
 */
export function inferPeriod(category: string, time: string, catalog: Catalog): string {
  const date: DateString = datePart(time);
  const due = catalog.category(category)?.due;
  if (due && 'day_of_next_month' in due && Number(date.slice(8, 10)) <= due.day_of_next_month) {
    return addMonths(monthOf(date), -1);
  }
  return monthOf(date);
}

export function periodOfRecord(r: Countable, catalog: Catalog): string {
  return r.period ?? inferPeriod(r.category, r.time, catalog);
}
