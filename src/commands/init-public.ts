/**
 * What `xwgk init` asks, in a terminal, for the website's 信息公开指南 (the `public:` section of
 * `xwgk.yaml`, used by `xwgk site`): office, address, hours, phone, e-mail and whether parents'
 * records go on the site. Every answer may be left empty; without a terminal nothing is asked and the
 * settings keep the commented example.
 */
import type { Ctx } from './context.js';
import type { Prompter } from './prompter.js';
import { yaml } from '../model/yaml-lib.js';

export const PUBLIC_FIELDS = ['office', 'address', 'hours', 'phone', 'email'] as const;
export type PublicAnswers = Partial<Record<(typeof PUBLIC_FIELDS)[number], string>> & { parents?: boolean };

export async function askPublicSettings(ctx: Ctx, p: Prompter): Promise<PublicAnswers | undefined> {
  if (!(await p.confirm({ message: ctx.t('prompt.public'), default: true }))) return undefined;
  const answers: PublicAnswers = {};
  for (const field of PUBLIC_FIELDS) {
    const v = (await p.input({ message: ctx.t(`prompt.public-${field}`) })).trim();
    if (v) answers[field] = v;
  }
  answers.parents = await p.confirm({ message: ctx.t('prompt.public-parents'), default: false });
  return answers;
}

/** The settings text with the commented `public:` example replaced by the answers. */
export function withPublicSection(settings: string, answers: PublicAnswers | undefined): string {
  if (!answers) return settings;
  const lines = ['public:'];
  for (const field of PUBLIC_FIELDS) if (answers[field]) lines.push(`  ${field}: ${yaml().stringify(answers[field]).trim()}`);
  lines.push(`  audiences: [${answers.parents ? 'public, parents' : 'public'}]`);
  const example = /^# public:\n(#   .*\n)+/m;
  return example.test(settings) ? settings.replace(example, `${lines.join('\n')}\n`) : `${settings.trimEnd()}\n${lines.join('\n')}\n`;
}
