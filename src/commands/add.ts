/**
 * `xwgk add`: log a disclosure. Every field is a flag; in a terminal the missing ones are asked for,
 * with defaults, each answer checked as it is typed, and the record is shown before it is written.
 * Without a terminal (or with `--yes`) nothing is asked: `--yes` accepts the defaults, and a field that
 * is still missing or invalid is exit 2 with nothing written.
 */
import * as z from 'zod/mini';
import { checkAttachmentSources } from '../archive/attach.js';
import { readInputText } from '../archive/input-file.js';
import { lastResponsible } from '../archive/record-ids.js';
import type { Written } from '../archive/write.js';
import { addRecord, PENDING_ID, sealOver, validateForWrite } from '../edit/apply.js';
import { completePeriods, defaultsFor, fieldsFromFlags, type AddFlags, type FlagProblem } from '../edit/fields.js';
import { TIMINGS } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { lazySchema } from '../model/lazy-schema.js';
import { recordCard } from '../render/record-card.js';
import { askMissing } from './add-prompts.js';
import { list, TODAY_OPTION, todayShape } from './option-schemas.js';
import { prompter } from './prompter.js';
import { defineCommand, optionValueName, type OptionSpec } from './shape.js';
import { printWarnings } from './warnings.js';

/** One flag per record key, as SPEC lists them; lists repeat or take commas. */
const FIELD_OPTIONS: readonly OptionSpec[] = [
  { flags: '--category <id>', help: 'opt.category' },
  { flags: '--title <text>', help: 'opt.title' },
  { flags: '--content <text>', help: 'opt.content' },
  { flags: '--content-file <file>', help: 'opt.content-file' },
  { flags: '--time <date>', help: 'opt.time' },
  { flags: '--until <date>', help: 'opt.until' },
  { flags: '--term <id>', help: 'opt.record-term' },
  { flags: '--period <YYYY-MM>', help: 'opt.period' },
  { flags: '--form <ids>', help: 'opt.form', list: true },
  { flags: '--audience <ids>', help: 'opt.audience', list: true },
  { flags: '--timing <timing>', help: 'opt.timing', values: TIMINGS },
  { flags: '--decided <date>', help: 'opt.decided' },
  { flags: '--basis <text>', help: 'opt.basis' },
  { flags: '--amount <yuan>', help: 'opt.amount' },
  { flags: '--responsible <name>', help: 'opt.responsible' },
  { flags: '--handler <name>', help: 'opt.handler' },
  { flags: '--review-by <name>', help: 'opt.review-by' },
  { flags: '--review-on <date>', help: 'opt.review-on' },
  { flags: '--supervision-by <name>', help: 'opt.supervision-by' },
  { flags: '--supervision-on <date>', help: 'opt.supervision-on' },
  { flags: '--explanation <text>', help: 'opt.explanation' },
  { flags: '--tag <tag>', help: 'opt.tag', list: true },
];

const text = () => z.optional(z.string());

/** The schema of every field flag, from FIELD_OPTIONS itself (lists as lists), typed as the edit layer reads them. */
type FieldShape = {
  [K in keyof AddFlags]-?: NonNullable<AddFlags[K]> extends string[] ? ReturnType<typeof list> : ReturnType<typeof text>;
};
const fieldShape = () => Object.fromEntries(FIELD_OPTIONS.map((o) => [optionValueName(o.flags), o.list ? list() : text()])) as FieldShape;

export const addOptionsSchema = lazySchema(() =>
  z.object({
    ...fieldShape(),
    attach: list(),
    reason: text(),
    yes: z.optional(z.boolean()),
    ...todayShape(),
  }),
);

/** What `add` did: the record written (none when the clerk cancelled) and the catalog's warnings about it. */
export interface AddReport {
  written: Written | null;
  warnings: Finding[];
}

export const addCommand = defineCommand({
  name: 'add',
  help: 'cmd.add',
  options: [
    ...FIELD_OPTIONS,
    { flags: '--attach <file>', help: 'opt.attach', repeat: true },
    { flags: '--reason <text>', help: 'opt.add-reason' },
    TODAY_OPTION,
    { flags: '-y, --yes', help: 'opt.yes' },
  ],
  schema: addOptionsSchema,
  async run(ctx, opts): Promise<{ report: AddReport }> {
    const settings = ctx.settings();
    const { catalog, terms, root } = settings;
    const today = ctx.today(opts.today);
    const readText = (file: string) => readInputText(ctx.io.cwd, file);
    const attach = checkAttachmentSources(ctx.io.cwd, opts.attach);
    const problems: FlagProblem[] = [];
    let raw = fieldsFromFlags(opts, catalog, readText, problems);
    const prompting = ctx.io.interactive && !opts.yes;
    if (prompting) {
      // In a terminal a word that did not normalise is said, then asked for, rather than failing at the end.
      for (const p of problems.splice(0)) {
        ctx.err(
          `${ctx.t('label.warning')}${ctx.t('label.colon')}${ctx.m(p.message)}\n  ${ctx.t('label.hint')}${ctx.t('label.colon')}${ctx.m(p.hint)}`,
        );
        delete raw[p.field];
      }
      raw = await askMissing(ctx, raw, today, lastResponsible(root));
    } else if (opts.yes) {
      // The newest record's responsible is read only when the flags leave it out.
      const responsible = raw.responsible === undefined ? lastResponsible(root) : undefined;
      raw = { ...defaultsFor(raw.category as string | undefined, catalog, today, responsible), ...raw };
    }
    raw = completePeriods(raw, catalog, terms);
    const record = validateForWrite({ id: PENDING_ID, ...raw }, catalog, {
      message: { key: 'err.add-invalid' },
      hint: { key: prompting ? 'hint.add-fix' : 'hint.add-flags' },
      field: flagFor,
      refused: problems,
    });
    let reason = opts.reason;
    if (prompting && !reason?.trim()) {
      // A late entry for a sealed term needs a reason: ask for it here rather than fail after all the questions.
      const seal = sealOver(root, record, ctx.io.env);
      if (seal)
        reason = await (
          await prompter()
        ).input({
          message: ctx.t('prompt.seal-reason', { term: seal.term }),
          validate: (v) => (v.trim() ? true : ctx.t('change.reason-required', { command: 'add' })),
        });
    }
    if (prompting) {
      ctx.err(recordCard(record, catalog, ctx.lang));
      const ok = await (await prompter()).confirm({ message: ctx.t('prompt.confirm'), default: true });
      if (!ok) {
        ctx.info(ctx.t('add.cancelled'));
        return { report: { written: null, warnings: [] } };
      }
    }
    const { written, warnings } = addRecord(settings, record, { action: 'add', reason, attach, env: ctx.io.env });
    ctx.forget();
    return { report: { written, warnings } };
  },
  print(ctx, { written, warnings }) {
    if (!written) return;
    ctx.out(ctx.t('add.done', { id: written.id, file: written.file }));
    for (const a of written.record.attachments ?? []) ctx.info(ctx.t('attach.done', { path: a.path }));
    printWarnings(ctx, warnings);
  },
});

/** Names a field the way the user gave it: `--review-on` rather than `review.on`. */
function flagFor(path: readonly (string | number)[]): string {
  const name = path.filter((p) => typeof p === 'string').join('-');
  return `--${name === 'tags' ? 'tag' : name}`;
}
