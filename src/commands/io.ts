/**
 * The process edge as a value, so tests can run the CLI in-process with their own streams. The command
 * layer works on it; `cli/io.ts` makes the real one from `process`.
 */
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
  /** The terminal a progress bar may be drawn on (stderr, when it is one and not CI); none otherwise. */
  progress?: NodeJS.WritableStream;
}
