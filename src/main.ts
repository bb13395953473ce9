/**
 * The entry point of the bundle: run the CLI on the real process and set its exit code.
 * `--version` is answered here, before commander, zod and yaml are even loaded (the start-up target of
 * the performance issue); everything else loads the program as a separate chunk. The version is read
 * from the build's define rather than imported, so this file has no chunk of its own to load first.
 */
declare const __XWGK_VERSION__: string | undefined;

export async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    process.stdout.write(`${typeof __XWGK_VERSION__ === 'string' ? __XWGK_VERSION__ : '0.0.0-dev'}\n`);
    return;
  }
  const [{ processIo }, { run }] = await Promise.all([import('./cli/io.js'), import('./cli/program.js')]);
  process.exitCode = await run(processIo());
}
