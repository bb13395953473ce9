/**
 * The period a command looks at: `--term ID|current|previous`, `--month YYYY-MM`, `--from/--to`.
 * One resolver, so every command reads the same options the same way.
 */
import { firstOfMonth, isCalendarDate, isMonth, lastOfMonth, type DateString } from './dates.js';
import { usageError } from './errors.js';
import { isTermId, type Term, type Terms } from './terms.js';
import { parseMonthCell, parseTermCell } from './sheet-values.js';

export interface PeriodOptions {
  term?: string | undefined;
  month?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface Range {
  from?: DateString;
  to?: DateString;
  /** Set when the range is a term: records then count by the term they belong to. */
  term?: Term;
  month?: string;
}

export function resolveTerm(typed: string, terms: Terms, today: DateString): Term {
  // A term as schools write it (`2025—2026学年第一学期`) is read as its id, as in an imported ledger.
  const value = isTermId(typed) ? typed : parseTermCell(typed.normalize('NFKC').trim());
  if (value === 'current') return terms.of(today);
  if (value === 'previous') return terms.previous(terms.of(today));
  if (value === 'next') return terms.next(terms.of(today));
  if (!isTermId(value)) throw usageError('err.term-id', { value: typed }, { key: 'hint.term-values' });
  return terms.byId(value);
}

export function resolveRange(opts: PeriodOptions, terms: Terms, today: DateString): Range {
  const given = [opts.term, opts.month, opts.from ?? opts.to].filter((x) => x !== undefined);
  if (given.length > 1) throw usageError('err.period-conflict');
  if (opts.term !== undefined) {
    const term = resolveTerm(opts.term, terms, today);
    return { term, from: term.start, to: term.end };
  }
  if (opts.month !== undefined) {
    // `2025年9月`, `2025/9` as well as `2025-09`.
    const month = parseMonthCell(opts.month.normalize('NFKC').trim());
    if (!isMonth(month)) throw usageError('err.month', { field: '--month', value: opts.month });
    return { month, from: firstOfMonth(month), to: lastOfMonth(month) };
  }
  for (const [field, value] of [
    ['--from', opts.from],
    ['--to', opts.to],
  ] as const) {
    if (value !== undefined && !isCalendarDate(value)) throw usageError('err.date', { field, value });
  }
  if (opts.from && opts.to && opts.from > opts.to) throw usageError('err.range-order', { from: opts.from, to: opts.to });
  return { ...(opts.from ? { from: opts.from } : {}), ...(opts.to ? { to: opts.to } : {}) };
}
