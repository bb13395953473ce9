/** `xwgk list`: the records of a period, filtered, as a table, CSV, JSON or Markdown. */
import { Command, Option } from 'commander';
import type { Ctx } from './context.js';
import { addFormatOptions, addPeriodOptions, collectList, pickFormat } from './options.js';
import { resolveRange } from '../model/range.js';
import { filterRecords, recordsAsJson } from '../reports/list.js';
import { listAsGrid } from '../render/list.js';
import { recordsInRange } from '../reports/select.js';
import { renderGridAsCsv } from '../render/csv.js';
import { renderGridAsMarkdown, renderGridAsTable } from '../render/grid.js';
import { resolveIds } from './ids.js';

const FORMATS = ['table', 'csv', 'json', 'md'] as const;

export function listCommand(ctx: Ctx): Command {
  const cmd = new Command('list').description(ctx.t('cmd.list'));
  addPeriodOptions(cmd, ctx)
    .option('--category <ids>', ctx.t('opt.filter-category'), collectList)
    .option('--form <ids>', ctx.t('opt.filter-form'), collectList)
    .option('--audience <ids>', ctx.t('opt.filter-audience'), collectList)
    .addOption(new Option('--status <status>', ctx.t('opt.status')).choices(['published', 'withdrawn', 'all']).default('all'))
    .option('--grep <text>', ctx.t('opt.grep'));
  addFormatOptions(cmd, ctx, FORMATS, 'table');
  return cmd.action((opts) => {
    const format = pickFormat(FORMATS, opts, 'table');
    const archive = ctx.archive();
    const range = resolveRange(opts, archive.terms, ctx.today(opts.today));
    const records = filterRecords(recordsInRange(archive, range), {
      category: resolveIds(archive.catalog, 'category', opts.category),
      form: resolveIds(archive.catalog, 'form', opts.form),
      audience: resolveIds(archive.catalog, 'audience', opts.audience),
      status: opts.status,
      grep: opts.grep,
    });
    if (format === 'json') return ctx.emit(JSON.stringify(recordsAsJson(records), null, 2), opts.out);
    const grid = listAsGrid(ctx.view(), records);
    if (format === 'csv') return ctx.emit(renderGridAsCsv(grid), opts.out);
    if (format === 'md') return ctx.emit(renderGridAsMarkdown(grid), opts.out);
    ctx.emit(renderGridAsTable(grid, { maxWidth: opts.out ? undefined : ctx.io.columns }) + `\n${ctx.t('list.count', { n: records.length })}`, opts.out);
  });
}
