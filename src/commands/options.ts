/** Option helpers shared by commands: periods, formats, list values. */
import { Option, type Command } from 'commander';
import { extname } from 'node:path';
import type { Ctx } from './context.js';
import { usageError } from '../model/errors.js';

/** `--form board,website --form 公开栏` → ['board', 'website', '公开栏']. */
export function collectList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean)];
}

export function addPeriodOptions(cmd: Command, ctx: Ctx): Command {
  return cmd
    .option('--term <id>', ctx.t('opt.term'))
    .option('--month <YYYY-MM>', ctx.t('opt.month'))
    .option('--from <date>', ctx.t('opt.from'))
    .option('--to <date>', ctx.t('opt.to'))
    .option('--today <date>', ctx.t('opt.today'));
}

/** The values an option takes where commander does not know them (`--format`), for shell completion. */
export const OPTION_VALUES = new WeakMap<Option, readonly string[]>();

export function addFormatOptions(cmd: Command, ctx: Ctx, formats: readonly string[], fallback: string): Command {
  const format = new Option('--format <format>', ctx.t('opt.format', { formats: formats.join('|'), default: fallback }));
  OPTION_VALUES.set(format, formats);
  return cmd
    .addOption(format)
    .option('--out <file>', ctx.t('opt.out'));
}

/** `--format`, else the `--out` file's extension, else the default; an unknown format is exit 2. */
export function pickFormat<F extends string>(formats: readonly F[], opts: { format?: string; out?: string }, fallback: F): F {
  const wanted = opts.format ?? (opts.out ? extname(opts.out).slice(1).toLowerCase() : undefined);
  if (wanted === undefined || wanted === '') return fallback;
  const alias: Record<string, string> = { markdown: 'md', yml: 'yaml', txt: 'text', htm: 'html' };
  const f = (alias[wanted] ?? wanted) as F;
  if (!formats.includes(f)) {
    if (opts.format === undefined) return fallback;
    throw usageError('err.unknown-format', { format: wanted, valid: formats.join(', ') });
  }
  return f;
}
