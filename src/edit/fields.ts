/**
 * Turning `add` flags (or prompt answers) into raw record fields, and the defaults `add` offers.
 * Pure: the archive gives the last record's `responsible` (archive/record-ids.ts).
 */
import type { Catalog } from '../model/catalog.js';
import { datePart } from '../model/dates.js';
import { inferPeriod, inferTerm } from '../model/periods.js';
import type { Terms } from '../model/terms.js';
import { lookupId, resolveIds } from './ids.js';
import { usageError } from '../model/errors.js';

export interface AddFlags {
  category?: string; title?: string; content?: string; contentFile?: string; time?: string; until?: string;
  term?: string; period?: string; form?: string[]; audience?: string[]; timing?: string; decided?: string;
  basis?: string; amount?: string; responsible?: string; handler?: string; reviewBy?: string; reviewOn?: string;
  supervisionBy?: string; supervisionOn?: string; explanation?: string; tag?: string[];
}

/** Raw fields from flags; ids given as labels become ids; `amount` accepts `96,000`. */
export function fieldsFromFlags(f: AddFlags, catalog: Catalog, readText: (file: string) => string): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  const put = (key: string, v: unknown) => {
    if (v !== undefined && v !== '') raw[key] = v;
  };
  if (f.category !== undefined) put('category', lookupId(catalog, 'category', f.category) ?? f.category);
  put('title', f.title);
  if (f.content !== undefined && f.contentFile !== undefined) throw usageError('err.content-twice');
  put('content', f.contentFile !== undefined ? readText(f.contentFile) : f.content);
  put('time', f.time);
  put('until', f.until);
  put('term', f.term);
  put('period', f.period);
  put('form', resolveIds(catalog, 'form', f.form));
  put('audience', resolveIds(catalog, 'audience', f.audience));
  put('timing', f.timing);
  put('decided', f.decided);
  put('basis', f.basis);
  if (f.amount !== undefined) put('amount', parseAmount(f.amount));
  put('responsible', f.responsible);
  put('handler', f.handler);
  if (f.reviewBy !== undefined || f.reviewOn !== undefined) raw.review = { by: f.reviewBy, on: f.reviewOn };
  if (f.supervisionBy !== undefined || f.supervisionOn !== undefined) raw.supervision = { by: f.supervisionBy, on: f.supervisionOn };
  put('explanation', f.explanation);
  put('tags', f.tag);
  return raw;
}

/** `96000`, `96,000`, `96 000.50` → a number; anything else is kept as text so validation names it. */
export function parseAmount(s: string): number | string {
  const cleaned = s.replace(/[,，\s]/g, '').replace(/元$/, '');
  return /^\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : s;
}

/** What `add` offers when a field is not given: today, the category's usual forms, audience and timing. */
export function defaultsFor(category: string | undefined, catalog: Catalog, today: string, responsible: string | undefined): Record<string, unknown> {
  const cat = category ? catalog.category(category) : undefined;
  const out: Record<string, unknown> = { time: today };
  if (cat?.forms.length) out.form = [...cat.forms];
  if (cat?.audience.length) out.audience = [...cat.audience];
  if (cat?.timing && cat.timing !== 'before-and-after') out.timing = cat.timing;
  if (responsible) out.responsible = responsible;
  return out;
}

/**
 * Writes `term` when the record belongs to another term than the one holding its date (the fee notice
 * of Aug 28), and `period` for monthly categories — so the file says what it counts for.
 */
export function completePeriods(raw: Record<string, unknown>, catalog: Catalog, terms: Terms): Record<string, unknown> {
  const out = { ...raw };
  if (typeof out.time !== 'string' || typeof out.category !== 'string') return out;
  const cat = catalog.category(out.category);
  if (out.term === undefined) {
    const inferred = inferTerm({ category: out.category, time: out.time, timing: out.timing as string | undefined }, catalog, terms);
    if (inferred.id !== terms.of(datePart(out.time)).id) out.term = inferred.id;
  }
  if (cat?.frequency === 'monthly' && out.period === undefined) out.period = inferPeriod(out.category, out.time, catalog);
  return out;
}
