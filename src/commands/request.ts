/**
 * `xwgk request add | answer ID | extend ID | appeal ID | list`: the register of requests for
 * information (依申请公开). `add` takes every field as a flag; in a terminal it asks for the missing ones
 * (as `add` does); without one, or with `--yes`, a missing field is exit 2 with nothing written. Each
 * change prints the deadline the working-day calendar of xwgk.yaml gives (20 working days, +20 once).
 */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { addFormatOptions, collectList, pickFormat } from './options.js';
import { serializeRequest } from '../archive/serialize.js';
import { writeNewRequest } from '../archive/write-request.js';
import { prompter } from './prompter.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { checked } from '../model/request-changes.js';
import { requestDeadlines } from '../model/request-due.js';
import { APPLICANT_TYPES, REQUEST_CHANNELS } from '../model/request-vocab.js';
import { WorkCalendar } from '../model/workdays.js';
import { listRequests } from '../reports/request-list.js';
import { renderRequestList } from '../render/request-list.js';
import { requestAnswerCommand, requestAppealCommand, requestExtendCommand } from './request-answer.js';
import { askText, askWord, givenDate, wordId } from './request-input.js';

export function requestCommand(ctx: Ctx): Command {
  const cmd = new Command('request').description(ctx.t('cmd.request')).helpCommand('help [command]', ctx.t('cli.help-command'));
  for (const sub of [requestAddCommand, requestAnswerCommand, requestExtendCommand, requestAppealCommand, requestListCommand]) cmd.addCommand(sub(ctx));
  return cmd;
}

interface AddOpts { received?: string; channel?: string; applicant?: string; asked?: string; handler?: string; tag?: string[]; today?: string; yes?: boolean }

function requestAddCommand(ctx: Ctx): Command {
  return new Command('add')
    .description(ctx.t('cmd.request-add'))
    .option('--received <date>', ctx.t('opt.request-received'))
    .option('--channel <channel>', ctx.t('opt.request-channel'))
    .option('--applicant <type>', ctx.t('opt.request-applicant'))
    .option('--asked <text>', ctx.t('opt.request-asked'))
    .option('--handler <name>', ctx.t('opt.handler'))
    .option('--tag <tag>', ctx.t('opt.tag'), collectList)
    .option('--today <date>', ctx.t('opt.today'))
    .option('-y, --yes', ctx.t('opt.yes'))
    .action(async (opts: AddOpts) => {
      const { root, config } = ctx.settings();
      const today = ctx.today(opts.today);
      const prompting = ctx.io.interactive && !opts.yes;
      let received = opts.received === undefined ? undefined : givenDate('--received', opts.received, today);
      let channel = opts.channel === undefined ? undefined : wordId(ctx, REQUEST_CHANNELS, '--channel', opts.channel);
      let applicant = opts.applicant === undefined ? undefined : wordId(ctx, APPLICANT_TYPES, '--applicant', opts.applicant);
      let asked = opts.asked?.trim() || undefined;
      if (prompting) {
        received ??= givenDate(ctx.t('field.request-received'), await askText(ctx, ctx.t('field.request-received'), { default: today, date: today }), today);
        channel ??= await askWord(ctx, ctx.t('field.request-channel'), REQUEST_CHANNELS);
        applicant ??= await askWord(ctx, ctx.t('field.request-applicant'), APPLICANT_TYPES);
        asked ??= await askText(ctx, ctx.t('field.request-asked'));
      } else if (opts.yes) received ??= today;
      const missing = [['--received', received], ['--channel', channel], ['--applicant', applicant], ['--asked', asked]].filter(([, v]) => v === undefined).map(([f]) => f!);
      if (missing.length > 0) {
        throw new XwgkError(EXIT.usage, { key: 'err.request.invalid' }, { key: 'hint.request.flags' }, missing.map((field) => ({ message: { key: 'err.required', params: { field } } })));
      }
      const fields = { received, channel, applicant, asked, ...(opts.handler?.trim() ? { handler: opts.handler.trim() } : {}), ...(opts.tag?.length ? { tags: opts.tag } : {}) };
      const draft = checked({ id: 'R19000101-001', ...fields });
      if (prompting) {
        // As `add` does: the request as it will be written, then a last word before anything is.
        ctx.err(serializeRequest(draft).split('\n').filter((l) => !l.startsWith('#') && !l.startsWith('id:')).join('\n'));
        if (!(await (await prompter()).confirm({ message: ctx.t('prompt.confirm-request'), default: true }))) return ctx.info(ctx.t('add.cancelled'));
      }
      const written = writeNewRequest(root, (id) => checked({ id, ...fields }), received!, { now: ctx.io.env.XWGK_NOW, env: ctx.io.env });
      ctx.forget();
      const { due } = requestDeadlines(written.request, new WorkCalendar(config));
      ctx.out(ctx.t('request.added', { id: written.id, file: written.file, due }));
    });
}

function requestListCommand(ctx: Ctx): Command {
  const FORMATS = ['table', 'csv', 'json', 'md'] as const;
  const cmd = new Command('list')
    .description(ctx.t('cmd.request-list'))
    .option('--year <YYYY>', ctx.t('opt.request-year'))
    .option('--open', ctx.t('opt.request-open'))
    .option('--today <date>', ctx.t('opt.today'));
  addFormatOptions(cmd, ctx, FORMATS, 'table');
  return cmd.action(async (opts: { year?: string; open?: boolean; today?: string; format?: string; out?: string }) => {
    const format = pickFormat(FORMATS, opts, 'table');
    if (opts.year !== undefined && !/^\d{4}$/.test(opts.year)) throw new XwgkError(EXIT.usage, { key: 'err.report.year', params: { value: opts.year } });
    const archive = ctx.archive();
    const rows = listRequests(archive, ctx.today(opts.today), { ...(opts.year ? { year: Number(opts.year) } : {}), open: opts.open === true });
    if (format === 'json') return ctx.emit(JSON.stringify(rows, null, 2), opts.out);
    const text = renderRequestList(rows, format, ctx.lang);
    ctx.emit(format === 'table' ? `${text}\n${ctx.view().style.dim(ctx.t('request.count', { n: rows.length }))}` : text, opts.out);
  });
}
