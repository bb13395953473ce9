/** The terms of an archive with their dates and record counts. */
import type { Archive } from '../archive/load.js';
import { datePart } from '../model/dates.js';
import { termOfRecord } from '../model/periods.js';

export interface TermRow {
  id: string;
  name: string;
  start: string;
  end: string;
  configured: boolean;
  current: boolean;
  records: number;
}

export function termsReport(archive: Archive, today: string): TermRow[] {
  const { terms, catalog } = archive;
  const counts = new Map<string, number>();
  for (const { record } of archive.records) {
    const id = termOfRecord(record, catalog, terms).id;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const dates = [
    today,
    ...archive.records.map((r) => datePart(r.record.time)),
    ...terms.listConfigured().flatMap((t) => [t.start, t.end]),
  ].sort();
  const current = terms.of(today);
  const last = terms.next(current);
  const rows: TermRow[] = [];
  for (const t of terms.between(dates[0]!, last.end > dates.at(-1)! ? last.end : dates.at(-1)!)) {
    rows.push({
      id: t.id,
      name: t.name,
      start: t.start,
      end: t.end,
      configured: t.configured,
      current: t.id === current.id,
      records: counts.get(t.id) ?? 0,
    });
  }
  return rows;
}
