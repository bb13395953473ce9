/**
 * The prompts, behind a small wrapper: @inquirer/prompts is loaded only when a command really asks
 * something (it is the heaviest module we have), and tests can hand in their own input and output
 * streams to drive the real prompts.
 */
import type { Readable, Writable } from 'node:stream';

export interface Choice<V> {
  value: V;
  name: string;
  checked?: boolean;
}

export interface Prompter {
  input(o: { message: string; default?: string; validate?: (v: string) => true | string }): Promise<string>;
  select<V>(o: { message: string; choices: Choice<V>[]; default?: V }): Promise<V>;
  checkbox<V>(o: { message: string; choices: Choice<V>[]; validate?: (v: readonly V[]) => true | string }): Promise<V[]>;
  confirm(o: { message: string; default?: boolean }): Promise<boolean>;
}

/**
 * For tests: where the real prompts read keys and draw the screen. Factories, because a prompt ends
 * the streams it is given when it closes (as it pipes into them), so each prompt needs fresh ones.
 */
export interface PromptStreams {
  input: () => Readable;
  output: () => Writable;
}

let streams: PromptStreams | undefined;

export function setPromptStreams(s: PromptStreams | undefined): void {
  streams = s;
}

export async function prompter(): Promise<Prompter> {
  const p = await import('@inquirer/prompts');
  const context = () => (streams ? { input: streams.input(), output: streams.output(), clearPromptOnDone: false } : undefined);
  return {
    input: (o) => p.input({ ...o, ...(o.validate ? { validate: o.validate } : {}) }, context()),
    select: (o) => p.select({ ...o, pageSize: 20 } as never, context()) as never,
    checkbox: (o) => p.checkbox({ ...o, pageSize: 20 } as never, context()) as never,
    confirm: (o) => p.confirm(o, context()),
  };
}
