/**
 * The command-line program: global options, the command registry, localized help, and the one place
 * where failures become text on stderr and an exit code.
 */
import { Command, CommanderError } from 'commander';
import { localizeCommand, localizedHelp } from './commander-i18n.js';
import { buildCommands } from '../commands/index.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { fsFailure, isFsError } from '../archive/fs-guard.js';
import type { MessageKey } from '../i18n/index.js';
import { decideColor } from './color.js';
import { Ctx, type GlobalOptions } from '../commands/context.js';
import type { Io } from './io.js';
import { VERSION } from './version.js';
import { COMPLETE_COMMAND, completeWords } from './complete.js';
import { completionSources } from './completion-sources.js';
import { setCommandRunner } from '../commands/menu-runner.js';

/** Reads the global options before commander runs, since help texts need the language first. */
export function prescanGlobals(argv: readonly string[]): GlobalOptions {
  const g: GlobalOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--archive') g.archive = value();
    else if (flag === '--lang') g.lang = value();
    else if (flag === '--no-color') g.color = false;
    else if (flag === '-q' || flag === '--quiet') g.quiet = true;
  }
  return g;
}

export function buildProgram(ctx: Ctx, commands: readonly Command[]): Command {
  const program = new Command('xwgk');
  const configure = (cmd: Command) => {
    cmd.exitOverride();
    cmd.configureOutput({ writeOut: (s) => ctx.io.stdout(s), writeErr: (s) => ctx.io.stderr(s), outputError: () => {} });
    cmd.helpOption('-h, --help', ctx.t('opt.help'));
    cmd.configureHelp(localizedHelp(ctx, Math.min(ctx.io.columns ?? 100, 100)));
    localizeCommand(cmd, ctx);
  };
  configure(program);
  program
    .description(ctx.t('cli.description'))
    .version(VERSION, '-V, --version', ctx.t('opt.version'))
    .option('--archive <dir>', ctx.t('opt.archive'))
    .option('--lang <lang>', ctx.t('opt.lang'))
    .option('--no-color', ctx.t('opt.no-color'))
    .option('-q, --quiet', ctx.t('opt.quiet'))
    .helpCommand('help [command]', ctx.t('cli.help-command'))
    .showSuggestionAfterError(true);
  for (const cmd of commands) {
    configure(cmd);
    for (const sub of cmd.commands) configure(sub);
    program.addCommand(cmd);
  }
  return program;
}

/** Runs the CLI; returns the exit code. Never throws. */
export async function run(io: Io): Promise<number> {
  const globals = prescanGlobals(io.argv);
  // `xwgk menu` runs the commands it offers through this very function.
  setCommandRunner((o) => run({ ...io, argv: o.argv, cwd: o.cwd }));
  const output = { color: decideColor(globals.color, io.env, io.stdoutColor) };
  let ctx: Ctx | undefined;
  try {
    ctx = new Ctx(io, globals, output);
    const program = buildProgram(ctx, buildCommands(ctx));
    if (io.argv.length === 0) {
      io.stdout(program.helpInformation());
      return EXIT.ok;
    }
    if (io.argv[0] === COMPLETE_COMMAND) {
      // The hidden half of shell completion: never fails, never prints errors (they would land in the prompt).
      const words = io.argv.slice(1).map((w, i, all) => (i === all.length - 1 && w.startsWith(':') ? w.slice(1) : w));
      io.stdout(completeWords(program, words.length ? words : [''], completionSources(ctx)).join('\n') + '\n');
      return EXIT.ok;
    }
    await program.parseAsync(io.argv, { from: 'user' });
    return ctx.exitCode;
  } catch (e) {
    const c = ctx ?? new Ctx(io, { ...globals, archive: undefined }, output);
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      io.stderr(c.errorText(commanderMessage(e)));
      return EXIT.usage;
    }
    if (e instanceof XwgkError) {
      io.stderr(c.errorText(e));
      return e.exitCode;
    }
    // Ctrl-C or end of input at a prompt: the user's choice, not a bug. Prompts run before any write.
    if (isPromptCancel(e)) {
      io.stderr(`\n${c.t('add.cancelled')}\n`);
      return EXIT.cancelled;
    }
    if (isFsError(e)) {
      // A disk that refused (full, read-only, no permission) is the user's to fix, not a bug.
      if (io.env.XWGK_DEBUG === '1') io.stderr(`${e.stack ?? String(e)}\n`);
      const f = fsFailure(e, e.path ?? '');
      io.stderr(c.errorText(f));
      return f.exitCode;
    }
    if (io.env.XWGK_DEBUG === '1') io.stderr(`${(e as Error).stack ?? String(e)}\n`);
    io.stderr(
      c.errorText(
        new XwgkError(EXIT.usage, { key: 'err.internal', params: { detail: (e as Error)?.message ?? String(e) } }, { key: 'hint.debug' }),
      ),
    );
    return EXIT.usage;
  }
}

/** The errors @inquirer/prompts throws when the user presses Ctrl-C or the input ends (by name: the module loads lazily). */
function isPromptCancel(e: unknown): boolean {
  const name = (e as Error | undefined)?.name;
  return name === 'ExitPromptError' || name === 'AbortPromptError' || name === 'CancelPromptError';
}

/**
 * A commander error that none of our replaced methods (cli/commander-i18n.ts) turned into our own: by its
 * `code` alone. Its English text is shown as the detail, never parsed.
 */
function commanderMessage(e: CommanderError): XwgkError {
  const keyFor: Record<string, MessageKey> = {
    'commander.excessArguments': 'err.cli.excess-arguments',
    'commander.invalidArgument': 'err.cli.invalid-argument',
  };
  return new XwgkError(
    EXIT.usage,
    { key: keyFor[e.code] ?? 'err.cli.other', params: { detail: e.message.replace(/^error: /, '') } },
    { key: 'hint.help' },
  );
}
