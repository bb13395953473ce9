/**
 * One shape for every command: its words (name, arguments and options, with their help keys), a zod
 * schema that turns commander's raw values into typed options (a bad value is exit 2, worded one way
 * for every command), the formats its report is rendered in (one registry per report, see
 * render/formats.ts), and `run`, which returns the report and the exit code. `toCommand` makes the
 * commander Command the CLI parses; tests call `run` (or `runWith`) directly, without commander.
 */
import { Argument, Command, Option } from 'commander';
import type * as z from 'zod/mini';
import { isMessageKey, type MessageKey } from '../i18n/index.js';
import { EXIT, usageError, XwgkError } from '../model/errors.js';
import type { Params } from '../model/finding.js';
import { chooseFormat, formatNames, type Formats } from '../render/format-rule.js';
import type { Ctx } from './context.js';
import { collectList } from '../model/list-values.js';
import { OPTION_VALUES } from './options.js';
import { reportSkipped } from './skipped.js';

export interface OptionSpec {
  /** commander's flags: `--term <id>`, `-y, --yes`. */
  flags: string;
  help: MessageKey;
  helpParams?: Params;
  /** Repeated or comma-separated values, collected into a list (`--form board,website --form 公开栏`). */
  list?: boolean;
  /** Repeated values, each kept whole (`--attach a.jpg --attach b.pdf`). */
  repeat?: boolean;
  /** The values shell completion offers (the schema checks them). */
  values?: readonly string[];
}

export interface ArgumentSpec {
  /** `id`, `[dir]`, `<shell>`, `[checks...]` as commander writes them. */
  name: string;
  help: MessageKey;
  values?: readonly string[];
}

/** What `run` returns: the report (data, no language) and the exit code (0 when absent). */
export interface Outcome<R> {
  report: R;
  exitCode?: number;
}

export interface CommandSpec<S extends z.ZodMiniType = z.ZodMiniType, R = unknown> {
  name: string;
  /** The words that call a subcommand (`feedback add`), for messages; the name for a command. */
  path?: string;
  help: MessageKey;
  arguments?: readonly ArgumentSpec[];
  options?: readonly OptionSpec[];
  /** Validates `{...arguments by name, ...options by camelCase name}` into the typed options. */
  schema: S;
  /** The renderers of the report; the command then has `--format` and `--out`. */
  formats?: Formats<R>;
  /** A binary format without `--out` goes to this file (else exit 2). */
  defaultFile?(report: R, ctx: Ctx): string;
  /** Absent only for a group of subcommands (`feedback add|respond`). */
  run?(ctx: Ctx, opts: z.output<S>): Outcome<R> | Promise<Outcome<R>>;
  /** What the command says besides the rendered report (after it): the whole output of a command without formats, notes on stderr. */
  print?(ctx: Ctx, report: R, opts: z.output<S>): void;
  subcommands?: readonly CommandSpec<z.ZodMiniType, any>[];
  /**
   * A report command names on stderr the record files it could not read (commands/skipped.ts); `false`
   * for one whose report lists them itself (`check`, `verify`).
   */
  skippedOnStderr?: false;
}

/** Declares a command (the identity, for the types: `opts` in `run` is the schema's output). */
export function defineCommand<S extends z.ZodMiniType, R>(spec: CommandSpec<S, R>): CommandSpec<S, R> {
  return spec;
}

/** Validates raw values with the command's schema: typed options, or exit 2 naming the option and value. */
export function parseOptions<S extends z.ZodMiniType>(spec: CommandSpec<S, unknown>, raw: Record<string, unknown>): z.output<S> {
  const parsed = spec.schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = String(issue.path[0] ?? '');
  const value = issue.path.reduce<unknown>(
    (v, p) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[p as PropertyKey] : undefined),
    raw,
  );
  const name = flagOf(spec, key);
  const params: Params = { name, field: name, value: value === undefined ? '' : Array.isArray(value) ? value.join(',') : String(value) };
  if ('values' in issue && Array.isArray(issue.values)) params.valid = issue.values.join(', ');
  const message: MessageKey = isMessageKey(issue.message)
    ? issue.message
    : issue.code === 'invalid_value'
      ? 'err.cli.invalid-choice'
      : 'err.cli.invalid-value';
  throw new XwgkError(EXIT.usage, { key: message, params }, { key: 'hint.command-help', params: { command: spec.path ?? spec.name } });
}

