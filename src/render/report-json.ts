/**
 * The annual report as JSON (SPEC "JSON shapes": school, year, total, withdrawn, byCategory, byColumn,
 * byForm, requests {received, carriedOver, answered, pending, byApplicant, outcomes, matrix}, reviews,
 * litigation, skipped), followed by the finer figures the document uses and the year's checks as
 * `{ok, counts, findings}`, each finding as language-free data (render/findings.ts `findingAsData`).
 */
import type { RenderContext } from './context.js';
import { countBySeverity } from '../model/finding.js';
import type { AnnualReport } from '../reports/annual-report.js';
import { findingAsData } from './findings.js';

export function renderReportAsJson(ctx: RenderContext, r: AnnualReport): string {
  const labelled = (kind: 'category' | 'column' | 'form' | 'audience', xs: readonly { id: string; count: number }[]) =>
    xs.map(({ id, count }) => ({ id, label: ctx.label(kind, id), count }));
  const counts = countBySeverity(r.findings);
  const { count, results, direct, afterReview } = r.litigation;
  const out = {
    school: r.school,
    year: r.year,
    total: r.total,
    withdrawn: r.withdrawn,
    byCategory: labelled('category', r.byCategory),
    byColumn: labelled('column', r.byColumn),
    byForm: labelled('form', r.byForm),
    requests: r.requests,
    reviews: r.reviews,
    litigation: { count, results },
    skipped: r.skipped.map((s) => ({ file: s.file, ...(s.line ? { line: s.line } : {}), message: ctx.m(s.message) })),
    from: r.from,
    to: r.to,
    due: r.due,
    today: r.today,
    byAudience: labelled('audience', r.byAudience),
    byMonth: r.byMonth,
    completeness: r.completeness,
    feedback: r.feedback,
    requestDetail: r.requestDetail,
    litigationDetail: { direct, afterReview },
    previous: r.previous && {
      ...r.previous,
      byColumn: labelled('column', r.previous.byColumn),
      byCategory: labelled('category', r.previous.byCategory),
    },
    checks: { ok: counts.error === 0, counts, findings: r.findings.map(findingAsData) },
  };
  return JSON.stringify(out, null, 2);
}
