/**
 * `xwgk request answer ID`, `request extend ID` and `request appeal ID`: the changes to a request after
 * it came in; and `request amend ID --reason`, which accepts a hand edit of its file into the journal. Each is re-validated, written through the one request writer (journaled, refused with
 * exit 3 when the file changed meanwhile), and followed by what the deadline rule says of it: answered
 * in time or how late, the new deadline, a second extension the law does not allow.
 */
import * as z from 'zod/mini';
import { acceptRequestAsIs, answer, appeal, extend } from '../edit/requests.js';
import { usageError } from '../model/errors.js';
import { lazySchema } from '../model/lazy-schema.js';
import { requestDeadlines, requestStatus } from '../model/request-due.js';
import { APPEAL_RESULTS, OUTCOMES, reasonsFor } from '../model/request-vocab.js';
import { WorkCalendar } from '../model/workdays.js';
import type { Ctx } from './context.js';
import { findRecord, requestToChange } from '../edit/find-record.js';
import { list, TODAY_OPTION, todayShape } from './option-schemas.js';
import { askText, askWord, givenDate, wordId } from './request-input.js';
import { defineCommand } from './shape.js';

const text = () => z.optional(z.string());
const ID_ARGUMENT = [{ name: '<id>', help: 'arg.request-id' }] as const;

export const requestAnswerCommand = defineCommand({
  name: 'answer',
  help: 'cmd.request-answer',
  arguments: ID_ARGUMENT,
  options: [
    { flags: '--outcome <outcome>', help: 'opt.request-outcome', values: OUTCOMES.map((o) => o.id) },
    { flags: '--reason <reason>', help: 'opt.request-reason' },
    { flags: '--on <date>', help: 'opt.request-answered' },
    { flags: '--note <text>', help: 'opt.request-note' },
    { flags: '--record <ids>', help: 'opt.request-records', list: true },
    TODAY_OPTION,
    { flags: '-y, --yes', help: 'opt.yes' },
  ],
  schema: lazySchema(() =>
    z.object({
      id: z.string(),
      outcome: text(),
      reason: text(),
      on: text(),
      note: text(),
      record: list(),
      yes: z.optional(z.boolean()),
      ...todayShape(),
    }),
  ),
  async run(ctx, opts) {
    const today = ctx.today(opts.today);
    const loaded = requestToChange(ctx.archive(), opts.id);
    const prompting = ctx.io.interactive && !opts.yes;
    let outcome = opts.outcome === undefined ? undefined : wordId(ctx, OUTCOMES, '--outcome', opts.outcome);
    if (outcome === undefined && prompting) outcome = await askWord(ctx, ctx.t('field.request-outcome'), OUTCOMES);
    if (outcome === undefined)
      throw usageError(
        'err.required',
        { field: '--outcome' },
        { key: 'hint.valid-values', params: { valid: OUTCOMES.map((o) => o.id).join(', ') } },
      );
    const reasons = reasonsFor(outcome);
    let reason = opts.reason === undefined ? undefined : reasons ? wordId(ctx, reasons, '--reason', opts.reason) : opts.reason;
    if (reason === undefined && reasons && prompting) reason = await askWord(ctx, ctx.t('field.request-reason'), reasons);
    const on = opts.on === undefined ? today : givenDate('--on', opts.on, today);
    // The records published in answer must be ones the archive holds (exit 2 otherwise).
    for (const id of opts.record ?? []) findRecord(ctx.archive(), id);
    const note = opts.note?.trim() || (prompting ? await askText(ctx, ctx.t('field.request-note'), { optional: true }) : '') || undefined;
    const written = answer(
      ctx.archive().root,
      loaded,
      {
        outcome,
        ...(reason !== undefined ? { reason } : {}),
        on,
        ...(note ? { note } : {}),
        ...(opts.record?.length ? { records: opts.record } : {}),
      },
      ctx.io.env,
    );
    ctx.forget();
    const status = requestStatus(written, calendar(ctx), today);
    return {
      report: { id: opts.id, file: loaded.file, on, deadline: status.deadline, late: status.state === 'late', days: status.workingDays },
    };
  },
  print(ctx, { late, ...r }) {
    ctx.out(ctx.t('request.answered', r));
    if (late) ctx.err(ctx.view().style.yellow(ctx.t('request.answered-late', r)));
  },
});

