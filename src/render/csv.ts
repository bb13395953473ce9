/**
 * CSV for Excel and WPS: UTF-8 with a BOM (else Chinese Windows reads it as GBK), CRLF line ends,
 * RFC 4180 quoting, and cells that would run as formulas (`=`, `+`, `-`, `@`, tab, CR) prefixed with
 * `'`. Written here rather than with csv-stringify: quoting plus neutralising is a dozen lines and keeps
 * start-up free of another module; the rules are tested.
 */
import type { Grid } from './grid.js';

export const BOM = '\ufeff';

export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvCell(value: string): string {
  const v = neutralizeFormula(value);
  return /[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

export function renderGridAsCsv(grid: Grid): string {
  return BOM + [grid.headers, ...grid.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
