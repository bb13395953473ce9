/**
 * `xwgk withdraw ID --reason TEXT`: mark a record withdrawn (status withdrawn, `withdrawn: {on, reason}`)
 * and journal it. Nothing is ever deleted: the record stays, readable, with why and when it was withdrawn.
 */
import { z } from 'zod';
import { rewriteRecord } from '../archive/write.js';
import { usageError } from '../model/errors.js';
import { recordToChange, requireReason } from './change-common.js';
import { TODAY_OPTION, todayShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

export const withdrawCommand = defineCommand({
  name: 'withdraw',
  help: 'cmd.withdraw',
  arguments: [{ name: '<id>', help: 'arg.id' }],
  options: [{ flags: '--reason <text>', help: 'opt.withdraw-reason' }, TODAY_OPTION],
  schema: lazySchema(() => z.object({ id: z.string(), reason: z.string().optional(), ...todayShape() })),
  run(ctx, { id, ...opts }) {
    const reason = requireReason(opts.reason, 'withdraw');
    const on = ctx.today(opts.today);
    const loaded = recordToChange(ctx, id);
    if (loaded.record.status === 'withdrawn') {
      throw usageError('withdraw.already', { id, on: loaded.record.withdrawn?.on ?? '?' }, { key: 'hint.withdraw-already' });
    }
    const record = { ...loaded.record, status: 'withdrawn' as const, withdrawn: { on, reason } };
    const written = rewriteRecord(ctx.settings().root, loaded.file, record, { action: 'withdraw', reason, now: ctx.io.env.XWGK_NOW, env: ctx.io.env, expectHash: loaded.hash });
    ctx.forget();
    return { report: { id, file: written.file, on } };
  },
  print: (ctx, r) => ctx.out(ctx.t('withdraw.done', r)),
});
