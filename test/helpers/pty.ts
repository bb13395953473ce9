/**
 * A real pseudo-terminal for tests: the program runs under util-linux's `script` (on every Debian, in
 * the essential bsdutils package), so its stdin and stdout are a terminal and it prompts as it would for
 * a clerk; the test types keys and reads the screen. A missing `script` fails the test (no skipping).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', ctrlC: '\x03' } as const;

/** `script` found on the test's own PATH, so the program itself may run with an empty one. */
function scriptProgram(): string {
  const dirs = (process.env.PATH ?? '/usr/bin:/bin').split(delimiter);
  return dirs.map((d) => join(d, 'script')).find((f) => existsSync(f)) ?? 'script';
}

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

export interface PtySession {
  /** Waits until `text` appears on the screen after what was already answered, then types `keys`. */
  answer(text: string, keys: string): Promise<void>;
  /** Waits for the program to end; its exit code and everything the screen showed, without escapes. */
  done(): Promise<{ code: number | null; screen: string }>;
  screen(): string;
}

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
  let seen = 0;
  const limit = opts.timeoutMs ?? 20_000;
  return {
    screen,
    async answer(text, keys) {
      const start = Date.now();
      while (Date.now() - start < limit) {
        const at = screen().indexOf(text, seen);
        if (at >= 0) {
          seen = at + text.length;
          child.stdin.write(keys);
          return;
        }
        if (child.exitCode !== null) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      child.kill();
      throw new Error(`"${text}" never appeared; the screen shows:\n${screen().slice(-1500)}`);
    },
    async done() {
      const timer = setTimeout(() => child.kill(), limit);
      const code = await exited;
      clearTimeout(timer);
      return { code, screen: screen() };
    },
  };
}
