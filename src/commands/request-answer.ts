/**
 * `xwgk request answer ID`, `request extend ID` and `request appeal ID`: the changes to a request after
 * it came in. Each is re-validated, written through the one request writer (journaled, refused with
 * exit 3 when the file changed meanwhile), and followed by what the deadline rule says of it: answered
 * in time or how late, the new deadline, a second extension the law does not allow.
 */
import { Command, Option } from 'commander';
import type { Ctx } from './context.js';
import { collectList } from './options.js';
import type { LoadedRequest } from '../archive/load-requests.js';
import { rewriteRequest } from '../archive/write-request.js';
import type { RequestAction } from '../model/chain.js';
import { usageError } from '../model/errors.js';
import type { InfoRequest } from '../model/request.js';
import { answerRequest, appealRequest, extendRequest } from '../model/request-changes.js';
import { requestDeadlines, requestStatus } from '../model/request-due.js';
import { APPEAL_RESULTS, OUTCOMES, reasonsFor } from '../model/request-vocab.js';
import { WorkCalendar } from '../model/workdays.js';
import { findRecord } from './find-record.js';
import { askText, askWord, givenDate, requestToChange, wordId } from './request-input.js';

interface AnswerOpts { outcome?: string; reason?: string; on?: string; note?: string; record?: string[]; today?: string; yes?: boolean }

export function requestAnswerCommand(ctx: Ctx): Command {
  return new Command('answer')
    .description(ctx.t('cmd.request-answer'))
    .argument('<id>', ctx.t('arg.request-id'))
    .option('--outcome <outcome>', ctx.t('opt.request-outcome'))
    .option('--reason <reason>', ctx.t('opt.request-reason'))
    .option('--on <date>', ctx.t('opt.request-answered'))
    .option('--note <text>', ctx.t('opt.request-note'))
    .option('--record <ids>', ctx.t('opt.request-records'), collectList)
    .option('--today <date>', ctx.t('opt.today'))
    .option('-y, --yes', ctx.t('opt.yes'))
    .action(async (id: string, opts: AnswerOpts) => {
      const today = ctx.today(opts.today);
      const loaded = requestToChange(ctx, id);
      const prompting = ctx.io.interactive && !opts.yes;
      let outcome = opts.outcome === undefined ? undefined : wordId(ctx, OUTCOMES, '--outcome', opts.outcome);
      if (outcome === undefined && prompting) outcome = await askWord(ctx, ctx.t('field.request-outcome'), OUTCOMES);
      if (outcome === undefined) throw usageError('err.required', { field: '--outcome' }, { key: 'hint.valid-values', params: { valid: OUTCOMES.map((o) => o.id).join(', ') } });
      const reasons = reasonsFor(outcome);
      let reason = opts.reason === undefined ? undefined : reasons ? wordId(ctx, reasons, '--reason', opts.reason) : opts.reason;
      if (reason === undefined && reasons && prompting) reason = await askWord(ctx, ctx.t('field.request-reason'), reasons);
      const on = opts.on === undefined ? today : givenDate('--on', opts.on, today);
      const records = opts.record ? resolveRecordIds(ctx, opts.record) : undefined;
      const note = opts.note?.trim() || (prompting ? await askText(ctx, ctx.t('field.request-note'), { optional: true }) : '') || undefined;
      const changed = answerRequest(loaded.request, { outcome, ...(reason !== undefined ? { reason } : {}), on, ...(note ? { note } : {}), ...(records?.length ? { records } : {}) });
      const written = write(ctx, loaded, changed, 'answer');
      const status = requestStatus(written, calendar(ctx), today);
      ctx.out(ctx.t('request.answered', { id, file: loaded.file, on, deadline: status.deadline }));
      if (status.state === 'late') ctx.err(ctx.view().style.yellow(ctx.t('request.answered-late', { id, deadline: status.deadline, days: status.workingDays })));
    });
}