export const requestExtendCommand = defineCommand({
  name: 'extend',
  help: 'cmd.request-extend',
  arguments: ID_ARGUMENT,
  options: [
    { flags: '--reason <text>', help: 'opt.request-extend-reason' },
    { flags: '--on <date>', help: 'opt.request-extended' },
    TODAY_OPTION,
    { flags: '-y, --yes', help: 'opt.yes' },
  ],
  schema: lazySchema(() => z.object({ id: z.string(), reason: text(), on: text(), yes: z.optional(z.boolean()), ...todayShape() })),
  async run(ctx, opts) {
    const today = ctx.today(opts.today);
    const loaded = requestToChange(ctx.archive(), opts.id);
    let reason = opts.reason?.trim();
    if (!reason && ctx.io.interactive && !opts.yes) reason = await askText(ctx, ctx.t('field.request-extend-reason'));
    if (!reason) throw usageError('err.required', { field: '--reason' }, { key: 'hint.request.extend-reason' });
    const on = opts.on === undefined ? today : givenDate('--on', opts.on, today);
    const before = requestDeadlines(loaded.request, calendar(ctx));
    const written = extend(ctx.archive().root, loaded, { on, reason }, ctx.io.env);
    ctx.forget();
    const n = written.extensions?.length ?? 0;
    return {
      report: {
        id: opts.id,
        file: loaded.file,
        deadline: requestDeadlines(written, calendar(ctx)).deadline,
        n,
        due: before.due,
        late: n === 1 && on > before.due,
      },
    };
  },
  print(ctx, { late, ...r }) {
    ctx.out(ctx.t('request.extended', r));
    if (r.n > 1) ctx.err(ctx.view().style.yellow(ctx.t('request.extended-again', r)));
    else if (late) ctx.err(ctx.view().style.yellow(ctx.t('request.extended-late', r)));
  },
});

const KINDS = ['review', 'litigation'] as const;

export const requestAppealCommand = defineCommand({
  name: 'appeal',
  help: 'cmd.request-appeal',
  arguments: ID_ARGUMENT,
  options: [
    { flags: '--kind <kind>', help: 'opt.appeal-kind', values: KINDS },
    { flags: '--filed <date>', help: 'opt.appeal-filed' },
    { flags: '--result <result>', help: 'opt.appeal-result', values: APPEAL_RESULTS.map((x) => x.id) },
    { flags: '--decided <date>', help: 'opt.appeal-decided' },
    { flags: '--after-review', help: 'opt.appeal-after-review' },
    TODAY_OPTION,
  ],
  schema: lazySchema(() =>
    z.object({
      id: z.string(),
      kind: z.enum(KINDS, { error: 'err.cli.option-missing-argument' }),
      filed: text(),
      result: text(),
      decided: text(),
      afterReview: z.optional(z.boolean()),
      ...todayShape(),
    }),
  ),
  run(ctx, opts) {
    const today = ctx.today(opts.today);
    const loaded = requestToChange(ctx.archive(), opts.id);
    const previous = loaded.request[opts.kind];
    const filed = opts.filed !== undefined ? givenDate('--filed', opts.filed, today) : (previous?.filed ?? today);
    const result = opts.result !== undefined ? wordId(ctx, APPEAL_RESULTS, '--result', opts.result) : (previous?.result ?? 'pending');
    const decided = opts.decided !== undefined ? givenDate('--decided', opts.decided, today) : previous?.decided;
    const afterReview = opts.afterReview ?? previous?.after_review;
    const a = {
      filed,
      result,
      ...(decided ? { decided } : {}),
      ...(opts.kind === 'litigation' && afterReview ? { after_review: true } : {}),
    };
    appeal(ctx.archive().root, loaded, opts.kind, a, ctx.io.env);
    ctx.forget();
    return { report: { id: opts.id, file: loaded.file, kind: opts.kind, result } };
  },
  print: (ctx, r) =>
    ctx.out(ctx.t(`request.appeal-${r.kind}`, { ...r, result: ctx.t(`request.result.${r.result}` as 'request.result.pending') })),
});

export const requestAmendCommand = defineCommand({
  name: 'amend',
  help: 'cmd.request-amend',
  arguments: ID_ARGUMENT,
  options: [{ flags: '--reason <text>', help: 'opt.request-amend-reason' }],
  schema: lazySchema(() => z.object({ id: z.string(), reason: text() })),
  run(ctx, opts) {
    const reason = opts.reason?.trim();
    if (!reason) throw usageError('change.reason-required', { command: 'request amend' }, { key: 'hint.reason' });
    // The file must still be a valid request: a hand edit gone wrong is exit 2 with its problems located.
    const loaded = requestToChange(ctx.archive(), opts.id);
    acceptRequestAsIs(ctx.archive().root, loaded, reason, ctx.io.env);
    ctx.forget();
    return { report: { id: opts.id, file: loaded.file } };
  },
  print: (ctx, r) => ctx.out(ctx.t('request.amended', r)),
});

function calendar(ctx: Ctx): WorkCalendar {
  return new WorkCalendar(ctx.settings().config);
}
