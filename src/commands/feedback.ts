/**
 * `xwgk feedback add ID --channel C --summary TEXT [--received DATE]` and
 * `xwgk feedback respond ID N --response TEXT [--responded DATE]`: the clerk logs opinions and answers
 * without editing YAML. Dates default to today (`--today`, `XWGK_TODAY`); any bad input is exit 2
 * with nothing written.
 */
import * as z from 'zod/mini';
import type { Ctx } from './context.js';
import { required, TODAY_OPTION, todayShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';
import { changeRecord } from '../edit/apply.js';
import type { LoadedRecord } from '../archive/load.js';
import { orderedRecord } from '../archive/serialize.js';
import { addOpinion, answerOpinion, checkGivenDate, opinionIndex } from '../model/feedback.js';
import type { DisclosureRecord } from '../model/record.js';
import { findRecord } from '../edit/find-record.js';
import { resolveIds } from '../edit/ids.js';

const text = () => z.optional(z.string());

const feedbackAddCommand = defineCommand({
  name: 'add',
  path: 'feedback add',
  help: 'cmd.feedback-add',
  arguments: [{ name: '<id>', help: 'arg.id' }],
  options: [
    { flags: '--channel <id>', help: 'opt.channel' },
    { flags: '--summary <text>', help: 'opt.summary' },
    { flags: '--received <date>', help: 'opt.received' },
    { flags: '--reason <text>', help: 'opt.reason' },
    TODAY_OPTION,
  ],
  schema: lazySchema(() =>
    z.object({
      id: z.string(),
      channel: required(),
      summary: required(),
      received: text(),
      reason: text(),
      ...todayShape(),
    }),
  ),
  run(ctx, opts) {
    const archive = ctx.archive();
    const today = ctx.today(opts.today);
    const loaded = findRecord(archive, opts.id);
    const channel = resolveIds(archive.catalog, 'channel', [opts.channel])![0]!;
    const received = checkGivenDate('--received', opts.received ?? today, today);
    let n = 0;
    // As a function of the record: a writer that finds another's opinion added meanwhile adds its own after it.
    const change = (current: DisclosureRecord) => {
      const added = addOpinion(current, { received, channel, summary: opts.summary });
      n = added.n;
      return added.record;
    };
    const file = write(ctx, loaded, change, opts.reason);
    return { report: { id: opts.id, n, file } };
  },
  print: (ctx, r) => ctx.out(ctx.t('feedback.added', r)),
});

const feedbackRespondCommand = defineCommand({
  name: 'respond',
  path: 'feedback respond',
  help: 'cmd.feedback-respond',
  arguments: [
    { name: '<id>', help: 'arg.id' },
    { name: '<n>', help: 'arg.feedback-n' },
  ],
  options: [
    { flags: '--response <text>', help: 'opt.response' },
    { flags: '--responded <date>', help: 'opt.responded' },
    { flags: '--reason <text>', help: 'opt.reason' },
    TODAY_OPTION,
  ],
  schema: lazySchema(() =>
    z.object({ id: z.string(), n: z.string(), response: required(), responded: text(), reason: text(), ...todayShape() }),
  ),
  run(ctx, opts) {
    const archive = ctx.archive();
    const today = ctx.today(opts.today);
    const loaded = findRecord(archive, opts.id);
    const n = opinionIndex(loaded.record, opts.n);
    const responded = checkGivenDate('--responded', opts.responded ?? today, today);
    const file = write(ctx, loaded, (current) => answerOpinion(current, n, { response: opts.response, responded }), opts.reason);
    return { report: { id: opts.id, n, file } };
  },
  print: (ctx, r) => ctx.out(ctx.t('feedback.responded', r)),
});

export const feedbackCommand = defineCommand({
  name: 'feedback',
  help: 'cmd.feedback',
  schema: lazySchema(() => z.object({})),
  subcommands: [feedbackAddCommand, feedbackRespondCommand],
});

/** Writes the changed record through the edit layer (validated, journaled; refused with exit 3 if the file changed meanwhile). */
function write(
  ctx: Ctx,
  loaded: LoadedRecord,
  change: (current: DisclosureRecord) => DisclosureRecord,
  reason: string | undefined,
): string {
  const { written } = changeRecord(
    ctx.archive(),
    loaded,
    orderedRecord(change(loaded.record)),
    { action: 'feedback', reason, env: ctx.io.env },
    { message: { key: 'err.add-invalid' }, file: loaded.file },
    (current) => orderedRecord(change(current)),
  );
  ctx.forget();
  return written.file;
}
