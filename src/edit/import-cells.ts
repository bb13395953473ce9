/**
 * One cell of a ledger row into the raw record: each field read the way people write it (labels to
 * ids, dates in any usual form, lists split, amounts with commas), then validated with the record.
 */
import type { Catalog } from '../model/catalog.js';
import type { Msg } from '../model/finding.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { DATE_FIELDS, type SheetField } from '../model/sheet-columns.js';
import { cellText, parseDateCell, parseMonthCell, parseTermCell, splitList, type SheetCell } from '../model/sheet-values.js';
import { normalize, vocabProblem, vocabulary, type VocabKind } from '../model/vocabulary.js';
import { parseAmount } from './fields.js';

const ID_KINDS: Partial<Record<SheetField, VocabKind>> = {
  category: 'category',
  form: 'form',
  audience: 'audience',
  timing: 'timing',
  status: 'status',
};

/** A cell's problem: what is wrong and what to do. */
export interface CellProblem {
  message: Msg;
  hint: Msg;
}

/** Puts one cell's value into the raw record, read the way its field is written (words through the one normaliser). */
export function putCell(raw: Record<string, unknown>, field: SheetField, cell: SheetCell, catalog: Catalog): CellProblem | undefined {
  const text = cellText(cell);
  const kind = ID_KINDS[field];
  let value: unknown;
  let problem: CellProblem | undefined;
  const word = (k: VocabKind, v: string) => {
    const r = normalize(k, v, catalog);
    if (r.ok) return r.id;
    problem ??= vocabProblem(k, r, catalog, field);
    return v;
  };
  if (field === 'time') value = parseDateCell(cell, true);
  else if (DATE_FIELDS.includes(field)) value = parseDateCell(cell);
  else if (field === 'period') value = parseMonthCell(cell);
  else if (field === 'term') value = parseTermCell(cell);
  else if (field === 'form' || field === 'audience') value = splitList(cell).map((v) => word(kind!, v));
  else if (kind) value = word(kind, text);
  else if (field === 'amount') value = typeof cell === 'number' ? cell : parseAmount(text);
  else if (field === 'tags') value = splitList(cell);
  else if (field === 'attachments' || field === 'feedback') {
    try {
      value = JSON.parse(text);
    } catch {
      return {
        message: { key: 'err.import.json', params: { value: text.length > 40 ? `${text.slice(0, 37)}...` : text } },
        hint: { key: 'hint.import.json' },
      };
    }
  } else value = text;
  const [key, sub] = field.split('.') as [string, string | undefined];
  if (sub) raw[key] = { ...(raw[key] as object | undefined), [sub]: value };
  else raw[key] = value;
  return problem;
}

/**
 * A sheet is filled in with labels, so an unknown value is answered with the values the field takes.
 * Language-free: the ids and their `kind`, which the renderer shows as labels (`校务公开栏 (board)`).
 */
export function labelHint(catalog: Catalog, key: string | number | undefined): Msg | undefined {
  const kind = ID_KINDS[key as SheetField];
  if (!kind) return undefined;
  const ids = kind === 'category' ? catalog.active().map((c) => c.id) : vocabulary(kind, catalog).map((e) => e.id);
  return { key: 'hint.valid-values', params: { kind, valid: ids.join(', ') } };
}

/**
 * Whether a `--default` belongs in a row: an approval (`review.by=…`) only where the row's category
 * asks for it and the row has, or is given, the other half — a default makes a record more complete,
 * never a half-filled approval that fails.
 */
export function completesRow(
  field: SheetField,
  given: ReadonlySet<SheetField>,
  defaults: ReadonlyMap<SheetField, string>,
  requires: readonly string[],
): boolean {
  const m = /^(review|supervision)\.(by|on)$/.exec(field);
  if (!m) return true;
  if (!requires.includes(m[1]!)) return false;
  const other = `${m[1]}.${m[2] === 'by' ? 'on' : 'by'}` as SheetField;
  return given.has(other) || defaults.has(other);
}

/** Reads each `--default` like a cell, up front: a word it cannot read stops the import (exit 2) before any row. */
export function checkDefaults(defaults: ReadonlyMap<SheetField, string>, catalog: Catalog): void {
  for (const [field, value] of defaults) {
    const problem = putCell({}, field, value, catalog);
    if (problem)
      throw new XwgkError(
        EXIT.usage,
        { ...problem.message, params: { ...problem.message.params, field: `--default ${field}` } },
        problem.hint,
      );
  }
}