export function requestExtendCommand(ctx: Ctx): Command {
  return new Command('extend')
    .description(ctx.t('cmd.request-extend'))
    .argument('<id>', ctx.t('arg.request-id'))
    .option('--reason <text>', ctx.t('opt.request-extend-reason'))
    .option('--on <date>', ctx.t('opt.request-extended'))
    .option('--today <date>', ctx.t('opt.today'))
    .option('-y, --yes', ctx.t('opt.yes'))
    .action(async (id: string, opts: { reason?: string; on?: string; today?: string; yes?: boolean }) => {
      const today = ctx.today(opts.today);
      const loaded = requestToChange(ctx, id);
      let reason = opts.reason?.trim();
      if (!reason && ctx.io.interactive && !opts.yes) reason = await askText(ctx, ctx.t('field.request-extend-reason'));
      if (!reason) throw usageError('err.required', { field: '--reason' }, { key: 'hint.request.extend-reason' });
      const on = opts.on === undefined ? today : givenDate('--on', opts.on, today);
      const before = requestDeadlines(loaded.request, calendar(ctx));
      const written = write(ctx, loaded, extendRequest(loaded.request, { on, reason }), 'extend');
      const after = requestDeadlines(written, calendar(ctx));
      ctx.out(ctx.t('request.extended', { id, file: loaded.file, deadline: after.deadline }));
      if ((written.extensions?.length ?? 0) > 1) ctx.err(ctx.view().style.yellow(ctx.t('request.extended-again', { id, n: written.extensions!.length })));
      else if (on > before.due) ctx.err(ctx.view().style.yellow(ctx.t('request.extended-late', { id, due: before.due })));
    });
}

interface AppealOpts { kind: string; filed?: string; result?: string; decided?: string; afterReview?: boolean; today?: string }

export function requestAppealCommand(ctx: Ctx): Command {
  return new Command('appeal')
    .description(ctx.t('cmd.request-appeal'))
    .argument('<id>', ctx.t('arg.request-id'))
    .addOption(new Option('--kind <kind>', ctx.t('opt.appeal-kind')).choices(['review', 'litigation']).makeOptionMandatory())
    .option('--filed <date>', ctx.t('opt.appeal-filed'))
    .option('--result <result>', ctx.t('opt.appeal-result'))
    .option('--decided <date>', ctx.t('opt.appeal-decided'))
    .option('--after-review', ctx.t('opt.appeal-after-review'))
    .option('--today <date>', ctx.t('opt.today'))
    .action((id: string, opts: AppealOpts) => {
      const today = ctx.today(opts.today);
      const loaded = requestToChange(ctx, id);
      const kind = opts.kind as 'review' | 'litigation';
      const previous = loaded.request[kind];
      const filed = opts.filed !== undefined ? givenDate('--filed', opts.filed, today) : previous?.filed ?? today;
      const result = opts.result !== undefined ? wordId(ctx, APPEAL_RESULTS, '--result', opts.result) : previous?.result ?? 'pending';
      const decided = opts.decided !== undefined ? givenDate('--decided', opts.decided, today) : previous?.decided;
      const afterReview = opts.afterReview ?? previous?.after_review;
      const appeal = { filed, result, ...(decided ? { decided } : {}), ...(kind === 'litigation' && afterReview ? { after_review: true } : {}) };
      write(ctx, loaded, appealRequest(loaded.request, kind, appeal), 'appeal');
      ctx.out(ctx.t(`request.appeal-${kind}`, { id, file: loaded.file, result: ctx.t(`request.result.${result}` as never) }));
    });
}

function calendar(ctx: Ctx): WorkCalendar {
  return new WorkCalendar(ctx.settings().config);
}

/** The records published in answer: ids the archive holds (exit 2 otherwise). */
function resolveRecordIds(ctx: Ctx, ids: string[]): string[] {
  for (const id of ids) findRecord(ctx.archive(), id);
  return ids;
}

function write(ctx: Ctx, loaded: LoadedRequest, changed: InfoRequest, action: RequestAction): InfoRequest {
  const written = rewriteRequest(ctx.archive().root, loaded.file, changed, { action, expectHash: loaded.hash, now: ctx.io.env.XWGK_NOW, env: ctx.io.env });
  ctx.forget();
  return written.request;
}
