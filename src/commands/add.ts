/**
 * `xwgk add`: log a disclosure. Every field is a flag; in a terminal the missing ones are asked for,
 * with defaults, each answer checked as it is typed, and the record is shown before it is written.
 * Without a terminal (or with `--yes`) nothing is asked: `--yes` accepts the defaults, and a field that
 * is still missing or invalid is exit 2 with nothing written.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { Ctx } from './context.js';
import { list, TODAY_OPTION, todayShape } from './option-schemas.js';
import { defineCommand, type OptionSpec } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';
import type { Finding } from '../model/finding.js';
import type { Written } from '../archive/write.js';
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

const text = () => z.string().optional();

export const addOptionsSchema = lazySchema(() => z.object({
  category: text(), title: text(), content: text(), contentFile: text(), time: text(), until: text(), term: text(), period: text(),
  form: list(), audience: list(), timing: z.enum(TIMINGS).optional(), decided: text(), basis: text(), amount: text(),
  responsible: text(), handler: text(), reviewBy: text(), reviewOn: text(), supervisionBy: text(), supervisionOn: text(),
  explanation: text(), tag: list(), attach: list(), reason: text(), yes: z.boolean().optional(), ...todayShape(),
}));

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
        return { report: { written: null, warnings: [] } };
      }
    }
    const written = writeNewRecord(root, record.time, (id) => ({ ...record, id }), { action: 'add', reason, now: ctx.io.env.XWGK_NOW, env: ctx.io.env, attach });
    ctx.forget();
    return { report: { written, warnings: catalogFindings({ record: { ...record, id: written.id }, file: written.file, lines: {} }, catalog) } };
  },
  print(ctx, { written, warnings }) {
    if (!written) return;
    ctx.out(ctx.t('add.done', { id: written.id, file: written.file }));
    for (const a of written.record.attachments ?? []) ctx.info(ctx.t('attach.done', { path: a.path }));
    const view = ctx.view();
    for (const f of warnings) ctx.err(renderLocated(view, { ...f, file: undefined, line: undefined }, view.style.yellow(ctx.t('label.warning'))));
  },
});

/** Names a field the way the user gave it: `--review-on` rather than `review.on`. */
function flagFor(path: (string | number)[]): string {
  const name = path.filter((p) => typeof p === 'string').join('-');
  return `--${name === 'tags' ? 'tag' : name}`;
}
