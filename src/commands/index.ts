/**
 * The command registry: one entry per command, in the order `--help` lists them.
 *
 * An entry is a factory `(ctx) => Command`, loaded with the program, or `lazy(name, load)`, whose
 * module loads only when that command runs (or when help lists them all). Measured on this project
 * (bench/, docs/performance.md), every extra chunk costs a few milliseconds of start-up, more than a
 * small command's code does: so commands are plain factories, heavy libraries are loaded with
 * `await import()` inside the command that uses them, and `lazy` is for a command whose own module is
 * heavy.
 */
import type { Command } from 'commander';
import type { Ctx } from './context.js';
import { initCommand } from './init.js';
import { addCommand } from './add.js';
import { listCommand } from './list.js';
import { showCommand } from './show.js';
import { amendCommand } from './amend.js';
import { withdrawCommand } from './withdraw.js';
import { verifyCommand } from './verify.js';
import { sealCommand } from './seal.js';
import { checkCommand } from './check.js';
import { statusCommand } from './status.js';
import { auditCommand } from './audit.js';
import { feedbackCommand } from './feedback.js';
import { catalogCommand } from './catalog.js';
import { termsCommand } from './terms.js';
import { schemaCommand } from './schema.js';
import { importCommand } from './import.js';
import { exportCommand } from './export.js';
import { completionCommand } from './completion.js';
import { summaryCommand } from './summary.js';

export type CommandFactory = (ctx: Ctx) => Command;
export interface LazyCommand {
  name: string;
  aliases?: readonly string[];
  load: () => Promise<CommandFactory>;
}

/** A command whose module loads only when it runs: `lazy('summary', async () => (await import('./summary.js')).summaryCommand)`. */
export function lazy(name: string, load: () => Promise<CommandFactory>, aliases: readonly string[] = []): LazyCommand {
  return { name, aliases, load };
}

export const COMMANDS: readonly (CommandFactory | LazyCommand)[] = [
  initCommand,
  addCommand,
  listCommand,
  showCommand,
  amendCommand,
  withdrawCommand,
  feedbackCommand,
  checkCommand,
  statusCommand,
  auditCommand,
  verifyCommand,
  sealCommand,
  summaryCommand,
  catalogCommand,
  termsCommand,
  schemaCommand,
  importCommand,
  exportCommand,
  completionCommand,
];

/**
 * The commands needed to run `argv`, built, in registry order: the eager ones, plus — only when the
 * first word is not one of them — the lazy one it names, or all lazy ones (for help, `help CMD` and
 * suggestions after a typo).
 */
export async function commandsFor(ctx: Ctx, argv: readonly string[], optionsWithValue: ReadonlySet<string>): Promise<Command[]> {
  const built = COMMANDS.map((c) => (typeof c === 'function' ? c(ctx) : undefined));
  const word = commandWord(argv, optionsWithValue);
  const isEager = word !== undefined && built.some((c) => c && (c.name() === word || c.aliases().includes(word)));
  if (!isEager) {
    const named = COMMANDS.find((c) => typeof c !== 'function' && (c.name === word || c.aliases?.includes(word ?? '')));
    await Promise.all(COMMANDS.map(async (c, i) => {
      if (typeof c !== 'function' && (!named || c === named)) built[i] = (await c.load())(ctx);
    }));
  }
  return built.filter((c): c is Command => c !== undefined);
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
