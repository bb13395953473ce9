/**
 * The term a report shows when none is named (`summary`, `status`, `audit` without `--term`): never
 * one that has not started. Between terms — and in the first 30 days of a term with no records yet —
 * it is the term that just ended, because the summer holiday is when the principal writes the summary.
 * `--term current` keeps its meaning (the term holding today); this is only the default.
 */
import { addDays, type DateString } from './dates.js';
import type { Term, Terms } from './terms.js';

/** Days after a term starts during which, with no records yet, the term before is still the default. */
export const EARLY_DAYS = 30;

export interface DefaultTerm {
  term: Term;
  /** `current`: today's term; `between`: today is in the holiday before the next term; `early`: the next term began less than 30 days ago and has no records. */
  reason: 'current' | 'between' | 'early';
  /** The term holding today, when another was chosen. */
  current?: Term;
}

/** The default term of a report on `today`; `hasRecords` says whether a term has any record yet. */
export function defaultReportTerm(terms: Terms, today: DateString, hasRecords: (t: Term) => boolean): DefaultTerm {
  const current = terms.of(today);
  if (today < current.start) return { term: terms.previous(current), reason: 'between', current };
  if (today < addDays(current.start, EARLY_DAYS) && !hasRecords(current))
    return { term: terms.previous(current), reason: 'early', current };
  return { term: current, reason: 'current' };
}
