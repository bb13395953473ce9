/** `export`'s table with its headers in the reader's language (the ones `import` recognises). */
import type { Lang } from '../model/lang.js';
import { headerOf } from '../model/sheet-columns.js';
import type { ExportTable } from '../reports/export.js';
import type { Grid } from './grid.js';
import type { Sheet } from './xlsx.js';

/** The table as an xlsx sheet: dates stay date cells. */
export function exportAsSheet(table: ExportTable, lang: Lang, name: string): Sheet {
  return { name, headers: table.fields.map((f) => headerOf(f, lang)), rows: table.rows };
}

/** The same table as text, for CSV: dates as `YYYY-MM-DD`. */
export function exportAsGrid(table: ExportTable, lang: Lang): Grid {
  return {
    headers: table.fields.map((f) => headerOf(f, lang)),
    rows: table.rows.map((r) => r.map((c) => (c === null ? '' : typeof c === 'object' ? c.date : String(c)))),
  };
}
