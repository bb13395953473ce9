/**
 * `export`: the records as a flat table, one row per record and one column per sheet field, with the
 * headers `import` recognises — so an exported sheet imports into a new archive as the same records.
 * Values are ids (stable, language-free); dates are date cells; attachments and feedback, which are
 * lists of objects, are JSON text.
 */
import type { LoadedRecord } from '../archive/load.js';
import { DATE_RE } from '../model/dates.js';
import type { DisclosureRecord } from '../model/record.js';
import { DATE_FIELDS, SHEET_FIELDS, type SheetField } from '../model/sheet-columns.js';

/** The fields export writes: every sheet field (the id too, for reference; import allocates new ones). */
export const EXPORT_FIELDS: readonly SheetField[] = SHEET_FIELDS;

/** A cell: text, a number, a calendar date or empty (what the xlsx renderer takes). */
export type SheetCell = string | number | { date: string } | null;

export interface ExportTable {
  /** The field of each column; the renderer names them in the reader's language. */
  fields: readonly SheetField[];
  rows: SheetCell[][];
}

function valueOf(record: DisclosureRecord, field: SheetField): unknown {
  const [key, sub] = field.split('.') as [keyof DisclosureRecord, string | undefined];
  const v = record[key];
  return sub ? (v as Record<string, unknown> | undefined)?.[sub] : v;
}

function cellOf(record: DisclosureRecord, field: SheetField): SheetCell {
  const v = valueOf(record, field);
  if (v === undefined || v === null) return null;
  if (DATE_FIELDS.includes(field) && typeof v === 'string' && DATE_RE.test(v)) return { date: v };
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) return v.length === 0 ? null : typeof v[0] === 'object' ? JSON.stringify(v) : v.join(', ');
  return String(v);
}

/** The records, in id order, as a table of fields and cells. */
export function exportTable(records: readonly LoadedRecord[]): ExportTable {
  const sorted = [...records].sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  return {
    fields: EXPORT_FIELDS,
    rows: sorted.map(({ record }) => EXPORT_FIELDS.map((f) => cellOf(record, f))),
  };
}
