/** `xwgk init [DIR] --school NAME`: create an archive with its settings, folders and editor schema. */
import { relative, resolve } from 'node:path';
import * as z from 'zod/mini';
import { archiveExists, createArchive } from '../archive/create.js';
import { usageError } from '../model/errors.js';
import { prompter } from './prompter.js';
import { askPublicSettings, withPublicSection } from './init-public.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

const LOCALES = ['zh-CN', 'en'] as const;

export const initCommand = defineCommand({
  name: 'init',
  help: 'cmd.init',
  arguments: [{ name: '[dir]', help: 'arg.dir' }],
  options: [
    { flags: '--school <name>', help: 'opt.school' },
    { flags: '--locale <locale>', help: 'opt.locale', values: LOCALES },
  ],
  schema: lazySchema(() =>
    z.object({ dir: z._default(z.string(), '.'), school: z.optional(z.string()), locale: z.optional(z.enum(LOCALES)) }),
  ),
  async run(ctx, opts) {
    const root = resolve(ctx.io.cwd, opts.dir);
    if (archiveExists(root)) throw usageError('err.init-exists', { dir: root });
    let school: string | undefined = opts.school?.trim();
    if (!school && ctx.io.interactive) {
      school = (
        await (
          await prompter()
        ).input({ message: ctx.t('prompt.school'), validate: (v) => (v.trim() ? true : ctx.t('err.empty', { field: 'school' })) })
      ).trim();
    }
    if (!school) throw usageError('err.required', { field: '--school' });
    // The website's disclosure guide (public:), asked only at a terminal; see init-public.ts.
    const answers = ctx.io.interactive ? await askPublicSettings(ctx, await prompter()) : undefined;
    createArchive(root, {
      school,
      locale: opts.locale ?? ctx.lang,
      now: ctx.io.env.XWGK_NOW,
      env: ctx.io.env,
      edit: (settings) => withPublicSection(settings, answers),
    });
    return { report: { dir: relative(ctx.io.cwd, root) || '.', school } };
  },
  print: (ctx, r) => ctx.out(ctx.t('init.done', r)),
});
