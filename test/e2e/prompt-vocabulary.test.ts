/**
 * The prompt of `add` reads dates as every input does (the normaliser's table), and warns about an
 * approval dated after the disclosure the moment it is typed (issue 11, parts 3 and 4).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { setPromptStreams } from '../../src/commands/prompter.js';
import { writeArchive } from '../helpers/archive.js';
import { KEY, runInteractive } from '../helpers/pty.js';
import { ACCEPTED } from '../helpers/vocabulary-table.js';

afterEach(() => setPromptStreams(undefined));

const FLAGS = [
  'add',
  '--category',
  'finance',
  '--title',
  '9月财务',
  '--content',
  '收支',
  '--form',
  'board',
  '--audience',
  'staff',
  '--timing',
  'after',
  '--responsible',
  '王建国',
  '--today',
  '2025-10-10',
];

describe('dates typed at the prompt', () => {
  it.each(ACCEPTED.date)('%s is kept as %s', async (typed, iso) => {
    const root = writeArchive();
    const r = await runInteractive(['--archive', root, '--lang', 'zh-CN', ...FLAGS], async (t) => {
      await t.answer('公开时间', `${KEY.backspace.repeat(10)}${typed}${KEY.enter}`);
      await t.answer('审核的领导小组', KEY.enter);
      await t.answer('审核日期', `${KEY.backspace.repeat(10)}${typed}${KEY.enter}`);
      await t.answer('认可的监督小组', KEY.enter);
      await t.answer('认可日期', KEY.enter);
      await t.answer('经办人', KEY.enter);
      await t.answer('确认写入这条记录？', KEY.enter);
    });
    expect(r.code, r.stderr).toBe(0);
    const id = `${iso.replaceAll('-', '')}-001`;
    const record = parse(readFileSync(join(root, 'records', iso.slice(0, 4), `${id}.yaml`), 'utf8'));
    expect(record).toMatchObject({ time: iso, review: { by: '校务公开领导小组', on: iso }, supervision: { on: iso } });
  });
});

describe('an approval dated after the disclosure', () => {
  it.each([
    ['zh-CN', '审核日期', '审核日期 2025-10-12 晚于公开时间 2025-10-10'],
    ['en', 'Passed on', 'Reviewed on 2025-10-12 is after the disclosure date 2025-10-10'],
  ])('is warned about when it is typed (%s), and recorded as typed', async (lang, prompt, warning) => {
    const root = writeArchive();
    const r = await runInteractive(['--archive', root, '--lang', lang, ...FLAGS, '--time', '2025-10-10'], async (t) => {
      await t.answer(lang === 'en' ? 'Passed by' : '审核的领导小组', KEY.enter);
      await t.answer(prompt, `${KEY.backspace.repeat(10)}2025年10月12日${KEY.enter}`);
      await t.answer(lang === 'en' ? 'Approved by' : '认可的监督小组', KEY.enter);
      await t.answer(lang === 'en' ? 'Approved on' : '认可日期', KEY.enter);
      await t.answer(lang === 'en' ? 'Handled by' : '经办人', KEY.enter);
      await t.answer(lang === 'en' ? 'Write this record?' : '确认写入这条记录？', KEY.enter);
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(warning);
    // The warning came before the record was shown for confirmation (a labelled table: its title row).
    const shown = r.stderr.search(lang === 'en' ? /^ {2}title +/m : /^ {2}公开事项 +/m);
    expect(shown).toBeGreaterThan(-1);
    expect(r.stderr.indexOf(warning)).toBeLessThan(shown);
    expect(parse(readFileSync(join(root, 'records/2025/20251010-001.yaml'), 'utf8')).review.on).toBe('2025-10-12');
  });
});

describe('a word given as a flag that does not normalise', () => {
  it('is said, with the candidates, and then asked for in the terminal', async () => {
    const root = writeArchive();
    const r = await runInteractive(
      [
        '--archive',
        root,
        '--lang',
        'zh-CN',
        'add',
        '--category',
        '教',
        '--title',
        '通知',
        '--content',
        '内容',
        '--time',
        '2025-10-10',
        '--form',
        'board',
        '--audience',
        'staff',
        '--responsible',
        '王建国',
      ],
      async (t) => {
        await t.answer('公开类别', `${'\x1b[B'.repeat(16)}${KEY.enter}`); // down to the last entry, 其他事项 (other)
        await t.answer('经办人', KEY.enter);
        await t.answer('确认写入这条记录？', KEY.enter);
      },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'category 的值“教”不唯一，可能是：教代会(教职工大会)报告与提案办理 (congress)、教职工奖金福利分配 (welfare)',
    );
    expect(parse(readFileSync(join(root, 'records/2025/20251010-001.yaml'), 'utf8')).category).toBe('other');
  });
});
