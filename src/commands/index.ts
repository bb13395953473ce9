/**
 * The command registry: one entry per command, in the order `--help` lists them. An entry names the
 * command and loads its module only when that command runs (or when help lists them all), so each
 * command is its own chunk in the bundle and start-up loads one of them. A plain `(ctx) => Command`
 * factory is accepted too (loaded eagerly), but prefer `lazy`.
 */
import type { Command } from 'commander';
import type { Ctx } from '../cli/context.js';

export type CommandFactory = (ctx: Ctx) => Command;
export interface LazyCommand {
  name: string;
  aliases?: readonly string[];
  load: () => Promise<CommandFactory>;
}

function lazy(name: string, load: () => Promise<CommandFactory>, aliases: readonly string[] = []): LazyCommand {
  return { name, aliases, load };
}

export const COMMANDS: readonly (LazyCommand | CommandFactory)[] = [
  lazy('init', async () => (await import('./init.js')).initCommand),
  lazy('add', async () => (await import('./add.js')).addCommand),
  lazy('list', async () => (await import('./list.js')).listCommand),
  lazy('show', async () => (await import('./show.js')).showCommand),
  lazy('check', async () => (await import('./check.js')).checkCommand),
  lazy('catalog', async () => (await import('./catalog.js')).catalogCommand),
  lazy('terms', async () => (await import('./terms.js')).termsCommand),
  lazy('schema', async () => (await import('./schema.js')).schemaCommand),
];

/**
 * The factories needed to run `argv`: only the named command's when the first word names one, else
 * all of them (for help, suggestions after a typo, and `help CMD`).
 */
export async function commandsFor(argv: readonly string[], optionsWithValue: ReadonlySet<string>): Promise<CommandFactory[]> {
  const word = commandWord(argv, optionsWithValue);
  const named = COMMANDS.find((c) => typeof c !== 'function' && (c.name === word || c.aliases?.includes(word ?? '')));
  const wanted = named ? COMMANDS.filter((c) => c === named || typeof c === 'function') : COMMANDS;
  return Promise.all(wanted.map((c) => (typeof c === 'function' ? c : c.load())));
}

function commandWord(argv: readonly string[], optionsWithValue: ReadonlySet<string>): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return argv[i + 1];
    if (!a.startsWith('-')) return a;
    if (optionsWithValue.has(a)) i++;
  }
  return undefined;
}
