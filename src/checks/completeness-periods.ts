/**
 * Completeness: every required category at its frequency in every period of a range, as plain data.
 * The `completeness` check, `status` and the summary all read this one report.
 */
import type { Archive, LoadedRecord } from '../archive/load.js';
import { dueDate, isRecurring, periodOf, periodsInRange } from '../model/due.js';
import { termOfRecord } from '../model/periods.js';
import type { Range } from '../model/range.js';

export type CellStatus = 'met' | 'missing' | 'pending';

export interface CompletenessCell {
  category: string;
  period: string;
  due: string;
  /** met: disclosed; missing: not disclosed and the due date has passed; pending: not yet due. */
  status: CellStatus;
  /** The published records that count for this period. */
  ids: string[];
}

export interface Completeness {
  from: string;
  to: string;
  cells: CompletenessCell[];
  /** Periods whose due date has passed (these count). */
  required: number;
  met: number;
  /** met / required, 0 to 1 (1 when nothing is required yet). */
  rate: number;
  missing: { category: string; period: string; due: string }[];
}

/** With no range: from the first record's term to today's term (SPEC). */
export function completenessRange(archive: Archive, range: Range, today: string): { from: string; to: string } {
  if (range.from && range.to) return { from: range.from, to: range.to };
  // The first record's *term* (an autumn fee notice posted on Aug 28 starts the range in September,
  // not in the spring term that holds its date); a `term` key may name an earlier term than `time`.
  let from = range.from ?? archive.terms.of(today).start;
  if (!range.from) {
    for (const { record } of archive.records) {
      const start = termOfRecord(record, archive.catalog, archive.terms).start;
      if (start < from) from = start;
    }
  }
  const to = range.to ?? archive.terms.of(today).end;
  return { from, to };
}

export function buildCompleteness(
  archive: Archive,
  range: Range,
  today: string,
  records: readonly LoadedRecord[] = archive.records,
): Completeness {
  const { catalog, terms } = archive;
  const { from, to } = completenessRange(archive, range, today);
  const cells: CompletenessCell[] = [];
  for (const cat of catalog.active()) {
    if (!cat.required || !isRecurring(cat)) continue;
    const counted = new Map<string, string[]>();
    for (const { record } of records) {
      if (record.category !== cat.id || record.status === 'withdrawn') continue;
      const p = periodOf(cat, record, catalog, terms);
      counted.set(p, [...(counted.get(p) ?? []), record.id]);
    }
    for (const period of periodsInRange(cat, from, to, terms)) {
      const due = dueDate(cat, period, terms);
      const ids = counted.get(period) ?? [];
      cells.push({ category: cat.id, period, due, ids, status: ids.length > 0 ? 'met' : due < today ? 'missing' : 'pending' });
    }
  }
  const counting = cells.filter((c) => c.due < today);
  const met = counting.filter((c) => c.status === 'met').length;
  return {
    from,
    to,
    cells,
    required: counting.length,
    met,
    rate: counting.length === 0 ? 1 : met / counting.length,
    missing: cells.filter((c) => c.status === 'missing').map(({ category, period, due }) => ({ category, period, due })),
  };
}
