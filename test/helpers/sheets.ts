/** Ledger sheets made inside tests: CSV text (with or without BOM, GBK) and real .xlsx workbooks. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';

export type Cell = string | number | Date | null;

function quote(cell: Cell): string {
  const s = cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvText(rows: Cell[][]): string {
  return rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** Writes a CSV as UTF-8 with a BOM, UTF-8 without, or GBK (what Chinese Windows Excel saves). */
export function writeCsv(dir: string, name: string, rows: Cell[][], encoding: 'utf8-bom' | 'utf8' | 'gbk'): string {
  const text = csvText(rows);
  const bytes = encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from((encoding === 'utf8-bom' ? '\ufeff' : '') + text, 'utf8');
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** Writes an .xlsx with write-excel-file: Dates become real date cells. */
export async function writeXlsx(dir: string, name: string, rows: Cell[][]): Promise<string> {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const data = rows.map((r) =>
    r.map((c) =>
      c === null
        ? null
        : c instanceof Date
          ? { value: c, type: Date, format: 'yyyy/m/d' }
          : typeof c === 'number'
            ? { value: c, type: Number }
            : { value: c, type: String },
    ),
  );
  const path = join(dir, name);
  writeFileSync(path, await writeExcelFile(data as never).toBuffer());
  return path;
}

/** A calendar date as the xlsx reader and writer use it: UTC midnight. */
export function utcDate(s: string): Date {
  return new Date(`${s}T00:00:00Z`);
}
