/** Errors and findings as text: `file:line:col`, the source line with a caret, what is wrong, how to fix it. */
import type { RenderContext, Style } from './context.js';
import type { Located, XwgkError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { displayWidth } from './grid.js';

export function where(f: { file?: string | undefined; line?: number | undefined; column?: number | undefined }): string {
  if (!f.file) return '';
  return [f.file, f.line, f.line ? f.column : undefined].filter((x) => x !== undefined).join(':');
}

/** The excerpt: the line, and a caret under the column. */
export function excerptLines(
  style: Style,
  f: { line?: number | undefined; column?: number | undefined; excerpt?: string | undefined },
): string[] {
  if (!f.excerpt || !f.line) return [];
  const gutter = `${f.line} | `;
  const caret =
    ' '.repeat(gutter.length - 2) +
    '| ' +
    ' '.repeat(Math.max(0, displayWidth(f.excerpt.slice(0, Math.max(0, (f.column ?? 1) - 1))))) +
    '^';
  return [style.dim(gutter) + f.excerpt, style.dim(caret)];
}

export function renderLocated(ctx: RenderContext, d: Located | Finding, label?: string): string {
  const head = [where(d), label].filter(Boolean).join(' ');
  const colon = ctx.t('label.colon');
  const lines = [`${head ? `${head}${colon}` : ''}${ctx.m(d.message)}`, ...excerptLines(ctx.style, d).map((l) => `  ${l}`)];
  if (d.hint) lines.push(`  ${ctx.style.cyan(ctx.t('label.hint'))}${colon}${ctx.m(d.hint)}`);
  return lines.join('\n');
}

export function renderError(ctx: RenderContext, e: XwgkError): string {
  const colon = ctx.t('label.colon');
  const lines = [`${ctx.style.red(ctx.t('label.error'))}${colon}${ctx.m(e.msg)}`];
  for (const d of e.details) lines.push(renderLocated(ctx, d).replace(/^/gm, '  '));
  if (e.hint) lines.push(`${ctx.style.cyan(ctx.t('label.hint'))}${colon}${ctx.m(e.hint)}`);
  return lines.join('\n') + '\n';
}
