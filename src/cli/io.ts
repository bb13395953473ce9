/** The real process as an `Io` (the value commands work on; see commands/io.ts). */
import type { Io } from '../commands/io.js';

export type { Io };

export function processIo(): Io {
  const env = process.env;
  const interactive = !!process.stdin.isTTY && !!process.stdout.isTTY && !env.CI;
  return {
    argv: process.argv.slice(2),
    env,
    cwd: currentDir(),
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    interactive,
    stdoutColor: !!process.stdout.isTTY && process.stdout.hasColors?.() === true,
    columns: process.stdout.isTTY ? process.stdout.columns || 100 : undefined,
    ...(process.stderr.isTTY && !env.CI ? { progress: process.stderr } : {}),
  };
}

/** The working directory, or '' when it was deleted under us (commands that need it then say so). */
function currentDir(): string {
  try {
    return process.cwd();
  } catch {
    return '';
  }
}
