/** `xwgk completion bash|zsh|powershell`: prints the shell's completion script (see cli/complete.ts). */
import { Argument, Command } from 'commander';
import type { Ctx } from './context.js';
import { SCRIPTS, SHELLS } from './completion-scripts.js';

export function completionCommand(ctx: Ctx): Command {
  return new Command('completion')
    .description(ctx.t('cmd.completion'))
    .addArgument(new Argument('<shell>', ctx.t('arg.shell')).choices([...SHELLS]))
    .action((shell: (typeof SHELLS)[number]) => {
      ctx.emit(SCRIPTS[shell]);
    });
}
