/**
 * `export`'s table with its headers in the reader's language (the ones `import` recognises). For people
 * (CSV, xlsx) the ids of category, form, audience, timing and status become labels in the reader's
 * language — `import` reads labels back to ids — while the record id keeps its own column.
 */
import type { Lang } from '../model/lang.js';
import { headerOf, type SheetField } from '../model/sheet-columns.js';
import type { ExportTable, SheetCell } from '../reports/export.js';
import { labelList, type RenderContext } from './context.js';
import type { Grid } from './grid.js';
import type { Sheet } from './xlsx.js';

const KIND: Partial<Record<SheetField, 'category' | 'form' | 'audience'>> = { category: 'category', form: 'form', audience: 'audience' };

/** One cell with its ids turned into labels (lists come from the report joined with ", "). */
function labelled(field: SheetField, cell: SheetCell, view: RenderContext): SheetCell {
  if (typeof cell !== 'string') return cell;
  const kind = KIND[field];
  if (kind)
    return labelList(
      cell.split(', ').map((id) => view.label(kind, id)),
      view.lang,
    );
  if (field === 'timing') return view.t(`timing.${cell}` as 'timing.before');
  if (field === 'status') return view.t(`status.${cell}` as 'status.published');
  return cell;
}

/** The table's rows with labels for people. */
export function labelledRows(table: ExportTable, view: RenderContext): SheetCell[][] {
  return table.rows.map((r) => r.map((c, i) => labelled(table.fields[i]!, c, view)));
}

/** The table as an xlsx sheet: dates stay date cells. */
export function exportAsSheet(table: ExportTable, view: RenderContext, name: string): Sheet {
  return { name, headers: table.fields.map((f) => headerOf(f, view.lang)), rows: labelledRows(table, view) };
}

/** The same table as text, for CSV: dates as `YYYY-MM-DD`. */
export function exportAsGrid(table: ExportTable, view: RenderContext): Grid {
  return {
    headers: table.fields.map((f) => headerOf(f, view.lang as Lang)),
    rows: labelledRows(table, view).map((r) => r.map((c) => (c === null ? '' : typeof c === 'object' ? c.date : String(c)))),
  };
}
