/** `xwgk status`: the term at a glance (matrix, what is due next, open opinions); exit 0 whatever it shows. */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { addFormatOptions, pickFormat } from './options.js';
import { resolveTerm } from '../model/range.js';
import { buildStatus } from '../reports/status.js';
import { renderStatusAsText } from '../render/status.js';

const FORMATS = ['text', 'json'] as const;

export function statusCommand(ctx: Ctx): Command {
  const cmd = new Command('status')
    .description(ctx.t('cmd.status'))
    .option('--term <id>', ctx.t('opt.status-term'))
    .option('--today <date>', ctx.t('opt.today'));
  addFormatOptions(cmd, ctx, FORMATS, 'text');
  return cmd.action((opts) => {
    const format = pickFormat(FORMATS, opts, 'text');
    const today = ctx.today(opts.today);
    const archive = ctx.archive();
    const report = buildStatus(archive, resolveTerm(opts.term ?? 'current', archive.terms, today), today);
    ctx.emit(format === 'json' ? JSON.stringify(report, null, 2) : renderStatusAsText(ctx.view(), archive, report), opts.out);
  });
}
