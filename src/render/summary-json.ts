/**
 * The term summary as JSON (SPEC "JSON shapes"): the data itself, with the checks' findings in the
 * shape of `check --format json` (`{ok, counts, findings}`) and their messages in the reader's language.
 */
import type { Ctx } from '../commands/context.js';
import { countBySeverity } from '../model/finding.js';
import type { TermSummary } from '../reports/summary.js';
import { findingAsJson } from './findings.js';

export function summaryAsJson(ctx: Ctx, summary: TermSummary): Record<string, unknown> {
  const { findings, ...rest } = summary;
  const counts = countBySeverity(findings);
  return { ...rest, checks: { ok: counts.error === 0, counts, findings: findings.map((f) => findingAsJson(ctx, f)) } };
}

export function renderSummaryAsJson(ctx: Ctx, summary: TermSummary): string {
  return JSON.stringify(summaryAsJson(ctx, summary), null, 2);
}
