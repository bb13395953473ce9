/**
 * The annual report's data made ready for its wording templates (templates/report/<lang>/): labels in
 * the reader's language, the national tables of parts three and four as rows of numbers, findings
 * grouped by check with their messages translated, last year set beside this one. No prose here.
 */
import type { MessageKey } from '../i18n/index.js';
import type { Lang } from '../model/lang.js';
import type { RenderContext } from './context.js';
import { APPEAL_RESULTS, APPLICANT_TYPES, OUTCOMES, REASONS, REQUEST_CHANNELS, wordLabel } from '../model/request-vocab.js';
import type { AnnualReport } from '../reports/annual-report.js';
import type { Tally } from '../reports/summary-counts.js';

export interface MatrixRow {
  label: string;
  /** One count per applicant column, then the total. */
  cells: number[];
  /** A heading row (一、二 …) or a sub-row (1. 2. …). */
  level: 0 | 1 | 2;
}

const CN_NUMBERS = ['一', '二', '三', '四', '五', '六', '七'];

/** The applicant columns as the table heads them: short, so that eight columns fit an A4 page. */
const SHORT_APPLICANTS: Record<Lang, string[]> = {
  'zh-CN': ['自然人', '商业企业', '科研机构', '公益组织', '法律服务', '其他组织'],
  en: ['Person', 'Business', 'Research', 'Non-profit', 'Legal', 'Other'],
};

const sumRow = (byApplicant: Record<string, number>) => {
  const cells = APPLICANT_TYPES.map((a) => byApplicant[a.id] ?? 0);
  return [...cells, cells.reduce((x, y) => x + y, 0)];
};

/** The national table of part three: rows 一 to 四, every cell from the data. */
export function requestMatrixRows(r: AnnualReport, view: Pick<RenderContext, 'lang' | 't'>): MatrixRow[] {
  const { lang } = view;
  const zh = lang === 'zh-CN';
  const d = r.requestDetail;
  const rows: MatrixRow[] = [
    { label: view.t('report.row.new'), cells: sumRow(d.newByApplicant), level: 0 },
    { label: view.t('report.row.carried'), cells: sumRow(d.carriedByApplicant), level: 0 },
    { label: view.t('report.row.results'), cells: [], level: 0 },
  ];
  const totals: Record<string, number> = {};
  OUTCOMES.forEach((o, i) => {
    const byApplicant = Object.fromEntries(APPLICANT_TYPES.map((a) => [a.id, r.requests.matrix[a.id]?.[o.id] ?? 0]));
    for (const [a, n] of Object.entries(byApplicant)) totals[a] = (totals[a] ?? 0) + n;
    rows.push({
      label: `${zh ? `（${CN_NUMBERS[i]}）` : `(${i + 1}) `}${wordLabel(OUTCOMES, o.id, lang)}`,
      cells: sumRow(byApplicant),
      level: 1,
    });
    const reasons = o.id === 'partial' ? [] : ((REASONS as Record<string, typeof REASONS.withheld>)[o.id] ?? []);
    reasons.forEach((reason, k) => {
      const found = d.reasons.find((x) => x.outcome === o.id && x.reason === reason.id);
      rows.push({ label: `${k + 1}. ${wordLabel(reasons, reason.id, lang)}`, cells: sumRow(found?.byApplicant ?? {}), level: 2 });
    });
  });
  rows.push({ label: `${zh ? '（七）' : '(7) '}${view.t('report.row.total')}`, cells: sumRow(totals), level: 1 });
  rows.push({ label: view.t('report.row.pending'), cells: sumRow(d.pendingByApplicant), level: 0 });
  return rows;
}

/** Part four: 行政复议, 行政诉讼 brought directly, and after a review — by result, with a total. */
export function appealRows(r: AnnualReport, view: Pick<RenderContext, 'lang' | 't'>) {
  const row = (key: MessageKey, results: Record<string, number>) => {
    const cells = APPEAL_RESULTS.map((x) => results[x.id] ?? 0);
    return { label: view.t(key), cells: [...cells, cells.reduce((a, b) => a + b, 0)] };
  };
  return [
    row('report.appeal.review', r.reviews.results),
    row('report.appeal.direct', r.litigation.direct.results),
    row('report.appeal.after-review', r.litigation.afterReview.results),
  ];
}

