/**
 * Workbooks for Excel and WPS: a bold header row that stays frozen, column widths, real date cells.
 * A sheet with `title` rows is laid out for print as a register (台账): merged title rows, a shaded
 * header with borders repeated on every page, bordered cells, an auto-filter, A4 landscape fitted to
 * one page wide, page numbers in the footer (xlsx-print.ts), columns hidden by default for scripts.
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
  /** Title rows above the table (the first is the big one); with them, the sheet is laid out for print. */
  title?: string[];
  /** 0-based columns hidden by default (codes for scripts). */
  hidden?: number[];
  /** Footer text with `&P` (page) and `&N` (pages); used with `title`. */
  footer?: string;
  /** A sentence shown above the header row (records the sheet leaves out). */
  notice?: string;
}

const BORDER = { borderStyle: 'thin' as const, borderColor: '#808080' };

function toDate(date: string): Date {
  return new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));
}

function widthOf(cell: SheetCell): number {
  if (cell === null) return 0;
  if (typeof cell === 'object') return 10;
  return Math.max(...String(cell).split('\n').map(displayWidth));
}

function cellOf(c: SheetCell, framed: boolean): object | null {
  const frame = framed ? { ...BORDER, alignVertical: 'top' as const, wrap: true } : {};
  if (c === null) return framed ? { value: null, ...frame } : null;
  if (typeof c === 'object') return { value: toDate(c.date), type: Date, format: 'yyyy-mm-dd', ...frame };
  if (typeof c === 'number') return { value: c, type: Number, ...frame };
  return { value: c, type: String, ...(c.includes('\n') ? { wrap: true } : {}), ...frame };
}

/**
 * The notice row: one cell merged over the leading columns that fit a printed page (about 64
 * characters), wrapped, tall enough for its lines — so it is read whole on screen and on paper.
 */
function noticeRow(notice: string, widths: number[]) {
  let span = 0,
    width = 0;
  while (span < widths.length && (span === 0 || width + widths[span]! <= 64)) width += widths[span++]!;
  const lines = Math.ceil(displayWidth(notice) / Math.max(1, width - 2));
  return [
    { value: notice, fontWeight: 'bold' as const, color: '#c00000', wrap: true, columnSpan: span, height: 16 * (lines + 1) },
    ...Array<null>(span - 1).fill(null),
  ];
}

/** Column widths in characters: a register's columns are capped so long text wraps inside them. */
function columnWidths(s: Sheet): number[] {
  const widest = (i: number) => Math.max(0, ...s.rows.map((r) => widthOf(r[i] ?? null)));
  if (!s.title) return s.headers.map((h, i) => Math.min(60, Math.max(8, displayWidth(h), widest(i)) + 2));
  return s.headers.map((h, i) => Math.min(26, Math.max(6, widest(i), Math.min(displayWidth(h), 12)) + 1));
}

/** Lines a row needs once its cells wrap at the column widths (spreadsheet programs do not grow rows on open). */
function rowLines(cells: readonly SheetCell[], widths: readonly number[]): number {
  return Math.max(1, ...cells.map((c, i) => (typeof c === 'string' ? Math.ceil(displayWidth(c) / Math.max(1, widths[i]! - 1)) : 1)));
}

/** The rows and options of one sheet for write-excel-file. */
function sheetData(s: Sheet): object {
  const widths = columnWidths(s);
  const columns = widths.map((width) => ({ width }));
  const span = s.headers.length;
  const title = (s.title ?? []).map((text, i) => [
    {
      value: text,
      columnSpan: span,
      align: 'center' as const,
      ...(i === 0 ? { fontWeight: 'bold' as const, fontSize: 16, height: 30 } : { fontSize: 10 }),
    },
    ...Array.from({ length: span - 1 }, () => null),
  ]);
  const framed = s.title !== undefined;
  const header = s.headers.map((h) => ({
    value: h,
    fontWeight: 'bold' as const,
    ...(framed ? { ...BORDER, backgroundColor: '#E4E9F0', align: 'center' as const, alignVertical: 'center' as const, wrap: true } : {}),
  }));
  const notice = s.notice ? [noticeRow(s.notice, widths)] : [];
  const headerRow = title.length + notice.length + 1;
  return {
    sheet: s.name.slice(0, 31),
    stickyRowsCount: headerRow,
    dateFormat: 'yyyy-mm-dd',
    columns,
    data: [
      ...title,
      ...notice,
      header,
      ...s.rows.map((r) => {
        const cells = s.headers.map((_, i) => cellOf(r[i] ?? null, framed));
        // The row's height rides on its first cell (write-excel-file reads `height` per row from any cell).
        return framed && cells[0] ? [{ ...cells[0], height: 14 * rowLines(r, widths) + 3 }, ...cells.slice(1)] : cells;
      }),
    ],
    ...(framed
      ? {
          orientation: 'landscape',
          print: { headerRow, lastRow: headerRow + s.rows.length, columns: span, footer: s.footer ?? '&P / &N', hidden: s.hidden ?? [] },
        }
      : {}),
  };
}

export async function renderSheetsAsXlsx(sheets: readonly Sheet[]): Promise<Uint8Array> {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const { printLayoutFeature } = await import('./xlsx-print.js');
  const buffer = await writeExcelFile(sheets.map(sheetData) as never, { features: [printLayoutFeature] } as never).toBuffer();
  return new Uint8Array(buffer);
}
