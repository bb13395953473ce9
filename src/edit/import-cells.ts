/**
 * One cell of a ledger row into the raw record: each field read the way people write it (labels to
 * ids, dates in any usual form, lists split, amounts with commas), then validated with the record.
 */
import type { Lang } from '../model/lang.js';
import type { Catalog } from '../model/catalog.js';
import type { Msg } from '../model/finding.js';
import { DATE_FIELDS, type SheetField } from '../model/sheet-columns.js';
import { cellText, parseDateCell, parseMonthCell, parseStatus, parseTermCell, parseTiming, splitList, type SheetCell } from '../model/sheet-values.js';
import { parseAmount } from './fields.js';
import { lookupId, type IdKind } from './ids.js';

const ID_KINDS: Partial<Record<SheetField, IdKind>> = { category: 'category', form: 'form', audience: 'audience' };

/** Puts one cell's value into the raw record, read the way its field is written. */
export function putCell(raw: Record<string, unknown>, field: SheetField, cell: SheetCell, catalog: Catalog): Msg | undefined {
  const text = cellText(cell);
  const kind = ID_KINDS[field];
  let value: unknown;
  if (field === 'time') value = parseDateCell(cell, true);
  else if (DATE_FIELDS.includes(field)) value = parseDateCell(cell);
  else if (field === 'period') value = parseMonthCell(cell);
  else if (field === 'term') value = parseTermCell(cell);
  else if (field === 'form' || field === 'audience') value = splitList(cell).map((v) => lookupId(catalog, kind!, v) ?? v);
  else if (kind) value = lookupId(catalog, kind, text) ?? text;
  else if (field === 'timing') value = parseTiming(text);
  else if (field === 'status') value = parseStatus(text);
  else if (field === 'amount') value = typeof cell === 'number' ? cell : parseAmount(text);
  else if (field === 'tags') value = splitList(cell);
  else if (field === 'attachments' || field === 'feedback') {
    try {
      value = JSON.parse(text);
    } catch {
      return { key: 'err.import.json', params: { value: text.length > 40 ? `${text.slice(0, 37)}...` : text } };
    }
  } else value = text;
  const [key, sub] = field.split('.') as [string, string | undefined];
  if (sub) raw[key] = { ...(raw[key] as object | undefined), [sub]: value };
  else raw[key] = value;
  return undefined;
}

/** A sheet is filled in with labels, so an unknown value is answered with the labels (and their ids). */
export function labelHint(catalog: Catalog, key: string | number | undefined, lang: Lang): Msg | undefined {
  const kind = ID_KINDS[key as SheetField];
  if (!kind) return undefined;
  const list = kind === 'category' ? catalog.active() : kind === 'form' ? catalog.data.forms : catalog.data.audiences;
  return { key: 'hint.valid-values', params: { valid: list.map((e) => `${e.label[lang]} (${e.id})`).join(lang === 'en' ? ', ' : '、') } };
}
