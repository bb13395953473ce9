/**
 * The options most commands share, each as a flag (for commander and help) and a schema piece (for
 * the typed options): the period (`--term --month --from --to --today`), a calendar date, lists. A
 * schema's error message is a message key, so a bad value reads the same for every command. The
 * pieces are functions and the commands' schemas lazy (model/lazy-schema.ts): zod instances are
 * built only for the command that runs, not at start-up. Options are checked with zod/mini, zod's
 * tree-shakable form: a warm command validates nothing else, so it never loads the whole of zod
 * (scripts/build-plugins.mjs, zodOnFirstUse; bench/RESULTS.md).
 */
import * as z from 'zod/mini';
import { isCalendarDate } from '../model/dates.js';
import { readDateInput } from '../model/date-input.js';
import type { OptionSpec } from './shape.js';

/** A date as people type it (`2025/9/5`, `2025年9月5日`, model/date-input.ts) read as `YYYY-MM-DD`; else kept as typed. */
const typedDate = () =>
  z.pipe(
    z.string(),
    z.transform((v: string) => readDateInput(v) ?? v),
  );

/** A calendar date (`--today`), typed any usual way; not a real date is exit 2. */
export const calendarDate = () => typedDate().check(z.refine(isCalendarDate, { error: 'err.date' }));

export const todayShape = () => ({ today: z.optional(calendarDate()) });
export const TODAY_OPTION: OptionSpec = { flags: '--today <date>', help: 'opt.today' };

/** `--term --month --from --to`, checked against the archive's terms by `resolveRange`, and `--today`. */
export const periodShape = () => ({
  term: z.optional(z.string()),
  month: z.optional(z.string()),
  from: z.optional(typedDate()),
  to: z.optional(typedDate()),
  ...todayShape(),
});
export const PERIOD_OPTIONS: readonly OptionSpec[] = [
  { flags: '--term <id>', help: 'opt.term' },
  { flags: '--month <YYYY-MM>', help: 'opt.month' },
  { flags: '--from <date>', help: 'opt.from' },
  { flags: '--to <date>', help: 'opt.to' },
  TODAY_OPTION,
];

/** `--format` and `--out`, which `toCommand` adds to every command that has formats. */
export const outputShape = () => ({ format: z.optional(z.string()), out: z.optional(z.string()) });

/** A list option's values (collected by commander from repeated or comma-separated flags). */
export const list = () => z.optional(z.array(z.string()));

/** A value the command cannot do without (`--channel`): missing is exit 2, as commander's own "needs a value". */
export const required = () => z.string({ error: 'err.cli.option-missing-argument' });