/** `--content-file` for `contentFile`, `<id>` for an argument `id`. */
function flagOf(spec: CommandSpec<z.ZodMiniType, unknown>, key: string): string {
  for (const o of spec.options ?? []) if (optionValueName(o.flags) === key) return longFlag(o.flags)!;
  const arg = spec.arguments?.find((a) => argName(a.name) === key);
  return arg ? `<${argName(arg.name)}>` : key;
}

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const longFlag = (flags: string) => flags.split(/[ ,]+/).find((f) => f.startsWith('--'));

/** `--review-by <name>` → `reviewBy`: the name commander gives an option's value. */
export function optionValueName(flags: string): string | undefined {
  const long = longFlag(flags);
  return long && camel(long.slice(2));
}
const argName = (s: string) => s.replace(/[<>[\].]/g, '');

/** Runs a command from raw values: options checked, format chosen (before any work), report rendered and written. */
export async function runWith<S extends z.ZodMiniType, R>(
  spec: CommandSpec<S, R>,
  ctx: Ctx,
  raw: Record<string, unknown>,
): Promise<number> {
  const opts = parseOptions(spec, raw);
  const format = spec.formats
    ? chooseFormat(spec.formats, { format: raw.format as string | undefined, out: raw.out as string | undefined })
    : undefined;
  const renderer = format !== undefined ? spec.formats!.renderers[format]! : undefined;
  if (renderer?.binary && raw.out === undefined && !spec.defaultFile) {
    throw usageError(
      'err.binary-to-screen',
      { format: format! },
      { key: 'hint.binary-to-screen', params: { command: spec.path ?? spec.name, format: format! } },
    );
  }
  if (!spec.run) throw usageError('err.cli.missing-argument', { name: 'command' }, { key: 'hint.help' });
  const { report, exitCode = EXIT.ok } = await spec.run(ctx, opts);
  if (renderer) {
    const out = (raw.out as string | undefined) ?? (renderer.binary ? spec.defaultFile!(report, ctx) : undefined);
    const archive = ctx.loaded();
    // Nothing left out silently: every report that read the records says which files it could not.
    if (archive && spec.skippedOnStderr !== false) reportSkipped(ctx, archive);
    ctx.emit(await renderer.render(report, { view: ctx.view(), archive, width: out ? undefined : ctx.io.columns }), out);
  }
  spec.print?.(ctx, report, opts);
  return exitCode;
}

/** The commander Command of a spec: its words translated, its action `runWith`. */
export function toCommand(spec: CommandSpec<z.ZodMiniType, any>, ctx: Ctx): Command {
  const cmd = new Command(spec.name).description(ctx.t(spec.help));
  for (const a of spec.arguments ?? []) {
    const arg = new Argument(a.name, ctx.t(a.help));
    if (a.values) OPTION_VALUES.set(arg, a.values);
    cmd.addArgument(arg);
  }
  for (const o of spec.options ?? []) {
    const option = new Option(o.flags, ctx.t(o.help, o.helpParams));
    if (o.list) option.argParser(collectList);
    else if (o.repeat) option.argParser((v: string, prev: string[] = []) => [...prev, v]);
    if (o.values) OPTION_VALUES.set(option, o.values);
    cmd.addOption(option);
  }
  if (spec.formats) {
    const names = formatNames(spec.formats);
    const format = new Option('--format <format>', ctx.t('opt.format', { formats: names.join('|'), default: spec.formats.fallback }));
    OPTION_VALUES.set(format, names);
    cmd.addOption(format).option('--out <file>', ctx.t('opt.out'));
  }
  if (spec.subcommands?.length) cmd.helpCommand('help [command]', ctx.t('cli.help-command'));
  for (const sub of spec.subcommands ?? []) cmd.addCommand(toCommand(sub, ctx));
  if (!spec.run) return cmd;
  return cmd.action(async (...args: unknown[]) => {
    const command = args.at(-1) as Command;
    const raw: Record<string, unknown> = { ...command.opts() };
    (spec.arguments ?? []).forEach((a, i) => (raw[argName(a.name)] = args[i]));
    const code = await runWith(spec, ctx, raw);
    if (code !== EXIT.ok) ctx.exitCode = code;
  });
}
