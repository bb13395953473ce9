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
  /** `keys`: the key help under the list, in the user's language (the library's own is English). */
  select<V>(o: { message: string; choices: Choice<V>[]; default?: V; keys?: string }): Promise<V>;
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

/** The prompt library's own words (key help, yes/no, "choose at least one"), in our language. */
export interface PromptTexts {
  keys: Record<string, string>;
  yes: string;
  no: string;
  answerYesNo: string;
}

let texts: PromptTexts | undefined;

/** Set once per invocation from its language (cli/context.ts), before any prompt is shown. */
export function setPromptTexts(t: PromptTexts | undefined): void {
  texts = t;
}

/** The themes that put `texts` into @inquirer/prompts' select, checkbox and confirm. */
function themes(t: PromptTexts | undefined) {
  if (!t) return { list: {}, confirm: {} };
  const keysHelpTip = (keys: [string, string][]) => keys.map(([k, what]) => `${t.keys[k] ?? k} ${t.keys[what] ?? what}`).join(' • ');
  return {
    list: { theme: { style: { keysHelpTip } } },
    confirm: { theme: { keywords: { yes: t.yes, no: t.no, error: () => t.answerYesNo } } },
  };
}

export function setPromptStreams(s: PromptStreams | undefined): void {
  streams = s;
}

export async function prompter(): Promise<Prompter> {
  const p = await import('@inquirer/prompts');
  const context = () => (streams ? { input: streams.input(), output: streams.output(), clearPromptOnDone: false } : undefined);
  const theme = themes(texts);
  return {
    input: (o) => p.input({ ...o, ...(o.validate ? { validate: o.validate } : {}) }, context()),
    // A menu passes its own key help (`keys`), which replaces the translated navigation hint.
    select: ({ keys, ...o }) =>
      p.select(
        { ...o, pageSize: 20, ...(keys !== undefined ? { theme: { style: { keysHelpTip: () => keys } } } : theme.list) } as never,
        context(),
      ) as never,
    checkbox: (o) => p.checkbox({ ...o, pageSize: 20, ...theme.list } as never, context()) as never,
    confirm: (o) => p.confirm({ ...o, ...theme.confirm } as never, context()),
  };
}
