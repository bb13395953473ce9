/**
 * Drives the real @inquirer/prompts of `xwgk add` through streams, as a clerk at a terminal would:
 * keystrokes in, screen out — including a wrong date that is refused and asked again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setPromptStreams } from '../../src/commands/prompter.js';
import { FINANCE, recordYaml, writeArchive } from '../helpers/archive.js';
import { KEY, runInteractive } from '../helpers/pty.js';

afterEach(() => setPromptStreams(undefined));

describe('interactive add', () => {
  it('asks for the missing fields with defaults, re-asks a wrong date, shows the record and writes it on confirmation', async () => {
    const root = writeArchive({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE) });
    const r = await runInteractive(
      ['--archive', root, '--lang', 'zh-CN', 'add', '--category', 'safety', '--today', '2025-11-09'],
      async (t) => {
        await t.answer('公开事项（标题）', `秋季消防疏散演练情况通报${KEY.enter}`);
        await t.answer('公开内容', `11月8日全校开展消防疏散演练，用时3分20秒。${KEY.enter}`);
        await t.answer('公开时间（YYYY-MM-DD）', `${KEY.backspace.repeat(10)}2025-02-30${KEY.enter}`);
        await t.answer('“2025-02-30”不是有效的日期或时间', `${KEY.backspace.repeat(10)}2025-11-09${KEY.enter}`);
        await t.answer('公开形式', KEY.enter); // the category's usual forms are pre-selected
        await t.answer('公开范围', KEY.enter);
        await t.answer('公开时段', KEY.enter);
        await t.answer('责任人', KEY.enter); // the last responsible person is the default
        await t.answer('经办人', `张主任${KEY.enter}`);
        await t.answer('确认写入这条记录？', KEY.enter);
      },
    );
    // The confirmation is a labelled table in the user's language, not YAML.
    expect(r.stderr).toMatch(/公开事项 +秋季消防疏散演练情况通报/);
    expect(r.stderr).toMatch(/公开形式 +学校网站、告家长书\/公开信/);
    expect(r.stderr).not.toContain('category:');
    expect(r).toMatchObject({ code: 0, stdout: '已登记 20251109-001（records/2025/20251109-001.yaml）\n' });
    expect(r.screen).toContain('2025-02-30'); // the refused answer was shown with its error
    // The prompt library's own words are in Chinese too (its key help, its yes/no).
    expect(r.screen).toContain('↑↓ 移动');
    expect(r.screen).not.toMatch(/navigate|submit|Yes/);
    const text = readFileSync(join(root, 'records/2025/20251109-001.yaml'), 'utf8');
    expect(text).toContain(
      'time: 2025-11-09\nform: [website, parent-letter]\naudience: [parents, public]\ntiming: after\nresponsible: 王建国\nhandler: 张主任\n',
    );
  });

  it('writes nothing when the clerk does not confirm', async () => {
    const root = writeArchive();
    const r = await runInteractive(
      [
        '--archive',
        root,
        '--lang',
        'en',
        'add',
        '--category',
        'other',
        '--title',
        'x',
        '--content',
        'y',
        '--time',
        '2025-11-09',
        '--form',
        'board',
        '--audience',
        'staff',
        '--responsible',
        'Wang',
      ],
      async (t) => {
        await t.answer('Handled by', KEY.enter);
        await t.answer('Write this record?', `n${KEY.enter}`);
      },
    );
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toContain('Cancelled; nothing was written.');
  });
});
