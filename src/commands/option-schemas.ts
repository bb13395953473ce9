/**
 * The options most commands share, each as a flag (for commander and help) and a schema piece (for
 * the typed options): the period (`--term --month --from --to --today`), a calendar date, lists. A
 * schema's error message is a message key, so a bad value reads the same for every command. The
 * pieces are functions and the commands' schemas lazy (model/lazy-schema.ts): zod instances are
 * built only for the command that runs, not at start-up.
 */
import { z } from 'zod';
import { isCalendarDate } from '../model/dates.js';
import { readDateInput } from '../model/date-input.js';
import type { OptionSpec } from './shape.js';

/** A date as people type it (`2025/9/5`, `2025年9月5日`, model/date-input.ts) read as `YYYY-MM-DD`; else kept as typed. */
const typedDate = () => z.string().transform((v) => readDateInput(v) ?? v);

/** A calendar date (`--today`), typed any usual way; not a real date is exit 2. */
export const calendarDate = () => typedDate().refine(isCalendarDate, { error: 'err.date' });

export const todayShape = () => ({ today: calendarDate().optional() });
export const TODAY_OPTION: OptionSpec = { flags: '--today <date>', help: 'opt.today' };

/** `--term --month --from --to`, checked against the archive's terms by `resolveRange`, and `--today`. */
export const periodShape = () => ({
  term: z.string().optional(),
  month: z.string().optional(),
  from: typedDate().optional(),
  to: typedDate().optional(),
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
export const outputShape = () => ({ format: z.string().optional(), out: z.string().optional() });

/** A list option's values (collected by commander from repeated or comma-separated flags). */
export const list = () => z.array(z.string()).optional();

/** A value the command cannot do without (`--channel`): missing is exit 2, as commander's own "needs a value". */
export const required = (flag: string) => z.string({ error: 'err.cli.option-missing-argument' }).describe(flag);
