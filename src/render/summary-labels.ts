/**
 * The term summary with its labels: the report (reports/summary.ts) holds ids and numbers only; this
 * adds, beside each id, its label in the reader's language, and the term's name as the reader reads
 * it. The JSON, Markdown, HTML and Word renderers all start from this value.
 */
import type { MessageKey } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';
import { defaultTermName } from '../model/terms.js';
import type { Tally } from '../reports/summary-counts.js';
import type { TermFigures, TermRef, TermSummary } from '../reports/summary.js';
import type { LabelKind, RenderContext } from './context.js';

export type Labeller = Pick<RenderContext, 'lang' | 't' | 'label'>;
export type LabelledTally = Tally & { label: string };
export type LabelledTermRef = TermRef & { label: string };

type Labelled<T extends { category: string }> = T & { label: string };

export interface LabelledFigures extends Omit<TermFigures, 'term' | 'byCategory' | 'completeness'> {
  term: LabelledTermRef;
  byCategory: LabelledTally[];
  completeness: Omit<TermFigures['completeness'], 'missing'> & { missing: Labelled<TermFigures['completeness']['missing'][number]>[] };
}

export interface LabelledSummary extends Omit<
  TermSummary,
  | 'term'
  | 'byCategory'
  | 'byColumn'
  | 'byForm'
  | 'byAudience'
  | 'byTiming'
  | 'completeness'
  | 'matrix'
  | 'feedback'
  | 'largestAmounts'
  | 'previous'
> {
  term: LabelledTermRef;
  byCategory: LabelledTally[];
  byColumn: LabelledTally[];
  byForm: LabelledTally[];
  byAudience: LabelledTally[];
  byTiming: LabelledTally[];
  completeness: LabelledFigures['completeness'];
  matrix: { months: string[]; rows: Labelled<TermSummary['matrix']['rows'][number]>[] };
  feedback: Omit<TermSummary['feedback'], 'byChannel'> & { byChannel: LabelledTally[] };
  largestAmounts: Labelled<TermSummary['largestAmounts'][number]>[];
  previous: LabelledFigures | null;
}

/** A term as the reader reads it: its configured name in the archive's language, else the default name in theirs. */
export function termLabel(term: TermRef, lang: Lang, archiveLocale: Lang): string {
  return term.configured && lang === archiveLocale ? term.name : defaultTermName(term.id, lang);
}

/** `{id, count}` → `{id, label, count}` (the label next to the id, as the JSON shape has always had it). */
const tallies = (xs: readonly Tally[], labelOf: (id: string) => string): LabelledTally[] =>
  xs.map(({ id, count }) => ({ id, label: labelOf(id), count }));

function withCategoryLabel<T extends { category: string }>(l: Labeller, x: T): Labelled<T> {
  // Keeps the key order of the JSON shape: the label follows the category id.
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(x)) {
    out[k] = v;
    if (k === 'category') out.label = l.label('category', x.category);
  }
  return out as Labelled<T>;
}

function labelTerm(l: Labeller, term: TermRef, locale: Lang): LabelledTermRef {
  return { ...term, label: termLabel(term, l.lang, locale) };
}

function labelFigures(l: Labeller, f: TermFigures, locale: Lang): LabelledFigures {
  return {
    ...f,
    term: labelTerm(l, f.term, locale),
    byCategory: tallies(f.byCategory, (id) => l.label('category', id)),
    completeness: { ...f.completeness, missing: f.completeness.missing.map((m) => withCategoryLabel(l, m)) },
  };
}

export function labelSummary(l: Labeller, s: TermSummary): LabelledSummary {
  const by = (kind: LabelKind) => (id: string) => l.label(kind, id);
  const timing = (id: string) => l.t(id === 'none' ? 'summary.timing-none' : (`timing.${id}` as MessageKey));
  const figures = labelFigures(l, s, s.locale);
  return {
    ...s,
    term: figures.term,
    byCategory: figures.byCategory,
    byColumn: tallies(s.byColumn, by('column')),
    byForm: tallies(s.byForm, by('form')),
    byAudience: tallies(s.byAudience, by('audience')),
    byTiming: tallies(s.byTiming, timing),
    completeness: figures.completeness,
    matrix: { months: s.matrix.months, rows: s.matrix.rows.map((r) => withCategoryLabel(l, r)) },
    feedback: { ...s.feedback, byChannel: tallies(s.feedback.byChannel, by('channel')) },
    largestAmounts: s.largestAmounts.map((m) => withCategoryLabel(l, m)),
    previous: s.previous && labelFigures(l, s.previous, s.locale),
  };
}
