import { describe, expect, it } from 'vitest';
import { parseInline, parseMarkdownBlocks, splitRow } from '../../src/render/markdown-blocks.js';

describe('parseMarkdownBlocks', () => {
  it('reads headings, paragraphs, tables with alignment, lists, chart markers and a right-aligned signature', () => {
    const md = [
      '# 标题',
      '',
      '第一段第一行',
      '接着一行',
      '',
      'An English line',
      'wrapped here',
      '',
      '| 类别 | 项数 |',
      '| --- | ---: |',
      '| 财务 \\| 收支 | 3 |',
      '',
      '<!-- chart:by-month 各月公开事项数 -->',
      '',
      '1. 第一条',
      '2. **第二条**',
      '',
      '- 甲',
      '- 乙',
      '',
      '<!-- right -->',
      '测试小学\\',
      '2026年3月1日',
      '',
    ].join('\n');
    expect(parseMarkdownBlocks(md)).toEqual([
      { kind: 'heading', level: 1, text: [{ text: '标题' }] },
      { kind: 'paragraph', lines: [[{ text: '第一段第一行接着一行' }]] },
      { kind: 'paragraph', lines: [[{ text: 'An English line wrapped here' }]] },
      { kind: 'table', headers: ['类别', '项数'], align: ['left', 'right'], rows: [['财务 | 收支', '3']] },
      { kind: 'chart', name: 'by-month', title: '各月公开事项数' },
      { kind: 'list', ordered: true, items: [[{ text: '第一条' }], [{ text: '第二条', bold: true }]] },
      { kind: 'list', ordered: false, items: [[{ text: '甲' }], [{ text: '乙' }]] },
      { kind: 'paragraph', lines: [[{ text: '测试小学' }], [{ text: '2026年3月1日' }]], align: 'right' },
    ]);
  });

  it('does not hang on a lone pipe line that starts no table', () => {
    expect(parseMarkdownBlocks('| not a table\nnext')).toEqual([{ kind: 'paragraph', lines: [[{ text: '| not a table next' }]] }]);
  });

  it('reads a centred column and an empty cell', () => {
    const [t] = parseMarkdownBlocks('| a | b |\n| --- | :---: |\n| x |  |\n');
    expect(t).toEqual({ kind: 'table', headers: ['a', 'b'], align: ['left', 'center'], rows: [['x', '']] });
  });
});

it('splitRow and parseInline undo the escapes the templates add', () => {
  expect(splitRow('| a \\| b | c |')).toEqual(['a | b', 'c']);
  expect(parseInline('x **y** \\*z')).toEqual([{ text: 'x ' }, { text: 'y', bold: true }, { text: ' *z' }]);
});
