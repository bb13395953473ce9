/**
 * The term summary as JSON (SPEC "JSON shapes"): the data itself, with a `label` beside each id (and
 * the term's), and the checks' findings in the shape of `check --format json` (`{ok, counts,
 * findings}`) with their messages in the reader's language. Everything else is the same in every language.
 */
import { countBySeverity } from '../model/finding.js';
import type { TermSummary } from '../reports/summary.js';
import type { RenderContext } from './context.js';
import { findingAsJson } from './findings.js';
import { labelSummary, type LabelledTermRef } from './summary-labels.js';

/** `{id, name, start, end, label}`: whether the name was configured is the renderer's business, not the reader's. */
const termAsJson = ({ configured: _, ...term }: LabelledTermRef) => term;

export function summaryAsJson(ctx: RenderContext, summary: TermSummary): Record<string, unknown> {
  const { findings, locale: _, ...rest } = labelSummary(ctx, summary);
  const counts = countBySeverity(findings);
  return {
    ...rest,
    term: termAsJson(rest.term),
    previous: rest.previous && { ...rest.previous, term: termAsJson(rest.previous.term) },
    checks: { ok: counts.error === 0, counts, findings: findings.map((f) => findingAsJson(ctx, f)) },
  };
}

export function renderSummaryAsJson(ctx: RenderContext, summary: TermSummary): string {
  return JSON.stringify(summaryAsJson(ctx, summary), null, 2);
}
