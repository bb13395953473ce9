/**
 * Workbooks for Excel and WPS: a bold header row that stays frozen, column widths, real date cells.
 * write-excel-file is used (loaded only here, only when an .xlsx is asked for): it is maintained and
 * small, while SheetJS on the npm registry is frozen at a version with known CVEs and exceljs is barely
 * maintained (FACTS.md). Dates are written as UTC midnight so the cell shows the calendar date
 * whatever the machine's time zone.
 */
import { displayWidth } from './grid.js';

/** A cell: text, a number, a calendar date (`{ date: 'YYYY-MM-DD' }`) or empty. */
export type SheetCell = string | number | { date: string } | null;

export interface Sheet {
  name: string;
  headers: string[];
  rows: SheetCell[][];
  /** A sentence shown above the header row (records the sheet leaves out). */
  notice?: string;
}

function toDate(date: string): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

function widthOf(cell: SheetCell): number {
  if (cell === null) return 0;
  if (typeof cell === 'object') return 10;
  return Math.max(...String(cell).split('\n').map(displayWidth));
}

/**
 * The notice row: one cell merged over the leading columns that fit a printed page (about 64
 * characters), wrapped, tall enough for its lines — so it is read whole on screen and on paper.
 */
function noticeRow(notice: string, widths: number[]) {
  let span = 0, width = 0;
  while (span < widths.length && (span === 0 || width + widths[span]! <= 64)) width += widths[span++]!;
  const lines = Math.ceil(displayWidth(notice) / Math.max(1, width - 2));
  return [{ value: notice, fontWeight: 'bold' as const, color: '#c00000', wrap: true, columnSpan: span, height: 16 * (lines + 1) }, ...Array<null>(span - 1).fill(null)];
}

export async function renderSheetsAsXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const data = sheets.map((s) => {
    const columns = s.headers.map((h, i) => ({ width: Math.min(60, Math.max(8, displayWidth(h), ...s.rows.map((r) => widthOf(r[i] ?? null))) + 2) }));
    return {
    sheet: s.name.slice(0, 31),
    stickyRowsCount: s.notice ? 2 : 1,
    dateFormat: 'yyyy-mm-dd',
    columns,
    data: [
      ...(s.notice ? [noticeRow(s.notice, columns.map((c) => c.width))] : []),
      s.headers.map((h) => ({ value: h, fontWeight: 'bold' as const })),
      ...s.rows.map((r) =>
        r.map((c) => {
          if (c === null) return null;
          if (typeof c === 'object') return { value: toDate(c.date), type: Date, format: 'yyyy-mm-dd' };
          if (typeof c === 'number') return { value: c, type: Number };
          return { value: c, type: String, ...(c.includes('\n') ? { wrap: true } : {}) };
        }),
      ),
    ],
    };
  });
  const buffer = await writeExcelFile(data as never).toBuffer();
  return new Uint8Array(buffer);
}
