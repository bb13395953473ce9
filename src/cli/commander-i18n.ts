/**
 * Commander in the user's language. Commander has no translation API, so instead of reading its
 * English messages back, the places that make them are replaced on each command: help headings and
 * the `[options]`/`[command]` placeholders through its `Help` hooks, `(default: …)` and the choices
 * through our own option texts, and the errors — an unknown option or command (with the nearest known
 * one, from the Option and Command objects), a missing or extra argument, a missing option value, a
 * value outside the choices — through the command's own methods, which then throw our errors with
 * their names as parameters. Nothing is read back out of commander's English text, so a commander
 * upgrade that rewords it changes nothing here; one that renames these methods fails the tests of
 * test/unit/commander-errors.test.ts (each method is checked to exist).
 */
import { Help, type Argument, type Command, type Option } from 'commander';
import type { MessageKey } from '../i18n/index.js';
import { usageError } from '../model/errors.js';
import { editDistance } from '../model/nearest.js';
import { displayWidth } from '../render/width.js';

interface Translator {
  t(key: MessageKey, params?: Record<string, string | number>): string;
  lang: string;
}

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Arguments:': 'help.arguments',
  'Global Options:': 'help.global-options',
};

const list = (tr: Translator, xs: readonly string[]) => xs.join(tr.lang === 'en' ? ', ' : '、');

