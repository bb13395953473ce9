/**
 * Turning `add` flags (or prompt answers) into raw record fields, and the defaults `add` offers.
 * Pure: the archive gives the last record's `responsible` (archive/record-ids.ts).
 */
import type { Catalog } from '../model/catalog.js';
import { datePart, isDateOrDateTime } from '../model/dates.js';
import { inferPeriod, inferTerm } from '../model/periods.js';
import type { Terms } from '../model/terms.js';
import { resolveId, resolveIds } from './ids.js';
import { dateInputOrText } from '../model/date-input.js';
import type { Msg } from '../model/finding.js';
import { normalize, vocabProblem } from '../model/vocabulary.js';
import { usageError } from '../model/errors.js';

/** A flag whose word did not normalise: the record key, and what to say. */
export interface FlagProblem {
  field: string;
  message: Msg;
  hint: Msg;
}

export interface AddFlags {
  category?: string;
  title?: string;
  content?: string;
  contentFile?: string;
  time?: string;
  until?: string;
  term?: string;
  period?: string;
  form?: string[];
  audience?: string[];
  timing?: string;
  decided?: string;
  basis?: string;
  amount?: string;
  responsible?: string;
  handler?: string;
  reviewBy?: string;
  reviewOn?: string;
  supervisionBy?: string;
  supervisionOn?: string;
  explanation?: string;
  tag?: string[];
}

/**
 * Raw fields from flags: words through the one normaliser (labels, aliases, unique prefixes → ids;
 * unknown or ambiguous → exit 2 with the candidates), dates as typed (`2025/9/5`) → ISO, `amount`
 * accepts `96,000`.
 */
export function fieldsFromFlags(
  f: AddFlags,
  catalog: Catalog,
  readText: (file: string) => string,
  problems?: FlagProblem[],
  flag: (key: string) => string = (k) => `--${k}`,
): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  // With a `problems` list, a word that does not normalise is noted there (and kept as typed) so
  // `add` can name it together with every other bad field; without one, it stops here (exit 2).
  const word = (kind: 'category' | 'timing', v: string) => {
    if (!problems) return resolveId(catalog, kind, v, flag(kind));
    const r = normalize(kind, v, catalog);
    if (r.ok) return r.id;
    problems.push({ field: kind, ...vocabProblem(kind, r, catalog, flag(kind)) });
    return v;
  };
  const put = (key: string, v: unknown) => {
    if (v !== undefined && v !== '') raw[key] = v;
  };
  if (f.category !== undefined) put('category', word('category', f.category));
  put('title', f.title);
  if (f.content !== undefined && f.contentFile !== undefined) throw usageError('err.content-twice');
  put('content', f.contentFile !== undefined ? readText(f.contentFile) : f.content);
  const day = (v: string | undefined, allowTime = false) => (v === undefined ? undefined : dateInputOrText(v, allowTime));
  put('time', day(f.time, true));
  put('until', day(f.until));
  put('term', f.term);
  put('period', f.period);
  put('form', resolveIds(catalog, 'form', f.form, flag('form')));
  put('audience', resolveIds(catalog, 'audience', f.audience, flag('audience')));
  if (f.timing !== undefined && f.timing !== '') put('timing', word('timing', f.timing));
  put('decided', day(f.decided));
  put('basis', f.basis);
  if (f.amount !== undefined) put('amount', parseAmount(f.amount));
  put('responsible', f.responsible);
  put('handler', f.handler);
  if (f.reviewBy !== undefined || f.reviewOn !== undefined) raw.review = { by: f.reviewBy, on: day(f.reviewOn) };
  if (f.supervisionBy !== undefined || f.supervisionOn !== undefined) raw.supervision = { by: f.supervisionBy, on: day(f.supervisionOn) };
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
export function defaultsFor(
  category: string | undefined,
  catalog: Catalog,
  today: string,
  responsible: string | undefined,
): Record<string, unknown> {
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
  // An impossible date (9999-12-31, 0000-01-01) has no term: validation names it.
  if (typeof out.time !== 'string' || typeof out.category !== 'string' || !isDateOrDateTime(out.time)) return out;
  const cat = catalog.category(out.category);
  if (out.term === undefined) {
    const inferred = inferTerm({ category: out.category, time: out.time, timing: out.timing as string | undefined }, catalog, terms);
    if (inferred.id !== terms.of(datePart(out.time)).id) out.term = inferred.id;
  }
  if (cat?.frequency === 'monthly' && out.period === undefined) out.period = inferPeriod(out.category, out.time, catalog);
  return out;
}
