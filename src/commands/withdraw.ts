/**
 * `xwgk withdraw ID --reason TEXT`: mark a record withdrawn (status withdrawn, `withdrawn: {on, reason}`)
 * and journal it. Nothing is ever deleted: the record stays, readable, with why and when it was withdrawn.
 */
import * as z from 'zod/mini';
import { orderedRecord } from '../archive/serialize.js';
import { changeRecord } from '../edit/apply.js';
import { recordToChange, requireReason } from '../edit/find-record.js';
import { usageError } from '../model/errors.js';
import { lazySchema } from '../model/lazy-schema.js';
import { TODAY_OPTION, todayShape } from './option-schemas.js';
import { defineCommand } from './shape.js';

export const withdrawCommand = defineCommand({
  name: 'withdraw',
  help: 'cmd.withdraw',
  arguments: [{ name: '<id>', help: 'arg.id' }],
  options: [{ flags: '--reason <text>', help: 'opt.withdraw-reason' }, TODAY_OPTION],
  schema: lazySchema(() => z.object({ id: z.string(), reason: z.optional(z.string()), ...todayShape() })),
  run(ctx, { id, ...opts }) {
    const reason = requireReason(opts.reason, 'withdraw');
    const on = ctx.today(opts.today);
    const archive = ctx.archive();
    const loaded = recordToChange(archive, id);
    if (loaded.record.status === 'withdrawn') {
      throw usageError('withdraw.already', { id, on: loaded.record.withdrawn?.on ?? '?' }, { key: 'hint.withdraw-already' });
    }
    const changed = { ...orderedRecord(loaded.record), status: 'withdrawn', withdrawn: { on, reason } };
    const { written } = changeRecord(
      archive,
      loaded,
      changed,
      { action: 'withdraw', reason, env: ctx.io.env },
      { message: { key: 'err.add-invalid' }, file: loaded.file },
    );
    ctx.forget();
    return { report: { id, file: written.file, on } };
  },
  print: (ctx, r) => ctx.out(ctx.t('withdraw.done', r)),
});
