/** `xwgk audit`: the register (台账) of a period, as a table, Markdown, JSON, CSV or xlsx; exit 0 whatever it shows. */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { addFormatOptions, addPeriodOptions, pickFormat } from './options.js';
import { usageError } from '../model/errors.js';
import { resolveRange } from '../model/range.js';
import { buildAudit } from '../reports/audit.js';
import { auditGrid, auditSheet, renderAuditAsBlocks, sheetAsGrid } from '../render/audit.js';
import { displayWidth } from '../render/width.js';
import { renderGridAsCsv } from '../render/csv.js';
import { renderGridAsMarkdown, renderGridAsTable } from '../render/grid.js';

const FORMATS = ['table', 'md', 'json', 'csv', 'xlsx'] as const;

export function auditCommand(ctx: Ctx): Command {
  const cmd = new Command('audit').description(ctx.t('cmd.audit'));
  addPeriodOptions(cmd, ctx);
  addFormatOptions(cmd, ctx, FORMATS, 'table');
  return cmd.action(async (opts) => {
    const format = pickFormat(FORMATS, opts, 'table');
    if (format === 'xlsx' && !opts.out) throw usageError('err.xlsx-needs-out', undefined, { key: 'hint.xlsx-needs-out' });
    const archive = ctx.archive();
    const today = ctx.today(opts.today);
    const report = buildAudit(archive, resolveRange(opts, archive.terms, today), today);
    if (format === 'json') return ctx.emit(JSON.stringify(report, null, 2), opts.out);
    if (format === 'xlsx' || format === 'csv') {
      const sheet = auditSheet(report, archive.catalog, ctx.lang);
      if (format === 'csv') return ctx.emit(renderGridAsCsv(sheetAsGrid(sheet)), opts.out);
      const { renderSheetsAsXlsx } = await import('../render/xlsx.js');
      return ctx.emit(await renderSheetsAsXlsx([sheet]), opts.out);
    }
    const grid = auditGrid(report, archive.catalog, ctx.lang);
    if (format === 'md') return ctx.emit(renderGridAsMarkdown(grid), opts.out);
    const flagged = report.rows.filter((r) => r.flags.length > 0).length;
    const withdrawn = report.rows.filter((r) => r.status === 'withdrawn').length;
    const count = ctx.t('audit.count', { n: report.rows.length, flagged, withdrawn });
    const table = renderGridAsTable(grid);
    const columns = opts.out ? undefined : ctx.io.columns;
    const tooWide = columns !== undefined && displayWidth(table.slice(0, table.indexOf('\n'))) > columns;
    const { style } = ctx.view();
    const body = tooWide ? renderAuditAsBlocks(report, archive.catalog, ctx.lang, columns, { flag: style.yellow, dim: style.dim, bold: style.bold }) : table;
    ctx.emit(`${body}\n${tooWide ? '\n' : ''}${count}`, opts.out);
  });
}
