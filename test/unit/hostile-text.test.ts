/**
 * Hostile text (issue 14, items 14, 16, 17, 18, 19): numbers disguised from the privacy check, titles
 * long enough to stall a table, escape codes and script in what leaves the tool, impossible dates,
 * prototype keys to `--set`, non-string YAML keys, UTF-16, and a malformed id. Each case failed
 * before the fix.
 */
import { describe, expect, it } from 'vitest';
import { findPersonalNumbers } from '../../src/model/personal-numbers.js';
import { renderGridAsMarkdown, renderGridAsTable } from '../../src/render/grid.js';
import { truncateDisplay, wrapDisplay } from '../../src/render/width.js';
import { escapeMarkdownText } from '../../src/render/markdown-safe.js';
import { loadArchive } from '../../src/archive/load.js';
import { cli, FINANCE, recordYaml, writeArchive } from '../helpers/archive.js';
import { addFlags } from '../helpers/add-flags.js';

describe('privacy sees numbers as a reader does (item 18)', () => {
  it.each([
    ['全角 １３８１２３４５６７８', 'mobile', '138****5678'],
    ['点分 138.1234.5678', 'mobile', '138****5678'],
    ['国家码 86-138-1234-5678', 'mobile', '138****5678'],
    ['国家码 +86 138 1234 5678', 'mobile', '138****5678'],
    ['零宽 11010519491231\u200b002X', 'id-number', '1101**********002X'],
    ['零宽 138\u200c1234\u200d5678', 'mobile', '138****5678'],
    ['全角身份证 １１０１０５１９４９１２３１００２Ｘ', 'id-number', '1101**********002X'],
    ['全角连字符 １３８－１２３４－５６７８', 'mobile', '138****5678'],
  ])('%s', (text, kind, masked) => {
    expect(findPersonalNumbers(text)).toEqual([{ kind, masked }]);
  });

  it.each([
    '9月份收入186400元',
    '合计 186,400.00 元',
    '2026年3月1日即20260301起执行',
    '举报电话 0571-88888888 或 010-12345678',
    '发票号码 04400180011112345678',
    '发票代码 144001800111',
    '金额 1,381,234.56 元',
    '版本 13.8.1234',
  ])('no false positive: %s', (text) => {
    expect(findPersonalNumbers(text)).toEqual([]);
  });
});

describe('tables stay linear and safe (items 14, 19)', () => {
  it('a 340,000-character title: wrapping, cutting and a table take well under a second; the cell ends in …', () => {
    const title = '关于'.repeat(170_000);
    const start = performance.now();
    const lines = wrapDisplay(title, 80);
    expect(truncateDisplay(title, 40)).toHaveLength(20);
    const table = renderGridAsTable({ headers: ['编号', '标题'], rows: [['20250915-001', title]] }, { maxWidth: 100 });
    expect(performance.now() - start).toBeLessThan(3000);
    expect(lines).toHaveLength(8500);
    expect(table).toContain('…');
    expect(table.length).toBeLessThan(2000);
  });

  it('terminal escape codes in a cell reach the table as harmless characters', () => {
    const table = renderGridAsTable({ headers: ['标题'], rows: [['清屏\x1b[2J\x1b]0;pwned\x07标题']] });
    expect(table).not.toMatch(/\x1b|\x07/);
    expect(table).toContain('清屏\ufffd[2J\ufffd]0;pwned\ufffd标题');
  });

  it('<script>, HTML comments and javascript: links stay text in Markdown tables', () => {
    const md = renderGridAsMarkdown({ headers: ['标题'], rows: [['<script>alert(1)</script> [点我](javascript:alert(1)) <!-- x -->']] });
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\[点我\\](javascript:alert(1)) \\<!-- x --\\>');
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(escapeMarkdownText('a|b')).toBe('a|b');
  });

  it('the term summary in Markdown escapes a title with <script> (and list --format md too)', async () => {
    const root = writeArchive({
      'records/2025/20251010-001.yaml': recordYaml({ ...FINANCE, title: '"<script>alert(1)</script>[x](javascript:alert(1))"' }),
    });
    const s = await cli(['--archive', root, 'summary', '--term', '2025-2026-1', '--format', 'md', '--today', '2026-02-01']);
    expect(s.code, s.stderr).toBe(0);
    expect(s.stdout).not.toMatch(/(?<!\\)<script>/);
    const l = await cli(['--archive', root, 'list', '--format', 'md', '--today', '2026-02-01']);
    expect(l.stdout).toContain('\\<script\\>');
  });
});

describe('clear errors, never "internal error" (items 16, 17)', () => {
  it.each(['9999-12-31', '0000-01-01', '99999999', '２２０１-09-01', '2201-01-01', '1899-12-31'])(
    'add --time %s: exit 2, the year range named',
    async (time) => {
      const root = writeArchive();
      const r = await cli([
        '--archive',
        root,
        '--lang',
        'en',
        ...addFlags({ category: 'plan', title: 't', content: 'c', time, responsible: '王建国' }),
      ]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('a year between 1900 and 2200');
      expect(r.stderr).not.toContain('internal error');
    },
  );

  it('import dates in full-width digits are read as digits; 99999999 is exit 2 naming the cell, nothing written', async () => {
    const root = writeArchive();
    const csv = `${root}/l.csv`;
    (await import('node:fs')).writeFileSync(
      csv,
      '公开时间,公开类别,公开事项,公开内容,公开形式,公开范围,责任人\n２０２５年９月１日,plan,t,c,board,staff,王\n99999999,plan,t2,c,board,staff,王\n',
    );
    const r = await cli(['--archive', root, '--lang', 'en', 'import', csv]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('row 2, A2');
    expect(r.stderr).toContain('row 3, A3');
    expect(r.stderr).toContain('a year between 1900 and 2200');
    expect(r.stderr).not.toContain('internal error');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('amend --set %s=x: exit 2 "no such field"', async (key) => {
    const root = writeArchive({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE) });
    const r = await cli(['--archive', root, '--lang', 'en', 'amend', '20251010-001', '--set', `${key}=x`, '--reason', 'r']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--set cannot change "${key}": there is no such field`);
  });
});

describe('the loader names what it sees (item 19)', () => {
  it('non-string keys at their own line; UTF-16 as UTF-16; one finding for a malformed id', () => {
    const root = writeArchive({
      'records/2025/20251010-001.yaml': `${recordYaml(FINANCE)}123: x\n? [a, b]\n: y\n`,
      'records/2025/20251011-001.yaml': Buffer.from(`\ufeff${recordYaml({ ...FINANCE, id: '20251011-001' })}`, 'utf16le'),
      'records/2025/bad-id.yaml': recordYaml({ ...FINANCE, id: 'bad-id' }),
    });
    const f = loadArchive(root, { cache: false }).findings.map((x) => ({ file: x.file, code: x.code, line: x.line, key: x.message.key }));
    const lines = recordYaml(FINANCE).split('\n').length;
    expect(f).toContainEqual({ file: 'records/2025/20251010-001.yaml', code: 'schema.unknown-key', line: lines, key: 'err.unknown-key' });
    expect(f).toContainEqual({
      file: 'records/2025/20251010-001.yaml',
      code: 'schema.unknown-key',
      line: lines + 1,
      key: 'err.unknown-key',
    });
    expect(f).toContainEqual({ file: 'records/2025/20251011-001.yaml', code: 'schema.encoding', line: 1, key: 'err.utf16' });
    expect(f.filter((x) => x.file === 'records/2025/bad-id.yaml')).toHaveLength(1);
  });
});
