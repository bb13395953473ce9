/**
 * `xwgk feedback add ID --channel C --summary TEXT [--received DATE]` and
 * `xwgk feedback respond ID N --response TEXT [--responded DATE]`: the clerk logs opinions and answers
 * without editing YAML. Dates default to today (`--today`, `XWGK_TODAY`); any bad input is exit 2
 * with nothing written.
 */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { rewriteRecord } from '../archive/write.js';
import type { LoadedRecord } from '../archive/load.js';
import { orderedRecord } from '../archive/serialize.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { addOpinion, answerOpinion, checkGivenDate, opinionIndex } from '../model/feedback.js';
import type { DisclosureRecord } from '../model/record.js';
import { validateRecord } from '../model/validate.js';
import { findRecord } from './find-record.js';
import { resolveIds } from './ids.js';

export function feedbackCommand(ctx: Ctx): Command {
  const cmd = new Command('feedback').description(ctx.t('cmd.feedback')).helpCommand('help [command]', ctx.t('cli.help-command'));
  cmd.addCommand(feedbackAddCommand(ctx));
  cmd.addCommand(feedbackRespondCommand(ctx));
  return cmd;
}

interface AddOpts { channel: string; summary: string; received?: string; reason?: string; today?: string }
interface RespondOpts { response: string; responded?: string; reason?: string; today?: string }

function feedbackAddCommand(ctx: Ctx): Command {
  return new Command('add')
    .description(ctx.t('cmd.feedback-add'))
    .argument('<id>', ctx.t('arg.id'))
    .requiredOption('--channel <id>', ctx.t('opt.channel'))
    .requiredOption('--summary <text>', ctx.t('opt.summary'))
    .option('--received <date>', ctx.t('opt.received'))
    .option('--reason <text>', ctx.t('opt.reason'))
    .option('--today <date>', ctx.t('opt.today'))
    .action((id: string, opts: AddOpts) => {
      const archive = ctx.archive();
      const today = ctx.today(opts.today);
      const loaded = findRecord(archive, id);
      const channel = resolveIds(archive.catalog, 'channel', [opts.channel])![0]!;
      const received = checkGivenDate('--received', opts.received ?? today, today);
      const { record, n } = addOpinion(loaded.record, { received, channel, summary: opts.summary });
      const file = write(ctx, loaded, record, opts.reason);
      ctx.out(ctx.t('feedback.added', { id, n, file }));
    });
}

function feedbackRespondCommand(ctx: Ctx): Command {
  return new Command('respond')
    .description(ctx.t('cmd.feedback-respond'))
    .argument('<id>', ctx.t('arg.id'))
    .argument('<n>', ctx.t('arg.feedback-n'))
    .requiredOption('--response <text>', ctx.t('opt.response'))
    .option('--responded <date>', ctx.t('opt.responded'))
    .option('--reason <text>', ctx.t('opt.reason'))
    .option('--today <date>', ctx.t('opt.today'))
    .action((id: string, nText: string, opts: RespondOpts) => {
      const archive = ctx.archive();
      const today = ctx.today(opts.today);
      const loaded = findRecord(archive, id);
      const n = opinionIndex(loaded.record, nText);
      const responded = checkGivenDate('--responded', opts.responded ?? today, today);
      const record = answerOpinion(loaded.record, n, { response: opts.response, responded });
      const file = write(ctx, loaded, record, opts.reason);
      ctx.out(ctx.t('feedback.responded', { id, n, file }));
    });
}

/** Re-validates the changed record against the schema, then writes it through the one writer. */
function write(ctx: Ctx, loaded: LoadedRecord, changed: DisclosureRecord, reason: string | undefined): string {
  const { record, issues } = validateRecord(orderedRecord(changed), ctx.archive().catalog);
  const errors = issues.filter((i) => i.severity === 'error');
  if (!record || errors.length > 0) {
    throw new XwgkError(EXIT.usage, { key: 'err.add-invalid' }, undefined, errors.map((i) => ({ file: loaded.file, message: { key: i.key, params: i.params ?? {} } })));
  }
  // expectHash: the writer refuses (exit 3) if the file changed since it was read — a clerk editing it
  // by hand at the same moment loses nothing. (Ignored by a writer that does not know it yet.)
  const meta = { action: 'feedback' as const, reason, now: ctx.io.env.XWGK_NOW, env: ctx.io.env, expectHash: loaded.hash };
  const written = rewriteRecord(ctx.archive().root, loaded.file, record, meta);
  ctx.forget();
  return written.file;
}
