/**
 * Shell completion's dynamic half: `xwgk __complete WORD… :CURRENT` prints the candidates for the word
 * under the cursor, one per line, read from the command tree itself (so a new command or option
 * completes with no change here) and from the archive (catalog ids, terms, record ids). The scripts
 * pass the current word with a leading `:` because PowerShell 5.1 drops empty arguments. `__files__`
 * asks the shell to complete file names.
 */
import type { Command, Option } from 'commander';
import { OPTION_VALUES } from '../commands/options.js';
import { SHELLS } from '../commands/completion-scripts.js';

export const COMPLETE_COMMAND = '__complete';
export const FILES = '__files__';

/** Where dynamic values come from; each is called only when needed and may return []. */
export interface CompletionSources {
  ids(kind: 'category' | 'form' | 'audience' | 'channel'): string[];
  terms(): string[];
  records(): string[];
  /** Request ids, for the `<id>` of `request answer|extend|appeal|amend`. */
  requests?(): string[];
  checks(): string[];
}

const FILE_OPTIONS = new Set(['--archive', '--out', '--content-file', '--attach']);
const FILE_ARGUMENTS = new Set(['file', 'dir']);

function findOption(cmd: Command, program: Command, flag: string): Option | undefined {
  const name = flag.split('=')[0];
  return [...cmd.options, ...program.options].find((o) => o.long === name || o.short === name);
}

function takesValue(o: Option): boolean {
  return o.required || o.optional;
}

function optionValues(o: Option, src: CompletionSources): string[] {
  const name = o.long ?? '';
  if (FILE_OPTIONS.has(name)) return [FILES];
  // Values an option declares win over the catalog's (`request add --channel` takes the request channels).
  if (OPTION_VALUES.has(o)) return [...OPTION_VALUES.get(o)!];
  if (name === '--category' || name === '--form' || name === '--audience' || name === '--channel')
    return src.ids(name.slice(2) as 'category');
  if (name === '--term') return ['current', 'previous', ...src.terms()];
  if (name === '--lang' || name === '--locale') return ['zh-CN', 'en'];
  return [...(OPTION_VALUES.get(o) ?? o.argChoices ?? [])];
}

function argumentValues(cmd: Command, program: Command, position: number, src: CompletionSources): string[] {
  const args = cmd.registeredArguments;
  const arg = args[Math.min(position, args.length - 1)];
  if (!arg || (position >= args.length && !arg.variadic)) return [];
  const name = arg.name();
  if (name === 'id') return cmd.parent?.name() === 'request' ? (src.requests?.() ?? []) : src.records();
  if (name === 'checks') return src.checks();
  if (name === 'shell') return [...SHELLS];
  if (name === 'command') return visibleCommands(program);
  if (FILE_ARGUMENTS.has(name)) return [FILES];
  return [...(OPTION_VALUES.get(arg) ?? arg.argChoices ?? [])];
}

function visibleCommands(cmd: Command): string[] {
  return cmd.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden).map((c) => c.name());
}

/** The candidates for the last word, given the words before it. */
export function completeWords(program: Command, words: readonly string[], src: CompletionSources): string[] {
  const cur = words.at(-1) ?? '';
  let cmd = program;
  let position = 0;
  let expecting: Option | undefined;
  let help = false;
  for (const w of words.slice(0, -1)) {
    if (expecting) {
      expecting = undefined;
    } else if (w.startsWith('-') && w.length > 1) {
      const o = findOption(cmd, program, w);
      if (o && takesValue(o) && !w.includes('=')) expecting = o;
    } else {
      const sub = position === 0 ? cmd.commands.find((c) => c.name() === w || c.aliases().includes(w)) : undefined;
      if (sub) cmd = sub;
      else if (cmd === program && w === 'help' && !help) help = true;
      else position++;
    }
  }
  let candidates: string[];
  if (expecting) candidates = optionValues(expecting, src);
  else if (help) candidates = position === 0 && !cur.startsWith('-') ? visibleCommands(program) : [];
  else if (cur.startsWith('-') && cur.includes('=')) {
    const o = findOption(cmd, program, cur);
    const head = cur.slice(0, cur.indexOf('=') + 1);
    candidates = o ? optionValues(o, src).map((v) => (v === FILES ? v : head + v)) : [];
  } else if (cur.startsWith('-')) {
    const opts = cmd === program ? program.options : [...cmd.options, ...program.options];
    candidates = [...opts.filter((o) => !o.hidden).map((o) => o.long ?? o.short ?? ''), '--help'];
  } else if (cmd.commands.length > 0 && position === 0) {
    candidates = [...visibleCommands(cmd), ...(cmd === program ? ['help'] : [])];
  } else {
    candidates = argumentValues(cmd, program, position, src);
  }
  if (candidates.includes(FILES)) return [FILES];
  return [...new Set(candidates.filter((c) => c && c.startsWith(cur)))];
}
