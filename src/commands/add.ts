/**
 * `xwgk add`: log a disclosure. Every field is a flag; in a terminal the missing ones are asked for,
 * with defaults, each answer checked as it is typed, and the record is shown before it is written.
 * Without a terminal (or with `--yes`) nothing is asked: `--yes` accepts the defaults, and a field that
 * is still missing or invalid is exit 2 with nothing written.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { Ctx } from './context.js';
import { collectList } from './options.js';
import { checkAttachmentSources } from '../archive/attach.js';
import { sealCovering, writeNewRecord } from '../archive/write.js';
import { cacheOn } from '../archive/env.js';
import { readSeals } from '../archive/journal.js';
import { sealedTerms } from '../model/chain.js';
import { serializeRecord } from '../archive/serialize.js';
import { catalogFindings } from '../checks/catalog.js';
import { TIMINGS } from '../model/catalog.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { validateRecord } from '../model/validate.js';
import { renderLocated } from '../render/errors.js';
import { completePeriods, defaultsFor, fieldsFromFlags, lastResponsible, type AddFlags } from './add-fields.js';
import { askMissing } from './add-prompts.js';
import { prompter } from './prompter.js';

/** Placeholder id while the record is assembled; the real one is allocated when the file is created. */
const PENDING_ID = '19000101-000';

export function addCommand(ctx: Ctx): Command {
  const cmd = new Command('add').description(ctx.t('cmd.add'));
  const o = (flags: string, key: Parameters<Ctx['t']>[0]) => cmd.option(flags, ctx.t(key));
  o('--category <id>', 'opt.category');
  o('--title <text>', 'opt.title');
  o('--content <text>', 'opt.content');
  o('--content-file <file>', 'opt.content-file');
  o('--time <date>', 'opt.time');
  o('--until <date>', 'opt.until');
  o('--term <id>', 'opt.record-term');
  o('--period <YYYY-MM>', 'opt.period');
  cmd.option('--form <ids>', ctx.t('opt.form'), collectList);
  cmd.option('--audience <ids>', ctx.t('opt.audience'), collectList);
  cmd.addOption(new Option('--timing <timing>', ctx.t('opt.timing')).choices([...TIMINGS]));
  o('--decided <date>', 'opt.decided');
  o('--basis <text>', 'opt.basis');
  o('--amount <yuan>', 'opt.amount');
  o('--responsible <name>', 'opt.responsible');
  o('--handler <name>', 'opt.handler');
  o('--review-by <name>', 'opt.review-by');
  o('--review-on <date>', 'opt.review-on');
  o('--supervision-by <name>', 'opt.supervision-by');
  o('--supervision-on <date>', 'opt.supervision-on');
  o('--explanation <text>', 'opt.explanation');
  cmd.option('--tag <tag>', ctx.t('opt.tag'), collectList);
  cmd.option('--attach <file>', ctx.t('opt.attach'), (v: string, prev: string[] = []) => [...prev, v]);
  o('--reason <text>', 'opt.add-reason');
  o('--today <date>', 'opt.today');
  o('-y, --yes', 'opt.yes');
  return cmd.action(async (opts: AddFlags & { today?: string; yes?: boolean; attach?: string[]; reason?: string }) => {
    const settings = ctx.settings();
    const { catalog, terms, root } = settings;
    const today = ctx.today(opts.today);
    const readText = (file: string) => readFileSync(file === '-' ? 0 : resolve(ctx.io.cwd, file), 'utf8');
    const attach = checkAttachmentSources(ctx.io.cwd, opts.attach);
    let raw = fieldsFromFlags(opts, catalog, readText);
    const prompting = ctx.io.interactive && !opts.yes;
    if (prompting) {
      raw = await askMissing(ctx, raw, today, lastResponsible(root));
    } else if (opts.yes) {
      raw = { ...defaultsFor(raw.category as string | undefined, catalog, today, lastResponsible(root)), ...raw };
    }
    raw = completePeriods(raw, catalog, terms);
    const { record, issues } = validateRecord({ id: PENDING_ID, ...raw }, catalog);
    const errors = issues.filter((i) => i.severity === 'error');
    if (!record || errors.length > 0) {
      throw new XwgkError(EXIT.usage, { key: 'err.add-invalid' }, { key: prompting ? 'hint.add-fix' : 'hint.add-flags' },
        errors.map((i) => ({ message: { key: i.key, params: { ...i.params, field: flagFor(i.path) } }, ...(i.hint ? { hint: i.hint } : {}) })));
    }
    let reason = opts.reason;
    if (prompting && !reason?.trim()) {
      // A late entry for a sealed term needs a reason: ask for it here rather than fail after all the questions.
      const seal = sealCovering(root, record, sealedTerms(readSeals(root, { cache: cacheOn(ctx.io.env), env: ctx.io.env })));
      if (seal) reason = await (await prompter()).input({ message: ctx.t('prompt.seal-reason', { term: seal.term }), validate: (v) => (v.trim() ? true : ctx.t('change.reason-required', { command: 'add' })) });
    }
    if (prompting) {
      ctx.err(serializeRecord(record).split('\n').filter((l) => !l.startsWith('#') && !l.startsWith('id:')).join('\n'));
      const ok = await (await prompter()).confirm({ message: ctx.t('prompt.confirm'), default: true });
      if (!ok) {
        ctx.info(ctx.t('add.cancelled'));
        return;
      }
    }
    const written = writeNewRecord(root, record.time, (id) => ({ ...record, id }), { action: 'add', reason, now: ctx.io.env.XWGK_NOW, env: ctx.io.env, attach });
    ctx.forget();
    ctx.out(ctx.t('add.done', { id: written.id, file: written.file }));
    for (const a of written.record.attachments ?? []) ctx.info(ctx.t('attach.done', { path: a.path }));
    const view = ctx.view();
    for (const f of catalogFindings({ record: { ...record, id: written.id }, file: written.file, lines: {} }, catalog)) {
      ctx.err(renderLocated(view, { ...f, file: undefined, line: undefined }, view.style.yellow(ctx.t('label.warning'))));
    }
  });
}

/** Names a field the way the user gave it: `--review-on` rather than `review.on`. */
function flagFor(path: (string | number)[]): string {
  const name = path.filter((p) => typeof p === 'string').join('-');
  return `--${name === 'tags' ? 'tag' : name}`;
}
