/**
 * `xwgk export`: every record (or a period's) as JSON lines, CSV (BOM, CRLF, formula cells guarded) or
 * an .xlsx workbook (header row, widths, frozen panes, date cells). CSV and xlsx import back as the
 * same records.
 */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { addFormatOptions, addPeriodOptions, pickFormat } from './options.js';
import { resolveRange } from '../model/range.js';
import { exportTable } from '../reports/export.js';
import { exportAsGrid, exportAsSheet } from '../render/export.js';
import { recordsAsJson } from '../reports/list.js';
import { recordsInRange } from '../reports/select.js';
import { renderGridAsCsv } from '../render/csv.js';

const FORMATS = ['jsonl', 'csv', 'xlsx'] as const;

export function exportCommand(ctx: Ctx): Command {
  const cmd = new Command('export').description(ctx.t('cmd.export'));
  addPeriodOptions(cmd, ctx);
  addFormatOptions(cmd, ctx, FORMATS, 'jsonl');
  return cmd.action(async (opts) => {
    const format = pickFormat(FORMATS, opts, 'jsonl');
    const archive = ctx.archive();
    const records = recordsInRange(archive, resolveRange(opts, archive.terms, ctx.today(opts.today)));
    if (format === 'jsonl') {
      const sorted = [...records].sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
      return ctx.emit(recordsAsJson(sorted).map((r) => JSON.stringify(r)).join('\n') + (sorted.length ? '\n' : ''), opts.out);
    }
    const table = exportTable(records);
    if (format === 'csv') return ctx.emit(renderGridAsCsv(exportAsGrid(table, ctx.lang)), opts.out);
    const { renderSheetsAsXlsx } = await import('../render/xlsx.js');
    ctx.emit(await renderSheetsAsXlsx([exportAsSheet(table, ctx.lang, ctx.t('export.sheet-name'))]), opts.out);
  });
}
