/**
 * `status`: the term at a glance, as plain data — the required categories × the term's months, what
 * falls due in the next 30 days, and the opinions still waiting for an answer. Every due date and
 * every ✓/✗/· comes from the completeness report; this module only arranges it by term and month.
 */
import type { Archive } from '../archive/load.js';
import { addDays, daysBetween, type DateString } from '../model/dates.js';
import { opinionState } from '../model/feedback.js';
import type { Term } from '../model/terms.js';
import { schoolYearOfTerm, schoolYearRange } from '../model/terms.js';
import { buildCompleteness, type CellStatus, type Completeness } from '../checks/completeness-periods.js';
import { buildCompletenessMatrix } from './completeness-matrix.js';
import { termCompleteness } from './summary.js';
import { otherDueItems, type OtherDueItem } from './status-requests.js';

/** How far ahead "what falls due next" looks. */
export const UPCOMING_DAYS = 30;

export interface StatusPeriod {
  period: string;
  due: DateString;
  status: CellStatus;
  /** The published records that count for the period. */
  ids: string[];
  /**
   * The term's month whose column shows this period: the month itself for monthly categories, the
   * month of the due date for term and year categories (as the summary's matrix places them); null
   * for a school-year item that falls due outside this term.
   */
  month: string | null;
}

export interface StatusRow {
  category: string;
  frequency: 'monthly' | 'term' | 'year';
  periods: StatusPeriod[];
}

export interface UpcomingItem {
  category: string;
  period: string;
  due: DateString;
  /** Days from today to the due date (0: due today). */
  days: number;
}

export interface OpenOpinion {
  id: string;
  /** The opinion's number within its record, from 1 (as `feedback respond ID N` takes it). */
  n: number;
  received: DateString;
  channel: string;
  summary: string;
  /** Calendar days since it was received. */
  age: number;
  /** The last day for an answer: received + feedback_days. */
  answerBy: DateString;
  overdue: boolean;
}

export interface StatusReport {
  school: string;
  today: DateString;
  term: { id: string; name: string; start: DateString; end: DateString };
  months: string[];
  rows: StatusRow[];
  /** The term's completeness, as the summary counts it: the periods of the term whose due date has passed. */
  completeness: { required: number; met: number; rate: number };
  /** Required periods not yet disclosed that fall due from today to `to`. */
  upcoming: { days: number; from: DateString; to: DateString; items: UpcomingItem[]; other: OtherDueItem[] };
  openFeedback: OpenOpinion[];
}

/** Builds the status of one term as of `today`. */
export function buildStatus(archive: Archive, term: Term, today: DateString): StatusReport {
  const months = archive.terms.months(term);
  // The same completeness, and so the same rate, as the term summary.
  const completeness = termCompleteness(archive, term, today);
  return {
    school: archive.config.school,
    today,
    term: { id: term.id, name: term.name, start: term.start, end: term.end },
    months,
    rows: matrixRows(archive, term, months, completeness, today),
    completeness: { required: completeness.required, met: completeness.met, rate: completeness.rate },
    upcoming: {
      days: UPCOMING_DAYS,
      from: today,
      to: addDays(today, UPCOMING_DAYS),
      items: upcoming(archive, today),
      other: otherDueItems(archive, today, addDays(today, UPCOMING_DAYS)),
    },
    openFeedback: openOpinions(archive, today),
  };
}

/**
 * One row per required recurring category in force, in catalog order. The cells are the summary's
 * matrix (the same placement: a term or year item in the month it falls due); a school-year item
 * that falls due outside this term still gets its row, with `month: null`.
 */
function matrixRows(archive: Archive, term: Term, months: string[], completeness: Completeness, today: DateString): StatusRow[] {
  const matrix = buildCompletenessMatrix(completeness, months, archive.catalog);
  const cellOf = (c: Completeness, category: string, period: string) =>
    c.cells.find((x) => x.category === category && x.period === period)!;
  const year = schoolYearOfTerm(term.id);
  let yearly: Completeness | undefined;
  const rows: StatusRow[] = [];
  for (const cat of archive.catalog.active()) {
    if (!cat.required || cat.frequency === 'event') continue;
    const row = matrix.rows.find((r) => r.category === cat.id);
    const periods: StatusPeriod[] = (row?.cells ?? []).flatMap((m) => {
      if (m.status === 'none' || m.period === undefined) return [];
      const { due, status, ids } = cellOf(completeness, cat.id, m.period);
      return [{ period: m.period, due, status, ids, month: m.month }];
    });
    if (periods.length === 0 && cat.frequency === 'year') {
      const { start, end } = schoolYearRange(year);
      yearly ??= buildCompleteness(archive, { from: start, to: end }, today);
      const { period, due, status, ids } = cellOf(yearly, cat.id, year);
      periods.push({ period, due, status, ids, month: null });
    }
    rows.push({ category: cat.id, frequency: cat.frequency, periods });
  }
  return rows;
}

/** Required periods not yet disclosed whose due date lies within the next UPCOMING_DAYS days. */
function upcoming(archive: Archive, today: DateString): UpcomingItem[] {
  const until = addDays(today, UPCOMING_DAYS);
  // Start a year back: a period that began long ago (last school year, last month) may fall due soon.
  const report = buildCompleteness(archive, { from: addDays(today, -400), to: until }, today);
  const order = new Map(archive.catalog.active().map((c, i) => [c.id, i]));
  return report.cells
    .filter((c) => c.status === 'pending' && c.due >= today && c.due <= until)
    .sort((a, b) => (a.due !== b.due ? (a.due < b.due ? -1 : 1) : order.get(a.category)! - order.get(b.category)!))
    .map((c) => ({ category: c.category, period: c.period, due: c.due, days: daysBetween(today, c.due) }));
}

/** Every opinion without an answer, oldest first, whatever term it came in (the feedback check's rule decides overdue). */
function openOpinions(archive: Archive, today: DateString): OpenOpinion[] {
  const days = archive.config.feedback_days;
  const out: OpenOpinion[] = [];
  for (const { record } of archive.records) {
    (record.feedback ?? []).forEach((f, i) => {
      if (f.response !== undefined) return;
      const { state, deadline } = opinionState(f, days, today);
      out.push({
        id: record.id,
        n: i + 1,
        received: f.received,
        channel: f.channel,
        summary: f.summary,
        age: daysBetween(f.received, today),
        answerBy: deadline,
        overdue: state === 'overdue',
      });
    });
  }
  return out.sort((a, b) =>
    a.received !== b.received ? (a.received < b.received ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : a.n - b.n,
  );
}
