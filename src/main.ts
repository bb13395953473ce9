/**
 * The entry point of the bundle: run the CLI on the real process and set its exit code. (`bin/xwgk.js`
 * answers `--version` itself, before this is loaded.)
 */
import { processIo } from './cli/io.js';
import { run } from './cli/program.js';

export async function main(): Promise<void> {
  // A reader that stops early (`| head -1`) closes the pipe: that is the reader's choice, not an
  // error — stop quietly, with the code so far, instead of a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
  process.exitCode = await run(processIo());
}
