/**
 * The entry point of the bundle: run the CLI on the real process and set its exit code. (`bin/xwgk.js`
 * answers `--version` itself, before this is loaded.)
 */
import { processIo } from './cli/io.js';
import { run } from './cli/program.js';

export async function main(): Promise<void> {
  process.exitCode = await run(processIo());
}
