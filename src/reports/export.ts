/**
 * `export`: the records as a flat table, one row per record and one column per sheet field, with the
 * headers `import` recognises — so an exported sheet imports into a new archive as the same records.
 * Given the catalog (the human formats, CSV and xlsx), category, form, audience, timing and status are
 * written as labels in the user's language — import reads labels back to ids — and the record id stays in
 * its own column; without it (scripts), values are ids. Dates are date cells; attachments and feedback,
 * which are lists of objects, are JSON text.
 */
import type { LoadedRecord } from '../archive/load.js';
import { t, type Lang } from '../i18n/index.js';
import type { Catalog } from '../model/catalog.js';
import { DATE_RE } from '../model/dates.js';
import type { DisclosureRecord } from '../model/record.js';
import { DATE_FIELDS, SHEET_FIELDS, headerOf, type SheetField } from '../model/sheet-columns.js';
import type { Grid } from './list.js';

/** The fields export writes: every sheet field (the id too, for reference; import allocates new ones). */
export const EXPORT_FIELDS: readonly SheetField[] = SHEET_FIELDS;

/** A cell: text, a number, a calendar date or empty (what the xlsx renderer takes). */
export type SheetCell = string | number | { date: string } | null;

export interface ExportTable {
  headers: string[];
  rows: SheetCell[][];
}

function valueOf(record: DisclosureRecord, field: SheetField): unknown {
  const [key, sub] = field.split('.') as [keyof DisclosureRecord, string | undefined];
  const v = record[key];
  return sub ? (v as Record<string, unknown> | undefined)?.[sub] : v;
}

/** How ids become labels for people: the catalog's names, and the words for timing and status. */
export interface ExportLabels {
  catalog: Catalog;
  lang: Lang;
}

function labelOf(field: SheetField, id: string, l: ExportLabels): string {
  const find = field === 'category' ? l.catalog.category : field === 'form' ? l.catalog.form : field === 'audience' ? l.catalog.audience : undefined;
  if (find) return find.call(l.catalog, id)?.label[l.lang] ?? id;
  if (field === 'timing') return t(l.lang, `timing.${id}` as 'timing.before');
  if (field === 'status') return t(l.lang, `status.${id}` as 'status.published');
  return id;
}

const LABELLED: readonly SheetField[] = ['category', 'form', 'audience', 'timing', 'status'];

function cellOf(record: DisclosureRecord, field: SheetField, labels?: ExportLabels): SheetCell {
  const v = valueOf(record, field);
  if (v === undefined || v === null) return null;
  if (labels && LABELLED.includes(field)) {
    const sep = labels.lang === 'en' ? ', ' : '、';
    return Array.isArray(v) ? v.map((x) => labelOf(field, String(x), labels)).join(sep) : labelOf(field, String(v), labels);
  }
  if (DATE_FIELDS.includes(field) && typeof v === 'string' && DATE_RE.test(v)) return { date: v };
  if (typeof v === 'number') return v;
  if (Array.isArray(v)) return v.length === 0 ? null : typeof v[0] === 'object' ? JSON.stringify(v) : v.join(', ');
  return String(v);
}

/** The records, in id order, as a table with headers in the user's language. */
export function exportTable(records: readonly LoadedRecord[], lang: Lang, labels?: ExportLabels): ExportTable {
  const sorted = [...records].sort((a, b) => (a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0));
  return {
    headers: EXPORT_FIELDS.map((f) => headerOf(f, lang)),
    rows: sorted.map(({ record }) => EXPORT_FIELDS.map((f) => cellOf(record, f, labels))),
  };
}

/** The same table as text, for CSV: dates as `YYYY-MM-DD`. */
export function exportGrid(table: ExportTable): Grid {
  return {
    headers: table.headers,
    rows: table.rows.map((r) => r.map((c) => (c === null ? '' : typeof c === 'object' ? c.date : String(c)))),
  };
}
