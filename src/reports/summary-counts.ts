/**
 * The counting behind the term summary: tallies by category, column, form, audience, timing and month;
 * the feedback figures; the "four pairings" of the source document. Pure functions over the published
 * records of one term, so the current and the previous term are counted by the same code. Ids and
 * numbers only: the renderers name them (render/summary-labels.ts).
 */
import type { Catalog } from '../model/catalog.js';
import { AUDIENCES, TIMINGS } from '../model/catalog.js';
import { datePart, daysBetween, monthOf } from '../model/dates.js';
import type { DisclosureRecord } from '../model/record.js';

export interface Tally {
  id: string;
  count: number;
}

/** Records in one calendar month (`YYYY-MM`) of their `time`. */
export interface MonthCount {
  month: string;
  count: number;
}

/** What the term summary and the annual report both count over their period: records, withdrawals and tallies. */
export interface RecordCounts {
  total: number;
  withdrawn: number;
  byCategory: Tally[];
  byColumn: Tally[];
  byForm: Tally[];
  byAudience: Tally[];
  byMonth: MonthCount[];
}

/**
 * Counts records per id. `ids` gives the order and the entries always shown (even at 0); ids met in
 * records but not in `ids` follow in the order met. A record with several values counts once in each.
 */
export function tally<T>(records: readonly T[], valuesOf: (r: T) => readonly string[], ids: readonly string[], keepZero: boolean): Tally[] {
  const counts = new Map<string, number>(ids.map((id) => [id, 0]));
  for (const r of records) for (const v of new Set(valuesOf(r))) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].filter(([, n]) => keepZero || n > 0).map(([id, count]) => ({ id, count }));
}

/** Categories and forms: those used, in catalog order. Columns and audiences: all of them. */
export function tallies(records: readonly DisclosureRecord[], catalog: Catalog) {
  const d = catalog.data;
  const category = (id: string) => catalog.category(id);
  return {
    byCategory: tally(
      records,
      (r) => [r.category],
      d.categories.map((c) => c.id),
      false,
    ),
    byColumn: tally(
      records,
      (r) => [category(r.category)?.column ?? 'affairs'],
      d.columns.map((c) => c.id),
      true,
    ),
    byForm: tally(
      records,
      (r) => r.form,
      d.forms.map((f) => f.id),
      false,
    ),
    byAudience: tally(records, (r) => r.audience, AUDIENCES, true),
    // A record without `timing` is counted as `none`, shown only when there is one.
    byTiming: tally(records, (r) => [r.timing ?? 'none'], TIMINGS, true).filter((x) => x.id !== 'none' || x.count > 0),
  };
}

/** Records per calendar month of `time`: every month of the term, plus any other month a record falls in. */
export function countByMonth(records: readonly DisclosureRecord[], termMonths: readonly string[]): MonthCount[] {
  const counts = new Map<string, number>(termMonths.map((m) => [m, 0]));
  for (const r of records) {
    const m = monthOf(datePart(r.time));
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, count]) => ({ month, count }));
}

export interface FeedbackFigures {
  /** Opinions logged on the term's published records. */
  received: number;
  /** Of those, answered. */
  answered: number;
  /** Not answered, and more than `days` calendar days since received (as of today). */
  overdue: number;
  /** Not answered yet (overdue included). */
  open: number;
  /** Answered, but more than `days` after received. */
  answeredLate: number;
  /** The days allowed for an answer (`feedback_days`). */
  days: number;
  byChannel: Tally[];
}

export function feedbackFigures(records: readonly DisclosureRecord[], days: number, today: string, catalog: Catalog): FeedbackFigures {
  const items = records.flatMap((r) => r.feedback ?? []);
  const answered = items.filter((f) => f.response !== undefined);
  const open = items.filter((f) => f.response === undefined);
  return {
    received: items.length,
    answered: answered.length,
    overdue: open.filter((f) => daysBetween(f.received, today) > days).length,
    open: open.length,
    answeredLate: answered.filter((f) => f.responded !== undefined && daysBetween(f.received, f.responded) > days).length,
    days,
    byChannel: tally(
      items,
      (f) => [f.channel],
      catalog.data.channels.map((c) => c.id),
      false,
    ),
  };
}

/**
 * The "four pairings" (四个结合) the source document reports: internal and external audience, partial
 * and full disclosure, process and result, disclosure with an explanation.
 */
export interface Pairings {
  /** Reached staff or students (inside the school). */
  internal: number;
  /** Reached parents or the public. */
  external: number;
  /** Both of the above. */
  both: number;
  /** Open to the public, or to staff, students and parents alike (全面公开). */
  full: number;
  /** The rest: a part of the school community only (部分公开). */
  partial: number;
  /** Before or during the matter (过程公开). */
  process: number;
  /** After the matter (结果公开). */
  result: number;
  /** No `timing` given. */
  untimed: number;
  /** With an `explanation` (公开与解释说明相结合). */
  explained: number;
}

export function pairings(records: readonly DisclosureRecord[]): Pairings {
  const has = (r: DisclosureRecord, ...a: string[]) => a.some((x) => (r.audience as string[]).includes(x));
  const isFull = (r: DisclosureRecord) => has(r, 'public') || ['staff', 'students', 'parents'].every((a) => has(r, a));
  const count = (p: (r: DisclosureRecord) => boolean) => records.filter(p).length;
  return {
    internal: count((r) => has(r, 'staff', 'students')),
    external: count((r) => has(r, 'parents', 'public')),
    both: count((r) => has(r, 'staff', 'students') && has(r, 'parents', 'public')),
    full: count(isFull),
    partial: count((r) => !isFull(r)),
    process: count((r) => r.timing === 'before' || r.timing === 'during'),
    result: count((r) => r.timing === 'after'),
    untimed: count((r) => r.timing === undefined),
    explained: count((r) => r.explanation !== undefined),
  };
}
