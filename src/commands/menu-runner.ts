/**
 * How `xwgk menu` runs the other commands: through the CLI's own `run` (src/cli/program.ts), which puts
 * itself here at start, so that a command run from the menu behaves exactly as typed — and the command
 * layer never imports the CLI layer.
 */
export type CommandRunner = (o: { argv: string[]; cwd: string }) => Promise<number>;

let runner: CommandRunner | undefined;

export function setCommandRunner(r: CommandRunner): void {
  runner = r;
}

export function commandRunner(): CommandRunner {
  if (!runner) throw new Error('xwgk: the menu has no command runner (src/cli/program.ts sets it)');
  return runner;
}
