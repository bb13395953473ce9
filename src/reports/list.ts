/** `list`: the records of a period that pass the filters, as plain data. */
import type { LoadedRecord } from '../archive/load.js';
import { orderedRecord } from '../archive/serialize.js';

export interface ListFilters {
  category?: string[];
  form?: string[];
  audience?: string[];
  status?: 'published' | 'withdrawn' | 'all';
  grep?: string;
}

export function filterRecords(records: readonly LoadedRecord[], f: ListFilters): LoadedRecord[] {
  const needle = f.grep?.toLowerCase();
  return records.filter(({ record: r }) => {
    if (f.category?.length && !f.category.includes(r.category)) return false;
    if (f.form?.length && !r.form.some((x) => f.form!.includes(x))) return false;
    if (f.audience?.length && !r.audience.some((x) => f.audience!.includes(x))) return false;
    if (f.status && f.status !== 'all' && r.status !== f.status) return false;
    if (needle) {
      const hay = [r.id, r.title, r.content, r.basis, r.explanation, r.responsible, r.handler, ...(r.tags ?? [])].join('\n').toLowerCase();
      if (!hay.includes(needle)) return false;
    }
    return true;
  });
}

/** What `list --format json` prints: each record's YAML keys plus `file`. */
export function recordsAsJson(records: readonly LoadedRecord[]): Record<string, unknown>[] {
  return records.map(({ record, file }) => ({ ...orderedRecord(record), status: record.status, file }));
}
