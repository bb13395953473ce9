/** `xwgk completion bash|zsh|powershell`: prints the shell's completion script (see cli/complete.ts). */
import * as z from 'zod/mini';
import { SCRIPTS, SHELLS } from './completion-scripts.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

export const completionCommand = defineCommand({
  name: 'completion',
  help: 'cmd.completion',
  arguments: [{ name: '<shell>', help: 'arg.shell', values: SHELLS }],
  schema: lazySchema(() => z.object({ shell: z.enum(SHELLS) })),
  run: (_ctx, opts) => ({ report: SCRIPTS[opts.shell] }),
  print: (ctx, script) => ctx.emit(script),
});
