/**
 * The term summary as JSON (SPEC "JSON shapes"): the data itself, with a `label` beside each id (and
 * the term's), and the checks' findings as `{ok, counts, findings}` with each finding as data (code,
 * place, parameters: `findingAsData`). Only the `label`s (and the `skipped` messages SPEC defines)
 * depend on the language.
 */
import { countBySeverity } from '../model/finding.js';
import type { TermSummary } from '../reports/summary.js';
import type { RenderContext } from './context.js';
import { findingAsData } from './findings.js';
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
    checks: { ok: counts.error === 0, counts, findings: findings.map(findingAsData) },
  };
}

export function renderSummaryAsJson(ctx: RenderContext, summary: TermSummary): string {
  return JSON.stringify(summaryAsJson(ctx, summary), null, 2);
}
