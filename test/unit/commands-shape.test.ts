// The command shape: typed options (a bad value is exit 2, worded one way), the one format rule, and
// `run` called as a plain function, without commander.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ctx } from '../../src/commands/context.js';
import { COMMANDS } from '../../src/commands/index.js';
import { checkCommand } from '../../src/commands/check.js';
import { listCommand } from '../../src/commands/list.js';
import { parseOptions } from '../../src/commands/shape.js';
import { XwgkError } from '../../src/model/errors.js';
import { chooseFormat } from '../../src/render/format-rule.js';
import { listFormats } from '../../src/render/formats/list.js';
import { showFormats } from '../../src/render/formats/show.js';
import { summaryFormats } from '../../src/render/formats/summary.js';
import { cli, FINANCE, recordYaml, writeArchive } from '../helpers/archive.js';

const ctxFor = (root: string) =>
  new Ctx(
    {
      argv: [],
      env: { XWGK_LANG: 'en' },
      cwd: root,
      stdout: () => {},
      stderr: () => {},
      interactive: false,
      stdoutColor: false,
      columns: undefined,
    },
    { archive: root },
  );

describe('the format rule', () => {
  const cases: [string, Parameters<typeof chooseFormat>[1], string][] = [
    ['the default without --format or --out', {}, 'table'],
    ['--format', { format: 'json' }, 'json'],
    ['--format naming an extension of a format', { format: 'markdown' }, 'md'],
    ['the --out extension', { out: 'records.csv' }, 'csv'],
    ['the --out extension in capitals', { out: 'out/Records.MD' }, 'md'],
    ['a text file for the table', { out: 'records.txt' }, 'table'],
    ['an --out name without extension', { out: 'records' }, 'table'],
    ['--format over the --out extension', { format: 'csv', out: 'records.txt' }, 'csv'],
  ];
  for (const [name, opts, want] of cases) it(`list: ${name} → ${want}`, () => expect(chooseFormat(listFormats, opts)).toBe(want));

  it('knows each report its own extensions', () => {
    expect(chooseFormat(summaryFormats, { out: 'summary.htm' })).toBe('html');
    expect(chooseFormat(summaryFormats, { out: 'summary.txt' })).toBe('md');
    expect(chooseFormat(showFormats, { out: 'record.yml' })).toBe('yaml');
  });

  it('refuses an unknown --format and an --out extension no renderer writes, naming the formats', () => {
    for (const opts of [{ format: 'pdf' }, { out: 'records.pdf' }]) {
      let error: unknown;
      try {
        chooseFormat(listFormats, opts);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(XwgkError);
      expect(error).toMatchObject({
        exitCode: 2,
        msg: { key: 'err.unknown-format', params: { format: 'pdf', valid: 'table, csv, json, md' } },
      });
    }
  });

  it('is exit 2 for an --out FILE.pdf in every command that writes a report, before anything is done', async () => {
    const root = writeArchive({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE) });
    const withFormats = COMMANDS.filter((c) => c.formats);
    expect(withFormats.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        'list',
        'show',
        'check',
        'status',
        'audit',
        'summary',
        'verify',
        'export',
        'catalog',
        'terms',
        'seal',
        'schema',
      ]),
    );
    for (const c of withFormats) {
      const args = c.name === 'show' ? ['20251010-001'] : c.name === 'seal' ? ['--term', '2025-2026-1'] : [];
      const today = c.options?.some((o) => o.flags.startsWith('--today')) ? ['--today', '2026-01-10'] : [];
      const r = await cli(['--archive', root, '--lang', 'en', c.name, ...args, ...today, '--out', join(root, 'out.pdf')]);
      expect([c.name, r.code, r.stderr]).toEqual([c.name, 2, expect.stringContaining('unknown format "pdf"')]);
      expect(existsSync(join(root, 'out.pdf'))).toBe(false);
    }
    // Nothing was sealed: the format was refused before the command ran.
    expect(existsSync(join(root, 'journal.jsonl'))).toBe(false);
  });
});

describe('typed options', () => {
  it('are the schema’s output: defaults filled, values checked', () => {
    expect(parseOptions(listCommand, { status: undefined })).toMatchObject({ status: 'all' });
    // A status is a typed word: any spelling passes the schema and the normaliser reads it in `run`.
    expect(parseOptions(listCommand, { status: '已公开' })).toMatchObject({ status: '已公开' });
    expect(() => parseOptions(listCommand, { status: 7 })).toThrow(XwgkError);
  });

  it('make a bad value exit 2 naming the option, the value and the valid ones, in the user’s language', async () => {
    const root = writeArchive();
    const en = await cli(['--archive', root, '--lang', 'en', 'list', '--status', 'gone']);
    expect(en).toMatchObject({ code: 2, stdout: '' });
    expect(en.stderr).toContain('the status "gone" is not valid\nhint: valid values: published, withdrawn');
    const zh = await cli(['--archive', root, '--lang', 'zh-CN', 'add', '--yes', '--timing', 'later']);
    expect(zh.code).toBe(2);
    // The values in the user's language (issue 11): never bare ids in Chinese.
    expect(zh.stderr).toContain('公开时段“later”无效');
    expect(zh.stderr).toContain('可用的值：事前 (before)、事中 (during)、事后 (after)');
    expect(zh.stderr).toContain('缺少必填字段“--category”');
    const date = await cli(['--archive', root, '--lang', 'en', 'status', '--today', '2025-13-01']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--today: "2025-13-01" is not a valid date');
  });
});

describe('run, without commander', () => {
  it('returns the report and the exit code', async () => {
    const root = writeArchive({
      'records/2025/20251010-001.yaml': recordYaml(FINANCE),
      'records/2025/20251011-001.yaml': recordYaml({ ...FINANCE, id: '20251011-001', category: 'nonesuch' }),
    });
    const ctx = ctxFor(root);
    const listed = await listCommand.run!(ctx, parseOptions(listCommand, { today: '2026-01-10' }));
    expect(listed.report.map((r) => r.record.id)).toEqual(['20251010-001']);
    const checked = await checkCommand.run!(ctx, parseOptions(checkCommand, { checks: ['schema'], today: '2026-01-10' }));
    expect(checked.exitCode).toBe(1);
    expect(checked.report.findings?.map((f) => [f.code, f.file])).toContainEqual(['schema.unknown-id', 'records/2025/20251011-001.yaml']);
  });
});
