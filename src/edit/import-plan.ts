/**
 * The import plan: from the rows of a ledger sheet to the records to write, pure and complete before
 * anything is written. Finds the header row, names each column's field (usual headers, `--map`),
 * reads every row with the same validation as `add`, and sorts the rows into records to write,
 * duplicates to skip and problems that stop the import (all or nothing).
 */
import type { Catalog } from '../model/catalog.js';
import { datePart } from '../model/dates.js';
import { usageError } from '../model/errors.js';
import type { Msg } from '../model/finding.js';
import type { DisclosureRecord } from '../model/record.js';
import {
  IGNORE,
  REQUIRED_FIELDS,
  SHEET_FIELDS,
  SHEET_FIELD_KIND,
  columnLetter,
  fieldForHeader,
  normalizeHeader,
  parseMapTarget,
  type ColumnTarget,
  type SheetField,
} from '../model/sheet-columns.js';
import { cellText, isBlank, unguardCsvCell, type SheetCell } from '../model/sheet-values.js';
import type { Terms } from '../model/terms.js';
import { validateRecord } from '../model/validate.js';
import { completePeriods } from './fields.js';
import { checkDefaults, completesRow, labelHint, putCell } from './import-cells.js';

export interface ImportOptions {
  /** The sheet's file name, noted in each record's `source`. */
  file: string;
  kind: 'csv' | 'xlsx';
  /** `--map 'Header=key'` entries. */
  map?: readonly string[];
  /** `--default key=value` entries: used where a row leaves the field empty. */
  defaults?: readonly string[];
}

export interface Column {
  index: number;
  header: string;
  target: ColumnTarget;
}
export interface CellRef {
  row: number;
  column?: { index: number; header: string };
}
export interface RowProblem extends CellRef {
  message: Msg;
  hint?: Msg;
}
export interface Duplicate {
  row: number;
  title: string;
  date: string;
  ofId?: string;
  ofRow?: number;
}
export interface ImportPlan {
  headerRow: number;
  columns: Column[];
  /** Columns with a header that names no field: not read (a warning says so). */
  ignored: { index: number; header: string }[];
  records: { row: number; record: DisclosureRecord }[];
  duplicates: Duplicate[];
  problems: RowProblem[];
}

/** Placeholder id while a row is validated; the real one is allocated when the file is written. */
const PENDING_ID = '19000101-000';
/** How far down a title row or two may push the header row. */
const HEADER_SEARCH_ROWS = 10;

function splitPair(entry: string, flag: string): [string, string] {
  const at = entry.lastIndexOf('=');
  if (at <= 0) throw usageError('err.import.pair', { flag, value: entry });
  return [entry.slice(0, at).trim(), entry.slice(at + 1).trim()];
}

/** A message parameter listing sheet fields: ids, shown by the renderer as the user reads them, 责任人 (responsible). */
const sheetFields = (fields: readonly SheetField[], name: 'valid' | 'fields' = 'valid') => ({
  kind: SHEET_FIELD_KIND,
  [name]: fields.join(', '),
});

function targetOrFail(key: string, flag: string): ColumnTarget {
  const t = parseMapTarget(key);
  if (!t)
    throw usageError('err.import.unknown-field', { flag, value: key }, { key: 'hint.valid-values', params: sheetFields(SHEET_FIELDS) });
  return t;
}

/** Finds the header row (the first with three or more known headers) and names each column. */
function findColumns(rows: readonly SheetCell[][], map: Map<string, ColumnTarget>) {
  const targetOf = (cell: SheetCell) => map.get(normalizeHeader(cellText(cell))) ?? fieldForHeader(cellText(cell));
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const row = rows[i] ?? [];
    if (row.filter((c) => !isBlank(c) && targetOf(c) && targetOf(c) !== IGNORE).length < 3) continue;
    const columns: Column[] = [],
      ignored: { index: number; header: string }[] = [];
    row.forEach((cell, index) => {
      if (isBlank(cell)) return;
      const header = cellText(cell),
        target = targetOf(cell);
      if (target) columns.push({ index, header, target });
      else ignored.push({ index, header });
    });
    return { headerRow: i + 1, columns, ignored };
  }
  throw usageError('err.import.no-header', { rows: HEADER_SEARCH_ROWS }, { key: 'hint.import.headers' });
}

/** Checks the columns as a whole: every `--map` header exists, no field twice, every required field present. */
function checkColumns(columns: Column[], mapHeaders: string[], defaults: Map<SheetField, string>): void {
  for (const h of mapHeaders) {
    if (!columns.some((c) => normalizeHeader(c.header) === normalizeHeader(h))) {
      throw usageError(
        'err.import.map-header',
        { header: h },
        { key: 'hint.valid-values', params: { valid: columns.map((c) => c.header).join(', ') } },
      );
    }
  }
  const seen = new Map<ColumnTarget, Column>();
  for (const c of columns) {
    if (c.target === IGNORE || c.target === 'id') continue;
    const first = seen.get(c.target);
    if (first)
      throw usageError(
        'err.import.same-field',
        { first: first.header, second: c.header, field: c.target },
        { key: 'hint.import.same-field', params: { header: c.header } },
      );
    seen.set(c.target, c);
  }
  const missing = REQUIRED_FIELDS.filter((f) => !seen.has(f) && !defaults.has(f));
  if (missing.length > 0) {
    throw usageError('err.import.missing-columns', sheetFields(missing, 'fields'), {
      key: 'hint.import.missing-columns',
      params: { field: missing[0]! },
    });
  }
}

