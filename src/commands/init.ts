/** `xwgk init [DIR] --school NAME`: create an archive with its settings, folders and editor schema. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Command, Option } from 'commander';
import type { Ctx } from './context.js';
import { createFileExclusive, replaceFile } from '../archive/atomic.js';
import { CONFIG_FILE } from '../archive/discover.js';
import { SCHEMA_FILE } from '../archive/serialize.js';
import { makeCatalog } from '../model/catalog.js';
import { defaultCatalogData } from '../model/default-catalog.js';
import { usageError } from '../model/errors.js';
import { recordJsonSchema } from '../model/json-schema.js';
import { templatePath } from '../model/package-paths.js';
import { yaml } from '../model/yaml-lib.js';
import { prompter } from './prompter.js';

export function initCommand(ctx: Ctx): Command {
  return new Command('init')
    .description(ctx.t('cmd.init'))
    .argument('[dir]', ctx.t('arg.dir'), '.')
    .option('--school <name>', ctx.t('opt.school'))
    .addOption(new Option('--locale <locale>', ctx.t('opt.locale')).choices(['zh-CN', 'en']))
    .action(async (dir: string, opts) => {
      const root = resolve(ctx.io.cwd, dir);
      if (existsSync(join(root, CONFIG_FILE))) throw usageError('err.init-exists', { dir: root });
      let school: string | undefined = opts.school?.trim();
      if (!school && ctx.io.interactive) {
        school = (await (await prompter()).input({ message: ctx.t('prompt.school'), validate: (v) => (v.trim() ? true : ctx.t('err.empty', { field: 'school' })) })).trim();
      }
      if (!school) throw usageError('err.required', { field: '--school' });
      const locale: string = opts.locale ?? ctx.lang;
      mkdirSync(join(root, 'records'), { recursive: true });
      mkdirSync(join(root, 'attachments'), { recursive: true });
      const settings = readFileSync(templatePath('xwgk.yaml'), 'utf8')
        .replace(/^school: SCHOOL$/m, `school: ${yaml().stringify(school).trim()}`)
        .replace(/^locale: LOCALE$/m, `locale: ${locale}`);
      if (!createFileExclusive(join(root, CONFIG_FILE), settings)) throw usageError('err.init-exists', { dir: root });
      replaceFile(join(root, SCHEMA_FILE), JSON.stringify(recordJsonSchema(makeCatalog(defaultCatalogData())), null, 2) + '\n');
      const vscode = join(root, '.vscode', 'settings.json');
      if (!existsSync(vscode)) {
        replaceFile(vscode, JSON.stringify({ 'yaml.schemas': { [`./${SCHEMA_FILE}`]: 'records/**/*.yaml' } }, null, 2) + '\n');
      }
      if (!existsSync(join(root, '.gitignore'))) replaceFile(join(root, '.gitignore'), '.xwgk-cache/\n.xwgk.lock\n*.tmp\n');
      ctx.out(ctx.t('init.done', { dir: relative(ctx.io.cwd, root) || '.', school }));
    });
}
