/**
 * `xwgk request add | answer ID | extend ID | appeal ID | list`: the register of requests for
 * information (依申请公开). `add` takes every field as a flag; in a terminal it asks for the missing ones
 * and shows the request before writing it (as `add` does); without one, or with `--yes`, a missing
 * field is exit 2 with nothing written. Each change prints the deadline the working-day calendar of
 * xwgk.yaml gives (20 working days, +20 once).
 */
import * as z from 'zod/mini';
import { serializeRequest } from '../archive/serialize.js';
import { addRequest, validateNewRequest } from '../edit/requests.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { lazySchema } from '../model/lazy-schema.js';
import { requestDeadlines } from '../model/request-due.js';
import { APPLICANT_TYPES, REQUEST_CHANNELS } from '../model/request-vocab.js';
import { WorkCalendar } from '../model/workdays.js';
import { listRequests } from '../reports/request-list.js';
import { requestListFormats } from '../render/formats/requests.js';
import { renderSkippedAsLines } from '../render/skipped.js';
import { skippedFiles } from '../model/skipped.js';
import { REQUESTS_DIR } from '../model/request.js';
import { list, outputShape, TODAY_OPTION, todayShape } from './option-schemas.js';
import { prompter } from './prompter.js';
import { requestAmendCommand, requestAnswerCommand, requestAppealCommand, requestExtendCommand } from './request-answer.js';
import { askText, askWord, givenDate, wordId } from './request-input.js';
import { defineCommand } from './shape.js';

const text = () => z.optional(z.string());

const requestAddCommand = defineCommand({
  name: 'add',
  help: 'cmd.request-add',
  options: [
    { flags: '--received <date>', help: 'opt.request-received' },
    { flags: '--channel <channel>', help: 'opt.request-channel', values: REQUEST_CHANNELS.map((c) => c.id) },
    { flags: '--applicant <type>', help: 'opt.request-applicant', values: APPLICANT_TYPES.map((a) => a.id) },
    { flags: '--asked <text>', help: 'opt.request-asked' },
    { flags: '--handler <name>', help: 'opt.handler' },
    { flags: '--tag <tag>', help: 'opt.tag', list: true },
    TODAY_OPTION,
    { flags: '-y, --yes', help: 'opt.yes' },
  ],
  schema: lazySchema(() =>
    z.object({
      received: text(),
      channel: text(),
      applicant: text(),
      asked: text(),
      handler: text(),
      tag: list(),
      yes: z.optional(z.boolean()),
      ...todayShape(),
    }),
  ),
  async run(ctx, opts) {
    const { root, config } = ctx.settings();
    const today = ctx.today(opts.today);
    const prompting = ctx.io.interactive && !opts.yes;
    let received = opts.received === undefined ? undefined : givenDate('--received', opts.received, today);
    let channel = opts.channel === undefined ? undefined : wordId(ctx, REQUEST_CHANNELS, '--channel', opts.channel);
    let applicant = opts.applicant === undefined ? undefined : wordId(ctx, APPLICANT_TYPES, '--applicant', opts.applicant);
    let asked = opts.asked?.trim() || undefined;
    if (prompting) {
      received ??= givenDate(
        ctx.t('field.request-received'),
        await askText(ctx, ctx.t('field.request-received'), { default: today, date: today }),
        today,
      );
      channel ??= await askWord(ctx, ctx.t('field.request-channel'), REQUEST_CHANNELS);
      applicant ??= await askWord(ctx, ctx.t('field.request-applicant'), APPLICANT_TYPES);
      asked ??= await askText(ctx, ctx.t('field.request-asked'));
    } else if (opts.yes) received ??= today;
    const missing = [
      ['--received', received],
      ['--channel', channel],
      ['--applicant', applicant],
      ['--asked', asked],
    ]
      .filter(([, v]) => v === undefined)
      .map(([f]) => f!);
    if (missing.length > 0) {
      throw new XwgkError(
        EXIT.usage,
        { key: 'err.request.invalid' },
        { key: 'hint.request.flags' },
        missing.map((field) => ({ message: { key: 'err.required', params: { field } } })),
      );
    }
    const fields = {
      received,
      channel,
      applicant,
      asked,
      ...(opts.handler?.trim() ? { handler: opts.handler.trim() } : {}),
      ...(opts.tag?.length ? { tags: opts.tag } : {}),
    };
    const draft = validateNewRequest(fields);
    if (prompting) {
      // As `add` does: the request as it will be written, then a last word before anything is.
      ctx.err(
        serializeRequest(draft)
          .split('\n')
          .filter((l) => !l.startsWith('#') && !l.startsWith('id:'))
          .join('\n'),
      );
      if (!(await (await prompter()).confirm({ message: ctx.t('prompt.confirm-request'), default: true }))) return { report: undefined };
    }
    const written = addRequest(root, fields, ctx.io.env);
    ctx.forget();
    return { report: { id: written.id, file: written.file, due: requestDeadlines(written.request, new WorkCalendar(config)).due } };
  },
  print: (ctx, r) => (r ? ctx.out(ctx.t('request.added', r)) : ctx.info(ctx.t('add.cancelled'))),
});

const requestListCommand = defineCommand({
  name: 'list',
  help: 'cmd.request-list',
  options: [{ flags: '--year <YYYY>', help: 'opt.request-year' }, { flags: '--open', help: 'opt.request-open' }, TODAY_OPTION],
  schema: lazySchema(() =>
    z.object({
      year: z.optional(z.string().check(z.regex(/^\d{4}$/, { error: 'err.report.year' }))),
      open: z.optional(z.boolean()),
      ...todayShape(),
      ...outputShape(),
    }),
  ),
  formats: requestListFormats,
  // The register names the request files it could not read (not the record files: it lists none).
  skippedOnStderr: false,
  run(ctx, opts) {
    const archive = ctx.archive();
    const text = renderSkippedAsLines(ctx.lang, skippedFiles(archive.findings, [`${REQUESTS_DIR}/`]), archive.catalog);
    if (text) ctx.err(text);
    return {
      report: listRequests(archive, ctx.today(opts.today), { ...(opts.year ? { year: Number(opts.year) } : {}), open: opts.open === true }),
    };
  },
});

export const requestCommand = defineCommand({
  name: 'request',
  help: 'cmd.request',
  schema: lazySchema(() => z.object({})),
  subcommands: [
    requestAddCommand,
    requestAnswerCommand,
    requestExtendCommand,
    requestAppealCommand,
    requestAmendCommand,
    requestListCommand,
  ],
});
