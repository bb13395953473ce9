/**
 * The summary data made ready for the wording templates: labels in the reader's language, the
 * largest items picked out, findings grouped by check with their messages translated, the previous
 * term set beside this one. No prose is written here; the templates under `templates/summary/` do that.
 */
import { AUDIENCES, TIMINGS, type Catalog } from '../model/catalog.js';
import { messageText, t, type Lang } from '../i18n/index.js';
import type { Tally } from '../reports/summary-counts.js';
import type { LabelledSummary } from './summary-labels.js';
import { catalogLabel, type LabelKind } from './context.js';
import { groupProblems } from './summary-problems.js';
import { busiestMonths, missingByCategory, pairingClaims, ranks } from './summary-wording.js';

const byId = (xs: readonly Tally[]) => Object.fromEntries(xs.map((x) => [x.id, x.count]));
/** The largest counts first; equal counts keep the catalog's order. */
const largest = (xs: readonly Tally[], n: number) =>
  [...xs]
    .filter((x) => x.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, n);

export const MATRIX_SYMBOLS = { met: '✓', missing: '✗', pending: '·', none: '' } as const;

export interface FindingGroup {
  check: string;
  errors: number;
  warnings: number;
  items: { severity: string; subject: string; text: string }[];
}

export function buildSummaryView(labelled: LabelledSummary, catalog: Catalog, lang: Lang) {
  // The templates print `term.name`: the name as the reader reads it.
  const s = {
    ...labelled,
    term: { ...labelled.term, name: labelled.term.label },
    previous: labelled.previous && { ...labelled.previous, term: { ...labelled.previous.term, name: labelled.previous.term.label } },
  };
  const labels = (ids: readonly string[], kind: LabelKind) => ids.map((id) => catalogLabel(catalog, kind, id, lang));
  const category = (id: string) => catalogLabel(catalog, 'category', id, lang);
  const groups: FindingGroup[] = [];
  for (const f of s.findings) {
    let g = groups.find((x) => x.check === f.check);
    if (!g) groups.push((g = { check: f.check, errors: 0, warnings: 0, items: [] }));
    if (f.severity === 'error') g.errors++;
    else g.warnings++;
    g.items.push({ severity: f.severity, subject: f.id ?? f.period ?? f.file ?? '', text: messageText(lang, f.message, catalog) });
  }
  const prev = s.previous;
  const categoryIds = [...new Set([...s.byCategory.map((c) => c.id), ...(prev?.byCategory.map((c) => c.id) ?? [])])];
  const order = catalog.data.categories.map((c) => c.id);
  categoryIds.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const now = byId(s.byCategory),
    before = byId(prev?.byCategory ?? []);
  const titles = new Map([...s.ledger, ...s.withdrawnRecords].map((r) => [r.id, { title: r.title, date: r.date }]));
  return {
    s,
    lang,
    columns: byId(s.byColumn),
    audiences: byId(s.byAudience),
    audienceOrder: AUDIENCES,
    timingOrder: TIMINGS,
    timings: { none: 0, ...byId(s.byTiming) },
    categoriesUsed: s.byCategory.length,
    topCategories: largest(s.byCategory, 3),
    topForms: largest(s.byForm, 3),
    /** The largest counts as levels of equal counts (ties stated as ties). */
    categoryRanks: ranks(s.byCategory),
    formRanks: ranks(s.byForm),
    /** The months with the most disclosures (several when tied), or `even` when every month had the same. */
    busiest: busiestMonths(s.byMonth),
    /** Which of the four pairings the term can claim, and which it lacks (those go to part 4). */
    pairingClaims: pairingClaims(s.pairings, s.total),
    missingByCategory: missingByCategory(s.completeness.missing),
    problems: groupProblems(s.findings, (id) => titles.get(id), lang),
    sealChanged: s.seal.changedSince.map((id) => ({ id, ...(titles.get(id) ?? { title: id, date: '' }) })),
    /** Records posted before the term started that belong to it (a fee notice in August). */
    early: (() => {
      const early = s.ledger.filter((r) => r.date < s.term.start);
      return { count: early.length, labels: [...new Set(early.map((r) => category(r.category)))] };
    })(),
    busiestMonth: s.byMonth.reduce((a, b) => (b.count > a.count ? b : a), s.byMonth[0] ?? { month: '', count: 0 }),
    findingCounts: { errors: groups.reduce((n, g) => n + g.errors, 0), warnings: groups.reduce((n, g) => n + g.warnings, 0) },
    findingGroups: groups,
    comparison: categoryIds.map((id) => ({ id, label: category(id), now: now[id] ?? 0, before: before[id] ?? 0 })),
    change: prev && {
      total: s.total - prev.total,
      rate: s.completeness.rate - prev.completeness.rate,
    },
    matrixRows: s.matrix.rows.map((r) => ({ label: r.label, symbols: r.cells.map((c) => MATRIX_SYMBOLS[c.status]) })),
    matrixLegend: (['met', 'missing', 'pending'] as const).map((k) => `${MATRIX_SYMBOLS[k]} ${t(lang, `summary.matrix.${k}`)}`),
    ledger: s.ledger.map((r) => ({
      ...r,
      categoryLabel: category(r.category),
      forms: labels(r.form, 'form'),
      audiences: labels(r.audience, 'audience'),
    })),
  };
}

export type SummaryView = ReturnType<typeof buildSummaryView>;
