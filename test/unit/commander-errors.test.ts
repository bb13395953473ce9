/**
 * Usage errors in the user's language from commander's structured information (its methods, Option and
 * Command objects), never from its English text: unknown option or command with the nearest known one,
 * missing argument, missing option value, invalid choice, too many arguments — exact, in Chinese.
 * And the commander methods replaced for this must still exist, so an upgrade that renames one fails here.
 */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { LOCALIZED_METHODS } from '../../src/cli/commander-i18n.js';
import { cli, REPO, tempDir } from '../helpers/archive.js';
import { join } from 'node:path';

const SAMPLE = join(REPO, 'archive');
const zh = (...args: string[]) => cli(['--lang', 'zh-CN', '--archive', SAMPLE, ...args], { cwd: tempDir() });

describe('usage errors in Chinese', () => {
  it.each([
    ['an unknown option, with the nearest', ['list', '--frmat', 'json'], '错误：未知选项 --frmat\n提示：是否想写 --format？\n'],
    ['an unknown global option, with the nearest', ['--lnag', 'en', 'list'], '错误：未知选项 --lnag\n提示：是否想写 --lang？\n'],
    ['an unknown option, nothing near', ['list', '--zzzzzz'], '错误：未知选项 --zzzzzz\n提示：用 xwgk list --help 查看这个命令的选项\n'],
    ['an unknown short option', ['-x', 'list'], '错误：未知选项 -x\n提示：用 xwgk --help 或 xwgk 命令 --help 查看用法\n'],
    ['an unknown command', ['lst'], '错误：未知命令 lst\n提示：是否想写 list？\n'],
    ['an unknown subcommand', ['request', 'lst'], '错误：未知命令 lst\n提示：是否想写 list？\n'],
    ['a missing argument', ['show'], '错误：缺少参数 <id>（记录编号，如 20250901-001）\n提示：用 xwgk show --help 查看这个命令的选项\n'],
    [
      'a missing argument of a subcommand',
      ['feedback', 'respond', '20250901-001'],
      '错误：缺少参数 <n>（意见序号，从 1 开始（xwgk show 编号 可查看））\n提示：用 xwgk feedback respond --help 查看这个命令的选项\n',
    ],
    ['an option without its value', ['list', '--format'], '错误：选项 --format 需要一个值\n提示：用 xwgk list --help 查看这个命令的选项\n'],
    [
      'a global option without its value',
      ['list', '--lang'],
      '错误：选项 --lang 需要一个值\n提示：用 xwgk --help 或 xwgk 命令 --help 查看用法\n',
    ],
    [
      'an invalid choice of an argument',
      ['completion', 'fish'],
      '错误：<shell> 的值“fish”无效。可用：bash, zsh, powershell\n提示：用 xwgk completion --help 查看这个命令的选项\n',
    ],
    [
      'an invalid choice of an option',
      ['init', 'x', '--school', '测试小学', '--locale', 'fr'],
      '错误：--locale 的值“fr”无效。可用：zh-CN, en\n提示：用 xwgk init --help 查看这个命令的选项\n',
    ],
    [
      'too many arguments',
      ['show', 'a', 'b'],
      '错误：参数过多：xwgk show 需要 1 个参数，给了 2 个\n提示：用 xwgk show --help 查看这个命令的选项\n',
    ],
  ])('%s', async (_name, args, stderr) => {
    const r = await zh(...args);
    expect(r).toMatchObject({ code: 2, stdout: '', stderr });
  });

  it('in English too, from the same information', async () => {
    expect((await cli(['--lang', 'en', 'list', '--frmat', 'json'], { cwd: tempDir() })).stderr).toBe(
      'error: unknown option --frmat\nhint: did you mean --format?\n',
    );
    expect((await cli(['--lang', 'en', 'show'], { cwd: tempDir() })).stderr).toBe(
      'error: missing argument <id> (record id, e.g. 20250901-001)\nhint: see xwgk show --help for its options\n',
    );
  });
});

describe('the commander methods xwgk replaces', () => {
  it.each(LOCALIZED_METHODS)('%s is still a method of commander’s Command', (name) => {
    expect(typeof (Command.prototype as unknown as Record<string, unknown>)[name]).toBe('function');
  });
});