/** The column an issue of the record points at (`review.on` → the 审核日期 column). */
function columnFor(path: (string | number)[], columns: Column[]): Column | undefined {
  const dotted = path.length > 1 && typeof path[1] === 'string' ? `${path[0]}.${path[1]}` : String(path[0]);
  return columns.find((c) => c.target === dotted) ?? columns.find((c) => c.target === path[0]);
}

const dupKey = (r: { time: string; category: string; title: string }) => `${datePart(r.time)}\u0000${r.category}\u0000${r.title.trim()}`;

/** Plans an import of `rows` (index i = spreadsheet row i + 1) into an archive holding `existing`. */
export function planImport(
  rows: readonly SheetCell[][],
  catalog: Catalog,
  terms: Terms,
  existing: readonly DisclosureRecord[],
  opts: ImportOptions,
): ImportPlan {
  const map = new Map<string, ColumnTarget>(),
    mapHeaders: string[] = [];
  for (const entry of opts.map ?? []) {
    const [header, key] = splitPair(entry, '--map');
    map.set(normalizeHeader(header), targetOrFail(key, '--map'));
    mapHeaders.push(header);
  }
  const defaults = new Map<SheetField, string>();
  for (const entry of opts.defaults ?? []) {
    const [key, value] = splitPair(entry, '--default');
    const t = targetOrFail(key, '--default');
    if (t !== IGNORE && t !== 'id') defaults.set(t, value);
  }
  checkDefaults(defaults, catalog);
  const { headerRow, columns, ignored } = findColumns(rows, map);
  checkColumns(columns, mapHeaders, defaults);
  const fields = columns.filter((c): c is Column & { target: SheetField } => c.target !== IGNORE && c.target !== 'id');

  const plan: ImportPlan = { headerRow, columns, ignored, records: [], duplicates: [], problems: [] };
  const known = new Map<string, { id?: string; row?: number }>(existing.map((r) => [dupKey(r), { id: r.id }]));
  for (let i = headerRow; i < rows.length; i++) {
    const cells = rows[i] ?? [];
    const row = i + 1;
    if (fields.every((c) => isBlank(cells[c.index]))) continue; // an empty row, or one with only a row counter
    const raw: Record<string, unknown> = {};
    const rowProblems: RowProblem[] = [];
    const given = new Set<SheetField>();
    for (const c of fields) {
      let cell = cells[c.index];
      if (isBlank(cell)) continue;
      if (opts.kind === 'csv' && typeof cell === 'string') cell = unguardCsvCell(cell.trim());
      given.add(c.target);
      const problem = putCell(raw, c.target, cell, catalog);
      if (problem)
        rowProblems.push({
          row,
          column: { index: c.index, header: c.header },
          message: { ...problem.message, params: { ...problem.message.params, field: c.header } },
          hint: problem.hint,
        });
    }
    for (const [field, value] of defaults)
      if (!given.has(field) && completesRow(field, given, defaults, catalog.category(String(raw.category))?.requires ?? []))
        putCell(raw, field, value, catalog);
    raw.source = { file: opts.file, row };
    const { record, issues } = validateRecord({ id: PENDING_ID, ...completePeriods(raw, catalog, terms) }, catalog);
    const said = new Set<string>();
    // A cell the normaliser already refused is named once, with its candidates.
    const refused = new Set(rowProblems.map((p) => p.column?.index));
    for (const issue of issues.filter((x) => x.severity === 'error')) {
      const col = columnFor(issue.path, fields);
      if (col && refused.has(col.index)) continue;
      // zod may report one bad value twice (pattern, then calendar check): say it once.
      const once = `${col?.index}\u0000${issue.key}\u0000${JSON.stringify(issue.params)}`;
      if (said.has(once)) continue;
      said.add(once);
      const field = col ? col.header : issue.path.join('.');
      const hint =
        issue.code === 'unknown-id' && issue.hint?.key !== 'hint.did-you-mean-valid'
          ? (labelHint(catalog, issue.path[0]) ?? issue.hint)
          : issue.hint;
      rowProblems.push({
        row,
        ...(col ? { column: { index: col.index, header: col.header } } : {}),
        message: { key: issue.key, params: { ...issue.params, field } },
        ...(hint ? { hint } : {}),
      });
    }
    if (rowProblems.length > 0 || !record) {
      plan.problems.push(...rowProblems);
      continue;
    }
    const key = dupKey(record),
      first = known.get(key);
    if (first) {
      plan.duplicates.push({
        row,
        title: record.title,
        date: datePart(record.time),
        ...(first.id ? { ofId: first.id } : { ofRow: first.row! }),
      });
      continue;
    }
    known.set(key, { row });
    plan.records.push({ row, record });
  }
  return plan;
}

/** The ids the records would get, for `--dry-run`: the next free numbers of each date, in sheet order. */
export function predictIds(records: readonly { record: DisclosureRecord }[], existingIds: readonly string[]): string[] {
  const highest = new Map<string, number>();
  for (const id of existingIds) {
    const [prefix, seq] = id.split('-') as [string, string];
    highest.set(prefix, Math.max(highest.get(prefix) ?? 0, Number(seq)));
  }
  return records.map(({ record }) => {
    const prefix = datePart(record.time).replaceAll('-', '');
    const next = (highest.get(prefix) ?? 0) + 1;
    highest.set(prefix, next);
    return `${prefix}-${String(next).padStart(3, '0')}`;
  });
}

/** `C5` for a cell reference, or undefined without a column. */
export function cellName(ref: CellRef): string | undefined {
  return ref.column ? `${columnLetter(ref.column.index)}${ref.row}` : undefined;
}
