/** A terminal for the real prompts: keystrokes in, screen out, and the CLI run in-process as if at it. */
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { run } from '../../src/cli/program.js';
import { setPromptStreams } from '../../src/commands/prompter.js';

export const ENTER = '\r';
export const BACKSPACE = '\x7f';
export const DOWN = '\x1b[B';

export function terminal() {
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
  let seen = 0;
  /** Waits until `text` appears on the screen after what was already answered, then types `keys`. */
  const answer = async (text: string, keys: string) => {
    for (let i = 0; i < 400; i++) {
      const at = screen.indexOf(text, seen);
      if (at >= 0) {
        seen = at + text.length;
        input.write(keys);
        return;
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`the prompt "${text}" never appeared; the screen shows:\n${screen.slice(-800)}`);
  };
  return { input: nextInput, output, answer, screen: () => screen };
}

/** Runs the CLI with prompts on the terminal while `script` types the answers. Call setPromptStreams(undefined) after. */
export async function runInteractive(args: string[], script: (t: ReturnType<typeof terminal>) => Promise<void>) {
  const t = terminal();
  setPromptStreams({ input: t.input, output: t.output });
  let stdout = '',
    stderr = '';
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
  return { code, stdout, stderr, screen: t.screen() };
}
