/** The records of a period: by the term they belong to, or by the date of `time`. */
import type { Archive, LoadedRecord } from '../archive/load.js';
import { datePart } from '../model/dates.js';
import { termOfRecord } from '../model/periods.js';
import type { Range } from '../model/range.js';

export function recordsInRange(archive: Archive, range: Range): LoadedRecord[] {
  const { term, from, to } = range;
  if (term) return archive.records.filter(({ record }) => termOfRecord(record, archive.catalog, archive.terms).id === term.id);
  return archive.records.filter(({ record }) => {
    const d = datePart(record.time);
    return (!from || d >= from) && (!to || d <= to);
  });
}
