/**
 * Reading a ledger file (.csv or .xlsx) into rows of cells, where `rows[i]` is the spreadsheet's row
 * i + 1, so every message can name the row the clerk sees. CSV comes as Chinese offices save it:
 * UTF-8 with or without a BOM, or GB18030/GBK (Excel and WPS on Chinese Windows) — detected from the
 * bytes, never asked. The parsers (csv-parse, iconv-lite, read-excel-file) load only here.
 */
import { statSync } from 'node:fs';
import { readFileChecked } from './fs-guard.js';
import { basename, extname } from 'node:path';
import { usageError } from '../model/errors.js';
import type { SheetCell } from '../model/sheet-values.js';

export interface SheetTable {
  /** The file name shown in messages and noted in each record's `source`. */
  name: string;
  kind: 'csv' | 'xlsx';
  /** How a CSV was decoded (`utf-8`, `gb18030`, `utf-16le`). */
  encoding?: string;
  rows: SheetCell[][];
}

/** A ledger of 100,000 rows is a few MB; anything far larger is not a ledger. */
export const MAX_SHEET_BYTES = 64 * 1024 * 1024;

/** Decodes CSV bytes: a BOM decides; else valid UTF-8 is UTF-8; else GB18030 (a superset of GBK and GB2312). */
export async function decodeText(bytes: Uint8Array): Promise<{ text: string; encoding: string }> {
  const b = bytes;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8' };
  if (b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(b.subarray(2)), encoding: 'utf-16le' };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(b.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    const { default: iconv } = await import('iconv-lite');
    return { text: iconv.decode(Buffer.from(b), 'gb18030'), encoding: 'gb18030' };
  }
}

/** Parses CSV text into rows; empty lines stay (as empty rows) so row numbers match the spreadsheet. */
export async function parseCsv(text: string, name: string): Promise<SheetCell[][]> {
  const { parse } = await import('csv-parse/sync');
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  // "Unicode text" from Excel is tab-separated; a header line with tabs and no commas says so.
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  try {
    return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (e) {
    const err = e as { lines?: number; message?: string };
    throw usageError('err.import.csv', { file: name, line: err.lines ?? 0, detail: err.message ?? String(e) }, { key: 'hint.import.csv' });
  }
}

/** Reads the rows of one worksheet (by name or 1-based number; the first by default). */
export async function parseXlsx(bytes: Uint8Array, name: string, sheet?: string): Promise<SheetCell[][]> {
  const { default: readXlsxFile } = await import('read-excel-file/node');
  let sheets: { sheet: string; data: SheetCell[][] }[];
  try {
    sheets = (await readXlsxFile(Buffer.from(bytes))) as unknown as { sheet: string; data: SheetCell[][] }[];
  } catch (e) {
    throw usageError('err.import.xlsx', { file: name, detail: (e as Error).message ?? String(e) }, { key: 'hint.import.xlsx' });
  }
  if (sheet === undefined) return sheets[0]?.data ?? [];
  const byName = sheets.find((s) => s.sheet === sheet);
  const byNumber = /^\d+$/.test(sheet) ? sheets[Number(sheet) - 1] : undefined;
  const found = byName ?? byNumber;
  if (!found) throw usageError('err.import.sheet', { sheet, file: name, valid: sheets.map((s) => s.sheet).join(', ') });
  return found.data;
}

/** Reads a ledger file. The content decides the kind (an .xlsx is a zip), the extension only breaks ties. */
export async function readSheetFile(path: string, opts: { sheet?: string } = {}): Promise<SheetTable> {
  const name = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw usageError('err.import.no-file', { file: path });
  }
  if (size > MAX_SHEET_BYTES) throw usageError('err.too-large', { size, limit: MAX_SHEET_BYTES });
  // Named by the user: a FIFO or device is refused, not read forever.
  const bytes = new Uint8Array(readFileChecked(path, MAX_SHEET_BYTES, name));
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  const ext = extname(path).toLowerCase();
  if (ole || ext === '.xls' || ext === '.et') throw usageError('err.import.old-format', { file: name }, { key: 'hint.import.save-as' });
  if (zip) return { name, kind: 'xlsx', rows: await parseXlsx(bytes, name, opts.sheet) };
  if (ext === '.xlsx') throw usageError('err.import.xlsx', { file: name, detail: 'not a zip' }, { key: 'hint.import.xlsx' });
  if (bytes.includes(0) && !(bytes[0] === 0xff || bytes[0] === 0xfe)) throw usageError('err.import.binary', { file: name }, { key: 'hint.import.save-as' });
  const { text, encoding } = await decodeText(bytes);
  return { name, kind: 'csv', encoding, rows: await parseCsv(text, name) };
}
