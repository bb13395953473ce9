/** Check results as text (grouped by check, with counts and colour) and as the JSON of SPEC.md. */
import type { RenderContext } from './context.js';
import type { Check } from '../checks/types.js';
import { countBySeverity, type Finding } from '../model/finding.js';
import { renderLocated } from './errors.js';

/** One finding in the JSON shape: `{check, code, severity, message, hint?, id?, file?, line?, column?, category?, period?}`. */
export function findingAsJson(ctx: RenderContext, f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = { check: f.check, code: f.code, severity: f.severity, message: ctx.m(f.message) };
  if (f.hint) out.hint = ctx.m(f.hint);
  for (const k of ['id', 'file', 'line', 'column', 'category', 'period'] as const) if (f[k] !== undefined) out[k] = f[k];
  return out;
}

/**
 * One finding as language-free data, for the JSON of the documents (`summary`, `report`), which SPEC
 * words only through `label`s: `{check, code, severity, id?, file?, line?, column?, category?, period?,
 * params?}` — the message's parameters (ids, dates, numbers, the record's own text) instead of its
 * wording, which `xwgk check --format json` gives for the same codes.
 */
export function findingAsData(f: Finding): Record<string, unknown> {
  const out: Record<string, unknown> = { check: f.check, code: f.code, severity: f.severity };
  for (const k of ['id', 'file', 'line', 'column', 'category', 'period'] as const) if (f[k] !== undefined) out[k] = f[k];
  if (f.message.params && Object.keys(f.message.params).length > 0) out.params = f.message.params;
  return out;
}

export function renderChecksAsJson(ctx: RenderContext, findings: readonly Finding[]): string {
  const counts = countBySeverity(findings);
  return JSON.stringify({ ok: counts.error === 0, counts, findings: findings.map((f) => findingAsJson(ctx, f)) }, null, 2);
}

export function renderChecksAsText(ctx: RenderContext, checks: readonly Check[], findings: readonly Finding[]): string {
  const lines: string[] = [];
  for (const check of checks) {
    const mine = findings.filter((f) => f.check === check.name);
    const c = countBySeverity(mine);
    const status =
      mine.length === 0 ? ctx.style.green(ctx.t('check.passed')) : ctx.t('check.counts', { errors: c.error, warnings: c.warning });
    lines.push(`${ctx.style.bold(check.name)} — ${status}`);
    for (const f of mine) {
      const sev = f.severity === 'error' ? ctx.style.red(ctx.t('label.error')) : ctx.style.yellow(ctx.t('label.warning'));
      const subject = f.file ? '' : [f.id, f.category, f.period].filter(Boolean).join(' ');
      lines.push(renderLocated(ctx, f, `${subject ? `${subject} ` : ''}${sev} [${f.code}]`).replace(/^/gm, '  '));
    }
  }
  const total = countBySeverity(findings);
  lines.push(
    '',
    total.error === 0 && total.warning === 0
      ? ctx.style.green(ctx.t('check.all-ok'))
      : ctx.t('check.total', { errors: total.error, warnings: total.warning }),
  );
  return lines.join('\n');
}

export function renderCheckList(ctx: RenderContext, checks: readonly Check[]): string {
  const width = Math.max(...checks.map((c) => c.name.length));
  return checks.map((c) => `${c.name.padEnd(width)}  ${ctx.t(c.rule)}\n${' '.repeat(width)}  ${ctx.style.dim(ctx.t(c.why))}`).join('\n');
}
