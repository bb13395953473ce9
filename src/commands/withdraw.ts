/**
 * `xwgk withdraw ID --reason TEXT`: mark a record withdrawn (status withdrawn, `withdrawn: {on, reason}`)
 * and journal it. Nothing is ever deleted: the record stays, readable, with why and when it was withdrawn.
 */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { rewriteRecord } from '../archive/write.js';
import { usageError } from '../model/errors.js';
import { recordToChange, requireReason } from './change-common.js';

export function withdrawCommand(ctx: Ctx): Command {
  return new Command('withdraw')
    .description(ctx.t('cmd.withdraw'))
    .argument('<id>', ctx.t('arg.id'))
    .option('--reason <text>', ctx.t('opt.withdraw-reason'))
    .option('--today <date>', ctx.t('opt.today'))
    .action((id: string, opts: { reason?: string; today?: string }) => {
      const reason = requireReason(opts.reason, 'withdraw');
      const on = ctx.today(opts.today);
      const loaded = recordToChange(ctx, id);
      if (loaded.record.status === 'withdrawn') {
        throw usageError('withdraw.already', { id, on: loaded.record.withdrawn?.on ?? '?' }, { key: 'hint.withdraw-already' });
      }
      const record = { ...loaded.record, status: 'withdrawn' as const, withdrawn: { on, reason } };
      const written = rewriteRecord(ctx.settings().root, loaded.file, record, { action: 'withdraw', reason, now: ctx.io.env.XWGK_NOW, env: ctx.io.env, expectHash: loaded.hash });
      ctx.forget();
      ctx.out(ctx.t('withdraw.done', { id, file: written.file, on }));
    });
}
