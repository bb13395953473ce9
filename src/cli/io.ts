/** The process edge as a value, so tests can run the CLI in-process with their own streams. */
export interface Io {
  argv: string[];
  env: NodeJS.ProcessEnv;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when both stdin and stdout are terminals (and not CI): the only time we prompt. */
  interactive: boolean;
  /** True when stdout is a terminal that shows colour. */
  stdoutColor: boolean;
  /** Terminal width, for tables; undefined when stdout is not a terminal (no wrapping then). */
  columns: number | undefined;
  /** True when stderr is a terminal (and not CI): long commands draw a progress bar there. */
  progress?: boolean;
}

export function processIo(): Io {
  const env = process.env;
  const interactive = !!process.stdin.isTTY && !!process.stdout.isTTY && !env.CI;
  return {
    argv: process.argv.slice(2),
    env,
    cwd: process.cwd(),
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    interactive,
    stdoutColor: !!process.stdout.isTTY && process.stdout.hasColors?.() === true,
    columns: process.stdout.isTTY ? process.stdout.columns || 100 : undefined,
    progress: !!process.stderr.isTTY && !env.CI,
  };
}
