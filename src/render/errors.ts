/** Errors and findings as text: `file:line:col`, the source line with a caret, what is wrong, how to fix it. */
import { chalk } from '../cli/color.js';
import type { Ctx } from '../commands/context.js';
import type { Located, XwgkError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { displayWidth } from './grid.js';

export function where(f: { file?: string | undefined; line?: number | undefined; column?: number | undefined }): string {
  if (!f.file) return '';
  return [f.file, f.line, f.line ? f.column : undefined].filter((x) => x !== undefined).join(':');
}

/** The excerpt: the line, and a caret under the column. */
export function excerptLines(f: { line?: number | undefined; column?: number | undefined; excerpt?: string | undefined }): string[] {
  if (!f.excerpt || !f.line) return [];
  const gutter = `${f.line} | `;
  const caret = ' '.repeat(gutter.length - 2) + '| ' + ' '.repeat(Math.max(0, displayWidth(f.excerpt.slice(0, Math.max(0, (f.column ?? 1) - 1))))) + '^';
  return [chalk.dim(gutter) + f.excerpt, chalk.dim(caret)];
}

export function renderLocated(ctx: Ctx, d: Located | Finding, label?: string): string {
  const head = [where(d), label].filter(Boolean).join(' ');
  const colon = ctx.t('label.colon');
  const lines = [`${head ? `${head}${colon}` : ''}${ctx.m(d.message)}`, ...excerptLines(d).map((l) => `  ${l}`)];
  if (d.hint) lines.push(`  ${chalk.cyan(ctx.t('label.hint'))}${colon}${ctx.m(d.hint)}`);
  return lines.join('\n');
}

export function renderError(ctx: Ctx, e: XwgkError): string {
  const colon = ctx.t('label.colon');
  const lines = [`${chalk.red(ctx.t('label.error'))}${colon}${ctx.m(e.msg)}`];
  for (const d of e.details) lines.push(renderLocated(ctx, d).replace(/^/gm, '  '));
  if (e.hint) lines.push(`${chalk.cyan(ctx.t('label.hint'))}${colon}${ctx.m(e.hint)}`);
  return lines.join('\n') + '\n';
}
