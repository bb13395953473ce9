/**
 * Terminals for tests of the prompts, answered one way: wait until a text appears on the screen after
 * what was already answered, then type keys.
 * - `ptySession`: a real pseudo-terminal. The program runs under util-linux's `script` (on every Debian,
 *   in the essential bsdutils package), so its stdin and stdout are a terminal and it prompts as it would
 *   for a clerk. A missing `script` fails the test (no skipping).
 * - `runInteractive`: the CLI in-process, its prompts on a key stream and a screen (no process, quicker).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', backspace: '\x7f', ctrlC: '\x03', ctrlD: '\x04' } as const;

/** Waits until `text` appears on the screen after what was already answered, then types `keys`. */
export type Answer = (text: string, keys: string) => Promise<void>;

/** The one way of answering a prompt, over any screen; `ended` stops the wait early, `giveUp` runs before the error. */
function answerer(
  screen: () => string,
  type: (keys: string) => void,
  opts: { limitMs: number; ended?: () => boolean; giveUp?: () => void },
): Answer {
  let seen = 0;
  return async (text, keys) => {
    const start = Date.now();
    while (Date.now() - start < opts.limitMs) {
      const at = screen().indexOf(text, seen);
      if (at >= 0) {
        seen = at + text.length;
        type(keys);
        return;
      }
      if (opts.ended?.()) break;
      await new Promise((r) => setTimeout(r, 10));
    }
    opts.giveUp?.();
    throw new Error(`"${text}" never appeared; the screen shows:\n${screen().slice(-1500)}`);
  };
}

/** `script` found on the test's own PATH, so the program itself may run with an empty one. */
function scriptProgram(): string {
  const dirs = (process.env.PATH ?? '/usr/bin:/bin').split(delimiter);
  return dirs.map((d) => join(d, 'script')).find((f) => existsSync(f)) ?? 'script';
}

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

export interface PtySession {
  answer: Answer;
  /** Waits for the program to end; its exit code and everything the screen showed, without escapes. */
  done(): Promise<{ code: number | null; screen: string }>;
  screen(): string;
}

/** Runs `command` in a pseudo-terminal, outside CI (the CLI prompts only in a terminal outside CI). */
export function ptySession(command: string[], opts: { cwd: string; env?: Record<string, string>; timeoutMs?: number }): PtySession {
  const child = spawn(scriptProgram(), ['-qfec', command.map(quote).join(' '), '/dev/null'], {
    cwd: opts.cwd,
    env: { ...process.env, TERM: 'xterm', NO_COLOR: '1', CI: '', ...opts.env },
  });
  let raw = '';
  child.stdout.on('data', (d: Buffer) => (raw += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (raw += d.toString('utf8')));
  const exited = new Promise<number | null>((resolve, reject) => {
    child.on('error', (e) => reject(new Error(`cannot start \`script\` (util-linux) for a pseudo-terminal: ${e.message}`)));
    child.on('exit', (code) => resolve(code));
  });
  // Reported by done(); a test that fails earlier (in answer) must not also leave an unhandled rejection.
  exited.catch(() => {});
  const screen = () => stripVTControlCharacters(raw);
  const limitMs = opts.timeoutMs ?? 20_000;
  const type = (keys: string) => void child.stdin.write(keys);
  return {
    screen,
    answer: answerer(screen, type, { limitMs, ended: () => child.exitCode !== null, giveUp: () => child.kill() }),
    async done() {
      const timer = setTimeout(() => child.kill(), limitMs);
      const code = await exited;
      clearTimeout(timer);
      return { code, screen: screen() };
    },
  };
}

/**
 * Runs the CLI in-process with its prompts on a terminal of streams while `script` types the answers;
 * the prompt streams are put back afterwards.
 */
export async function runInteractive(args: string[], script: (t: { answer: Answer; screen: () => string }) => Promise<void>) {
  const [{ run }, { setPromptStreams }] = await Promise.all([import('../../src/cli/program.js'), import('../../src/commands/prompter.js')]);
  // Each prompt gets a fresh key stream, as each gets a fresh readline on a real terminal.
  let input = new PassThrough();
  const nextInput = () => (input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => {} }));
  let screen = '';
  const output = () =>
    new Writable({
      write(chunk, _enc, done) {
        screen += stripVTControlCharacters(String(chunk));
        done();
      },
    });
  const t = {
    answer: answerer(
      () => screen,
      (keys) => void input.write(keys),
      { limitMs: 10_000 },
    ),
    screen: () => screen,
  };
  setPromptStreams({ input: nextInput, output });
  let stdout = '',
    stderr = '';
  try {
    const done = run({
      argv: args,
      env: { NO_COLOR: '1' },
      cwd: process.cwd(),
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      interactive: true,
      stdoutColor: false,
      columns: 100,
    });
    await script(t);
    const code = await done;
    return { code, stdout, stderr, screen };
  } finally {
    setPromptStreams(undefined);
  }
}
