/** `xwgk terms`: the terms, from the archive's first record to the term after today. */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { addFormatOptions, pickFormat } from './options.js';
import { termsReport } from '../reports/terms.js';
import { renderGridAsTable } from '../render/grid.js';

const FORMATS = ['table', 'json'] as const;

export function termsCommand(ctx: Ctx): Command {
  const cmd = new Command('terms').description(ctx.t('cmd.terms')).option('--today <date>', ctx.t('opt.today'));
  addFormatOptions(cmd, ctx, FORMATS, 'table');
  return cmd.action((opts) => {
    const format = pickFormat(FORMATS, opts, 'table');
    const archive = ctx.archive();
    const report = termsReport(archive, ctx.today(opts.today));
    if (format === 'json') return ctx.emit(JSON.stringify(report, null, 2), opts.out);
    const grid = {
      headers: ['col.term', 'col.name', 'col.start', 'col.end', 'col.records', 'col.note'].map((k) => ctx.t(k as never)),
      rows: report.map((r) => [r.id, r.name, r.start, r.end, String(r.records), [r.current ? ctx.t('terms.current') : '', r.configured ? ctx.t('terms.configured') : ctx.t('terms.default-rule')].filter(Boolean).join(' · ')]),
    };
    ctx.emit(renderGridAsTable(grid), opts.out);
  });
}
