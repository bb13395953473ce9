/**
 * `xwgk menu`: a home screen for people who never type commands. It runs the ordinary commands (each
 * with its own prompts) on one archive and comes back after each: 登记一条公开、本学期情况、检查档案、
 * 生成学期总结、导出台账、核验档案、依申请公开（登记、答复、登记簿）、生成年度报告、退出. Without an archive it offers to create one (or to open the
 * sample archive shipped beside the executable). Documents land in the folder that holds the archive.
 * Terminal only: without one it is a usage error (exit 2), since there is nobody to answer.
 */
import { dirname, join } from 'node:path';
import * as z from 'zod/mini';
import { archiveExists } from '../archive/create.js';
import { findArchive } from '../archive/discover.js';
import { loadSettings } from '../archive/settings.js';
import { EXIT, usageError } from '../model/errors.js';
import { lazySchema } from '../model/lazy-schema.js';
import { IN_SEA } from '../model/package-paths.js';
import type { Ctx } from './context.js';
import { requestMenuArgv } from './menu-requests.js';
import { commandRunner } from './menu-runner.js';
import { prompter } from './prompter.js';
import { defineCommand } from './shape.js';

/** The folder the archive and the sample live in when none is given: beside the executable, else here. */
export const ARCHIVE_FOLDER = '档案';
export const SAMPLE_FOLDER = '示例档案';
/** The double-click script in the Windows zip (packaging/). */
export const MENU_SCRIPT = 'xwgk-菜单.cmd';

type Item = 'add' | 'status' | 'check' | 'summary' | 'audit' | 'verify' | 'request' | 'report' | 'quit';
// New items go before 退出, so the places clerks (and the scripts of test/dist/) know stay where they were.
const ITEMS: readonly Item[] = ['add', 'status', 'check', 'summary', 'audit', 'verify', 'request', 'report', 'quit'];

/** The command line each item runs; documents are written beside the archive folder. */
function argvFor(item: Exclude<Item, 'quit' | 'request'>, root: string): string[] {
  if (item === 'summary') return ['summary', '--format', 'docx'];
  // The annual report of the year before today's (the one due by January 31), as `report` picks it.
  if (item === 'report') return ['report', '--format', 'docx'];
  if (item === 'audit') return ['audit', '--format', 'xlsx', '--out', join(dirname(root), '台账.xlsx')];
  return [item];
}

function isCancel(e: unknown): boolean {
  return (e as Error)?.name === 'ExitPromptError' || (e as Error)?.name === 'AbortPromptError';
}

export const menuCommand = defineCommand({
  name: 'menu',
  help: 'cmd.menu',
  schema: lazySchema(() => z.object({})),
  async run(ctx) {
    if (!ctx.io.interactive)
      throw usageError('err.menu.no-terminal', undefined, { key: 'hint.menu.no-terminal', params: { script: MENU_SCRIPT } });
    try {
      return { report: {}, exitCode: await runMenu(ctx) };
    } catch (e) {
      if (!isCancel(e)) throw e;
      ctx.out(ctx.t('menu.bye'));
      return { report: {}, exitCode: 130 };
    }
  },
});

/** The menu's loop; its exit code is 0 when the clerk quits, or that of an `init` that failed. */
async function runMenu(ctx: Ctx): Promise<number> {
  const p = await prompter();
  const run = commandRunner();
  const globals = [...(ctx.global.lang ? ['--lang', ctx.global.lang] : []), ...(ctx.global.color === false ? ['--no-color'] : [])];
  const chosen = await chooseArchive(ctx, globals);
  if (typeof chosen === 'number') return chosen;
  const root = chosen;
  for (;;) {
    let school = '';
    try {
      school = loadSettings(root).config.school;
    } catch {
      // A broken xwgk.yaml: the commands themselves say what is wrong with it.
    }
    ctx.out(`\n${ctx.t('menu.title', { school })}\n${ctx.t('menu.archive', { dir: root })}`);
    const item = await p.select<Item>({
      message: ctx.t('menu.question'),
      choices: ITEMS.map((i) => ({ value: i, name: ctx.t(`menu.${i}` as const) })),
      keys: ctx.t('menu.keys'),
    });
    if (item === 'quit') {
      ctx.out(ctx.t('menu.bye'));
      return EXIT.ok;
    }
    const argv = item === 'request' ? await requestMenuArgv(ctx, p, root) : argvFor(item, root);
    if (!argv) continue;
    const code = await run({ argv: ['--archive', root, ...globals, ...argv], cwd: dirname(root) });
    ctx.out(code === EXIT.ok ? ctx.t('menu.done') : code === EXIT.findings ? ctx.t('menu.problems') : ctx.t('menu.failed', { code }));
    await p.input({ message: ctx.t('menu.back') });
  }
}

/**
 * The archive to work on: the one found as every command finds it, else `档案` beside us (created on
 * request); or an exit code when the clerk quits (0) or creating it failed.
 */
async function chooseArchive(ctx: Ctx, globals: string[]): Promise<string | number> {
  try {
    return findArchive({ archive: ctx.global.archive, env: ctx.io.env, cwd: ctx.io.cwd });
  } catch (e) {
    if (ctx.global.archive || ctx.io.env.XWGK_ARCHIVE) throw e;
  }
  const base = IN_SEA ? dirname(process.execPath) : ctx.io.cwd;
  const root = join(base, ARCHIVE_FOLDER);
  if (archiveExists(root)) return root;
  const sample = join(base, SAMPLE_FOLDER);
  const hasSample = archiveExists(sample);
  const p = await prompter();
  ctx.out(ctx.t('menu.no-archive', { dir: root }));
  const choices = [
    { value: 'create', name: ctx.t('menu.create') },
    ...(hasSample ? [{ value: 'sample', name: ctx.t('menu.sample', { dir: SAMPLE_FOLDER }) }] : []),
    { value: 'quit', name: ctx.t('menu.quit') },
  ];
  const choice = await p.select<string>({ message: ctx.t('menu.question'), choices, keys: ctx.t('menu.keys') });
  if (choice === 'quit') return EXIT.ok;
  if (choice === 'sample') return sample;
  const school = (
    await p.input({
      message: ctx.t('menu.school'),
      validate: (v) => (v.trim() ? true : ctx.t('err.empty', { field: ctx.t('menu.school') })),
    })
  ).trim();
  const code = await commandRunner()({ argv: [...globals, 'init', root, '--school', school], cwd: base });
  return code === EXIT.ok ? root : code;
}