export function buildReportView(ctx: RenderContext, r: AnnualReport) {
  const { lang } = ctx;
  const byId = (xs: readonly Tally[]) => Object.fromEntries(xs.map((x) => [x.id, x.count]));
  const groups: { check: string; rule: string; errors: number; warnings: number; items: string[] }[] = [];
  for (const f of r.findings) {
    let g = groups.find((x) => x.check === f.check);
    if (!g) groups.push((g = { check: f.check, rule: ctx.t(`check.${f.check}.rule` as MessageKey), errors: 0, warnings: 0, items: [] }));
    if (f.severity === 'error') g.errors++;
    else g.warnings++;
    g.items.push(ctx.m(f.message));
  }
  const prev = r.previous;
  const before = byId(prev?.byCategory ?? []);
  // This year's categories in catalog order, then any only last year had.
  const categoryIds = [...new Set([...r.byCategory.map((c) => c.id), ...(prev?.byCategory.map((c) => c.id) ?? [])])];
  const now = byId(r.byCategory);
  const req = r.requests;
  const largest = [...r.byCategory]
    .sort((a, b) => b.count - a.count)
    .slice(0, 3)
    .map((c) => ({ ...c, label: ctx.label('category', c.id) }));
  return {
    r,
    lang,
    columns: byId(r.byColumn),
    previousColumns: byId(prev?.byColumn ?? []),
    columnRows: r.byColumn.map((c) => ({ label: ctx.label('column', c.id), now: c.count, before: byId(prev?.byColumn ?? [])[c.id] ?? 0 })),
    categoryRows: categoryIds.map((id) => ({ label: ctx.label('category', id), now: now[id] ?? 0, before: before[id] ?? 0 })),
    topCategories: largest.filter((c) => c.count > 0),
    forms: r.byForm.filter((f) => f.count > 0).map((f) => ({ ...f, label: ctx.label('form', f.id) })),
    change: prev ? r.total - prev.total : 0,
    applicantHeaders: [...SHORT_APPLICANTS[lang], ctx.t('report.col.total')],
    matrixRows: requestMatrixRows(r, ctx).map((row) => ({
      ...row,
      label: row.level === 2 ? `　${row.label}` : row.label,
      text: row.cells.map(String),
    })),
    // A column head starts with a capital in English (the labels are written to sit inside sentences).
    resultHeaders: [
      ...APPEAL_RESULTS.map((x) => wordLabel(APPEAL_RESULTS, x.id, lang).replace(/^[a-z]/, (c) => c.toUpperCase())),
      ctx.t('report.col.total'),
    ],
    appealRows: appealRows(r, ctx),
    channels: r.requestDetail.byChannel
      .filter((c) => c.count > 0)
      .map((c) => ({ label: wordLabel(REQUEST_CHANNELS, c.channel, lang), count: c.count })),
    applicants: req.byApplicant
      .filter((a) => a.count > 0)
      .map((a) => ({ label: wordLabel(APPLICANT_TYPES, a.applicant, lang), count: a.count })),
    outcomes: req.outcomes.filter((o) => o.count > 0).map((o) => ({ label: wordLabel(OUTCOMES, o.outcome, lang), count: o.count })),
    organisations: req.byApplicant.filter((a) => a.applicant !== 'person').reduce((n, a) => n + a.count, 0),
    persons: req.byApplicant.find((a) => a.applicant === 'person')?.count ?? 0,
    handled: req.received + req.carriedOver,
    findingCounts: { errors: groups.reduce((n, g) => n + g.errors, 0), warnings: groups.reduce((n, g) => n + g.warnings, 0) },
    findingGroups: groups.map((g) => ({ ...g, examples: g.items.slice(0, 3), more: Math.max(0, g.items.length - 3) })),
  };
}

export type ReportView = ReturnType<typeof buildReportView>;
