/**
 * Reading the cells of a ledger sheet as people fill them in: dates as `2025-09-05`, `2025/9/5`,
 * `2025.9.5`, `2025年9月5日` or real Excel date cells; several values in one cell split on `、，,;；`
 * (the words themselves go through the one normaliser, model/vocabulary.ts). A value that cannot be
 * read is passed on as written, so the record validation names it with the user's own text.
 */
import { makeDate, pad2 } from './dates.js';
import { dateInputOrText } from './date-input.js';

/** A cell as the sheet readers give it: xlsx dates arrive as Dates at UTC midnight. */
export type SheetCell = string | number | boolean | Date | null | undefined;

/** True for a cell with nothing in it. */
export function isBlank(cell: SheetCell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The cell as text (numbers as written, Dates as their calendar date). */
export function cellText(cell: SheetCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return dateFromDate(cell);
  return String(cell).trim();
}

/** An Excel date cell: read with UTC getters (the reader puts the sheet's wall time at UTC). */
function dateFromDate(d: Date): string {
  const date = makeDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  const hh = d.getUTCHours(),
    mm = d.getUTCMinutes();
  return hh || mm ? `${date}T${pad2(hh)}:${pad2(mm)}` : date;
}

/** Excel's day count (1900 system; day 25569 is 1970-01-01), for date columns stored as plain numbers. */
function dateFromSerial(n: number): string | undefined {
  if (!Number.isFinite(n) || n < 1 || n >= 2958466) return undefined;
  return dateFromDate(new Date(Math.round((n - 25569) * 86400) * 1000));
}

/** A date written any usual way → `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM` with a clock time); else the text as written. */
export function parseDateCell(cell: SheetCell, allowTime = false): string {
  if (cell instanceof Date) {
    const s = dateFromDate(cell);
    return allowTime ? s : s.slice(0, 10);
  }
  if (typeof cell === 'number') {
    const s = dateFromSerial(cell);
    return s ? (allowTime ? s : s.slice(0, 10)) : String(cell);
  }
  // Typed dates are read by the one date reader of every input (model/date-input.ts); a ledger's
  // "2025/9/5 10:30" in a date-only column keeps its date.
  const text = cellText(cell);
  if (allowTime) return dateInputOrText(text, true);
  const read = dateInputOrText(text, true);
  return read === text ? text : read.slice(0, 10);
}

/** A month → `YYYY-MM` from `2025-09`, `2025/9`, `2025年9月` or a date cell; else the text. */
export function parseMonthCell(cell: SheetCell): string {
  if (cell instanceof Date) return dateFromDate(cell).slice(0, 7);
  const text = cellText(cell);
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  return m ? `${m[1]}-${pad2(Number(m[2]))}` : text;
}

/** A term as schools write it (`2025—2026学年第一学期`, `2025-2026-1`) → the term id; else the text. */
export function parseTermCell(cell: SheetCell): string {
  const text = cellText(cell);
  const m = /^(\d{4})\s*[-—–~～至]\s*(\d{4})\s*(?:学年)?\s*(?:度)?\s*第?\s*([一二12])\s*学期$/.exec(text);
  return m ? `${m[1]}-${m[2]}-${m[3] === '一' || m[3] === '1' ? 1 : 2}` : text;
}

/** Several values in one cell: `校务公开栏、学校网站` → two values. */
export function splitList(cell: SheetCell): string[] {
  return cellText(cell)
    .split(/[,，、;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Undoes the formula guard of our own CSV export (`'=…` → `=…`), so a title that starts with `-` or
 * `=` comes back as it was. Only for CSV cells: an xlsx cell holds the text itself.
 */
export function unguardCsvCell(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