/** The help configuration: translated headings, placeholders, defaults and choices. */
export function localizedHelp(tr: Translator, width: number): Partial<Help> {
  const help = new Help();
  const placeholders = (s: string) =>
    s.replaceAll('[options]', tr.t('help.options-term')).replaceAll('[command]', tr.t('help.command-term'));
  return {
    styleTitle: (s: string) => (TITLES[s] ? tr.t(TITLES[s]!) : s),
    // Columns line up by display width: a Chinese character takes two.
    displayWidth: (s: string) => displayWidth(s),
    helpWidth: width,
    commandUsage: (cmd: Command) => placeholders(help.commandUsage(cmd)),
    subcommandTerm: (cmd: Command) => placeholders(help.subcommandTerm(cmd)),
    // An argument is named as in the usage line, a placeholder (`<id>`), not a bare English word.
    argumentTerm: (a: Argument) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`),
    argumentDescription: (a: Argument) =>
      a.argChoices
        ? `${a.description}${tr.lang === 'en' ? ` (${tr.t('help.choices', { choices: list(tr, a.argChoices) })})` : `（${tr.t('help.choices', { choices: list(tr, a.argChoices) })}）`}`
        : a.description,
    optionDescription: (o: Option) => {
      const extra = [
        ...(o.defaultValue !== undefined && o.defaultValue !== false && !o.negate
          ? [`${tr.t('help.default')}${tr.lang === 'en' ? ': ' : '：'}${String(o.defaultValue)}`]
          : []),
        ...(choicesOf(o) ? [tr.t('help.choices', { choices: list(tr, choicesOf(o)!) })] : []),
      ];
      return extra.length
        ? tr.lang === 'en'
          ? `${o.description} (${extra.join('; ')})`
          : `${o.description}（${extra.join('；')}）`
        : o.description;
    },
  };
}

type WithChoices = { argChoices?: string[]; parseArg?: (value: string, previous: unknown) => unknown };
const choicesOf = (o: object) => (o as WithChoices).argChoices;

/**
 * Takes a value outside the choices as our usage error (exit 2), naming the option and the choices.
 * Commander checks choices in `parseArg` alone, so replacing it keeps `argChoices` for completion.
 */
function guardChoices(tr: Translator, target: WithChoices, name: string): void {
  const choices = target.argChoices;
  if (!choices) return;
  target.parseArg = (value: string) => {
    if (!choices.includes(value)) throw usageError('err.cli.choice', { name, value, valid: list(tr, choices) }, { key: 'hint.help' });
    return value;
  };
}

/** Applies the translated errors to one command (its subcommands are configured on their own). */
export function localizeCommand(cmd: Command, tr: Translator): void {
  for (const o of cmd.options) guardChoices(tr, o as unknown as WithChoices, o.long ?? o.flags);
  for (const a of cmd.registeredArguments) guardChoices(tr, a as unknown as WithChoices, `<${a.name()}>`);
  const argument = (name: string) => cmd.registeredArguments.find((a) => a.name() === name);
  const self = cmd as unknown as Record<string, unknown>;
  self.missingArgument = (name: string) => {
    throw usageError('err.cli.missing-arg', { name: `<${name}>`, what: argument(name)?.description ?? name }, helpHint(cmd));
  };
  self.optionMissingArgument = (option: Option) => {
    throw usageError('err.cli.option-missing-argument', { name: option.long ?? option.flags }, helpHint(cmd));
  };
  self.missingMandatoryOptionValue = (option: Option) => {
    throw usageError('err.cli.option-missing-argument', { name: option.long ?? option.flags }, helpHint(cmd));
  };
  self.unknownOption = (flag: string) => {
    if ((cmd as unknown as { _allowUnknownOption: boolean })._allowUnknownOption) return;
    const suggestion = flag.startsWith('--') ? similar(tr, flag, knownLongOptions(cmd)) : undefined;
    throw usageError(
      'err.cli.unknown-option',
      { name: flag },
      suggestion ? { key: 'hint.did-you-mean', params: { suggestion } } : helpHint(cmd),
    );
  };
  self.unknownCommand = () => {
    const name = String(cmd.args[0] ?? '');
    const names = cmd
      .createHelp()
      .visibleCommands(cmd)
      .flatMap((c) => [c.name(), ...c.aliases()]);
    const suggestion = similar(tr, name, names);
    throw usageError(
      'err.cli.unknown-command',
      { name },
      suggestion ? { key: 'hint.did-you-mean', params: { suggestion } } : { key: 'hint.help' },
    );
  };
  self._excessArguments = (received: string[]) => {
    if ((cmd as unknown as { _allowExcessArguments: boolean })._allowExcessArguments) return;
    throw usageError(
      'err.cli.too-many',
      { command: commandPath(cmd), expected: cmd.registeredArguments.length, got: received.length },
      helpHint(cmd),
    );
  };
}

/** The commander methods replaced above: each must exist on a Command, or commander changed under us. */
export const LOCALIZED_METHODS = [
  'missingArgument',
  'optionMissingArgument',
  'missingMandatoryOptionValue',
  'unknownOption',
  'unknownCommand',
  '_excessArguments',
] as const;

/**
 * The known words nearest a mistyped one, as commander itself would suggest them (at most 3 edits and
 * more than 40% alike; `--` set aside), ties together: `--format`, `list 或 lint`.
 */
function similar(tr: Translator, word: string, candidates: readonly string[]): string | undefined {
  const strip = (w: string) => (word.startsWith('--') ? w.replace(/^--/, '') : w);
  let best = 4;
  let found: string[] = [];
  for (const c of new Set(candidates)) {
    if (strip(c).length <= 1) continue;
    const d = editDistance(strip(word), strip(c));
    const length = Math.max(strip(word).length, strip(c).length);
    if ((length - d) / length <= 0.4 || d > best) continue;
    if (d < best) [best, found] = [d, []];
    found.push(c);
  }
  return found.length ? found.sort().join(tr.lang === 'en' ? ' or ' : ' 或 ') : undefined;
}

/** The long options a command accepts: its own, and those of its parents (the global options). */
function knownLongOptions(cmd: Command): string[] {
  const out: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) for (const o of c.createHelp().visibleOptions(c)) if (o.long) out.push(o.long);
  return out;
}

/** Where to read the usage: `xwgk feedback add --help` for a command (named after `xwgk`, as the commands' own usage errors name it), `xwgk --help` for the program. */
function helpHint(cmd: Command): { key: MessageKey; params?: Record<string, string> } {
  return cmd.parent
    ? { key: 'hint.command-help', params: { command: commandPath(cmd).split(' ').slice(1).join(' ') } }
    : { key: 'hint.help' };
}

/** `xwgk feedback add`. */
function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}
