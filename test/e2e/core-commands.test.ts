import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FINANCE, recordYaml, SETTINGS_EN, tempDir, writeArchive } from '../helpers/archive.js';
import { addFlags } from '../helpers/add-flags.js';

const FEE_FLAGS = [
  'add',
  '--category',
  'fees',
  '--title',
  '2025年秋季学期收费公示',
  '--content',
  '作业本费每生每学期20元。',
  '--time',
  '2025-08-28',
  '--form',
  'fee-board,parent-letter',
  '--audience',
  'parents',
  '--timing',
  'before',
  '--basis',
  '省发改价格〔2024〕58号',
  '--responsible',
  '王建国',
  '--review-by',
  '校务公开领导小组',
  '--review-on',
  '2025-08-25',
  '--supervision-by',
  '校务公开监督小组',
  '--supervision-on',
  '2025-08-26',
];

describe('init', () => {
  it('creates the archive with settings, folders, the editor schema and VS Code mapping', async () => {
    const dir = tempDir();
    const r = await cli(['init', 'school', '--school', '示例小学', '--lang', 'zh-CN'], { cwd: dir });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('已在 school 建立“示例小学”的校务公开档案');
    const root = join(dir, 'school');
    expect(readFileSync(join(root, 'xwgk.yaml'), 'utf8')).toMatch(/^school: 示例小学$/m);
    expect(readFileSync(join(root, 'xwgk.yaml'), 'utf8')).toMatch(/^locale: zh-CN$/m);
    expect(existsSync(join(root, 'records'))).toBe(true);
    expect(JSON.parse(readFileSync(join(root, 'schema/record.json'), 'utf8'))).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
    });
    expect(JSON.parse(readFileSync(join(root, '.vscode/settings.json'), 'utf8'))).toEqual({
      'yaml.schemas': { './schema/record.json': 'records/**/*.yaml', './schema/request.json': 'requests/**/*.yaml' },
    });
    expect(JSON.parse(readFileSync(join(root, 'schema/request.json'), 'utf8'))).toMatchObject({
      $schema: 'http://json-schema.org/draft-07/schema#',
      required: ['id', 'received', 'channel', 'applicant', 'asked'],
    });
    const again = await cli(['init', 'school', '--school', 'x', '--lang', 'en'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('is already an archive');
  });

  it('needs --school without a terminal', async () => {
    const r = await cli(['init', 'x', '--lang', 'en'], { cwd: tempDir() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('error: the required field --school is missing\n');
  });
});

describe('add', () => {
  it('writes a record from flags, with the term it belongs to, and prints its id', async () => {
    const root = writeArchive();
    const r = await cli(['--archive', root, ...FEE_FLAGS]);
    expect(r).toMatchObject({ code: 0, stdout: '已登记 20250828-001（records/2025/20250828-001.yaml）\n', stderr: '' });
    const text = readFileSync(join(root, 'records/2025/20250828-001.yaml'), 'utf8');
    expect(text).toContain('term: 2025-2026-1\n');
    expect(text).toContain('form: [fee-board, parent-letter]\n');
    expect(text).toContain('review:\n  by: 校务公开领导小组\n  on: 2025-08-25\n');
  });

  it('accepts labels for ids and writes the month a monthly disclosure reports on', async () => {
    const root = writeArchive();
    const r = await cli([
      '--archive',
      root,
      ...addFlags({
        category: '财务收支',
        title: '9月账目',
        content: '收支',
        time: '2025-10-10',
        form: '校务公开栏',
        responsible: '王建国',
        today: '2025-10-10',
      }),
    ]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'records/2025/20251010-001.yaml'), 'utf8');
    expect(text).toContain('category: finance\n');
    expect(text).toContain('period: 2025-09\n');
    expect(text).toContain('form: [board]\n');
    expect(text).toContain('audience: [staff]\n'); // the category's audience, taken by --yes
    // the catalog asks for review and supervision: written, and warned about
    expect(r.stderr).toContain('“财务收支”须经领导小组审核，此记录没有审核记录');
  });

  it('with --yes takes today, the usual forms and the last responsible person', async () => {
    const root = writeArchive({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE) });
    const r = await cli([
      '--archive',
      root,
      ...addFlags({ category: 'safety', title: '消防演练', content: '全校消防疏散演练', today: '2025-11-09' }),
    ]);
    expect(r.code).toBe(0);
    const text = readFileSync(join(root, 'records/2025/20251109-001.yaml'), 'utf8');
    expect(text).toMatch(
      /time: 2025-11-09\nform: \[website, parent-letter\]\naudience: \[parents, public\]\ntiming: after\nresponsible: 王建国\n/,
    );
  });

  it('without a terminal refuses missing and invalid fields, names each, and writes nothing', async () => {
    const root = writeArchive();
    const r = await cli([
      '--archive',
      root,
      '--lang',
      'en',
      'add',
      '--category',
      'finanse',
      '--title',
      'x',
      '--time',
      '2025-02-30',
      '--form',
      'board',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      [
        'error: the record is not valid; nothing was written:',
        '  unknown category "finanse"',
        '    hint: did you mean Income and spending (finance)? Valid values: Development plan and yearly plan (plan), Major work and decisions (major-work), Rules and procedures (rules), Appraisal of school leaders (cadre-review), Titles, appraisal and awards (staff-evaluation), Appointments and transfers (appointments), Staff congress reports and motions (congress), Admissions (enrollment), Fee schedule (fees), Agency-fee settlement (fee-settlement), Income and spending (finance), Bulk procurement (procurement), Building-work tendering (tender), Staff bonus and welfare (welfare), Student aid lists (student-aid), Safety and emergencies (safety), other',
        '  the required field --content is missing',
        '  --time: "2025-02-30" is not a valid date or time; write YYYY-MM-DD or YYYY-MM-DDTHH:MM, a year between 1900 and 2200',
        '  the required field --audience is missing',
        '  the required field --responsible is missing',
        'hint: give the right value with its option and try again (xwgk add --help)',
        '',
      ].join('\n'),
    );
    expect(readdirSync(join(root, 'records'))).toEqual([]);
  });

  it('refuses an unknown form given as a flag before validating the rest', async () => {
    const root = writeArchive();
    const r = await cli(['--archive', root, 'add', '--form', 'bord', '--lang', 'zh-CN']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('未知的公开形式“bord”');
    expect(r.stderr).toContain('是否想写 校务公开栏 (board)？');
  });
});

describe('list and show', () => {
  const archive = () =>
    writeArchive({
      'records/2025/20251010-001.yaml': recordYaml(FINANCE),
      'records/2025/20250828-001.yaml': recordYaml({
        ...FINANCE,
        id: '20250828-001',
        time: '2025-08-28',
        category: 'fees',
        title: '收费公示, "秋季"',
        form: '[fee-board]',
        audience: '[parents]',
        timing: 'before',
        basis: '文号',
      }),
      'records/2026/20260310-001.yaml': recordYaml({
        ...FINANCE,
        id: '20260310-001',
        time: '2026-03-10',
        title: '=2月财务',
        status: 'withdrawn',
        withdrawn: '{on: 2026-03-11, reason: 错}',
      }),
    });

  it('lists records of a term as JSON with their keys and file', async () => {
    const r = await cli(['--archive', archive(), 'list', '--term', '2025-2026-1', '--format', 'json']);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout);
    expect(rows.map((x: { id: string }) => x.id)).toEqual(['20250828-001', '20251010-001']); // the fee notice counts in the autumn term
    expect(rows[1]).toMatchObject({
      id: '20251010-001',
      category: 'finance',
      form: ['board'],
      status: 'published',
      file: 'records/2025/20251010-001.yaml',
    });
  });

  it('filters by category, status and text', async () => {
    const root = archive();
    const ids = async (...args: string[]) =>
      JSON.parse((await cli(['--archive', root, 'list', '--format', 'json', ...args])).stdout).map((x: { id: string }) => x.id);
    expect(await ids('--category', 'finance')).toEqual(['20251010-001', '20260310-001']);
    expect(await ids('--status', 'withdrawn')).toEqual(['20260310-001']);
    expect(await ids('--grep', '秋季')).toEqual(['20250828-001']);
    expect(await ids('--audience', '家长')).toEqual(['20250828-001']);
    expect(await ids('--month', '2026-03')).toEqual(['20260310-001']);
  });

  it('writes CSV for Excel (BOM, CRLF, quoting, formulas neutralised) and Markdown', async () => {
    const root = archive();
    const csv = await cli(['--archive', root, 'list', '--format', 'csv', '--lang', 'zh-CN']);
    expect(csv.stdout.startsWith('\ufeff编号,公开时间,类别,公开事项,公开形式,公开范围,责任人,状态\r\n')).toBe(true);
    expect(csv.stdout).toContain('20250828-001,2025-08-28,收费项目与标准,"收费公示, ""秋季""",收费公示栏,家长,王建国,已公开\r\n');
    expect(csv.stdout).toContain(",'=2月财务,");
    const md = await cli(['--archive', root, 'list', '--format', 'md', '--lang', 'en']);
    expect(md.stdout.split('\n')[0]).toBe('| Id | Date | Category | Title | Forms | Audience | Responsible | Status |');
  });

  it('writes --out files itself and takes the format from the extension', async () => {
    const root = archive();
    const out = join(tempDir(), 'list.csv');
    const r = await cli(['--archive', root, 'list', '--out', out, '--lang', 'en']);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toBe(`wrote ${out}\n`);
    expect(readFileSync(out, 'utf8').startsWith('\ufeffId,Date,')).toBe(true);
  });

  it('shows one record as YAML or JSON; an unknown id is exit 2', async () => {
    const root = archive();
    expect((await cli(['--archive', root, 'show', '20251010-001'])).stdout).toBe(recordYaml(FINANCE));
    expect(JSON.parse((await cli(['--archive', root, 'show', '20251010-001', '--format', 'json'])).stdout)).toMatchObject({
      id: '20251010-001',
      file: 'records/2025/20251010-001.yaml',
    });
    const missing = await cli(['--archive', root, 'show', '20251010-009', '--lang', 'en']);
    expect(missing).toMatchObject({ code: 2, stderr: 'error: no record with the id 20251010-009\nhint: xwgk list shows the ids\n' });
    expect((await cli(['--archive', root, 'show', '20251010-001', '--format', 'pdf'])).code).toBe(2);
  });
});

describe('check', () => {
  it('passes a clean archive with exit 0', async () => {
    const r = await cli([
      '--archive',
      writeArchive({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE) }),
      'check',
      'schema',
      'catalog',
      '--lang',
      'en',
    ]);
    expect(r).toMatchObject({ code: 0, stdout: 'schema — passed\ncatalog — passed\n\nall checks passed\n' });
  });

  it('reports every problem with file:line:col, an excerpt and a hint, and exits 1', async () => {
    const root = writeArchive({
      'records/2025/20251010-001.yaml': recordYaml({ ...FINANCE, category: 'finanse' }),
      'records/2025/20251011-001.yaml': recordYaml({ ...FINANCE, id: '20251011-001', time: '2025-10-11', supervision: undefined }).replace(
        'supervision: undefined\n',
        '',
      ),
    });
    const r = await cli(['--archive', root, 'check', 'sch', 'app', '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'schema — errors: 1, warnings: 0\n  records/2025/20251010-001.yaml:3:11 error [schema.unknown-id]: unknown category "finanse"\n    3 | category: finanse\n      |           ^\n    hint: did you mean Income and spending (finance)?',
    );
    expect(r.stdout).toContain(
      'approvals — errors: 1, warnings: 0\n  records/2025/20251011-001.yaml:1 error [approvals.missing]: "Income and spending" must be approved by the supervision group; this record has no supervision',
    );
    const json = JSON.parse((await cli(['--archive', root, 'check', '--format', 'json', 'schema', 'approvals', '--lang', 'en'])).stdout);
    expect(json).toMatchObject({ ok: false, counts: { error: 2, warning: 0 } });
    expect(json.findings[0]).toEqual({
      check: 'schema',
      code: 'schema.unknown-id',
      severity: 'error',
      message: 'unknown category "finanse"',
      hint: expect.stringContaining('did you mean Income and spending (finance)?'),
      id: '20251010-001',
      file: 'records/2025/20251010-001.yaml',
      line: 3,
      column: 11,
    });
  });

  it('rejects an unknown check name with exit 2 and lists the checks with --list', async () => {
    const root = writeArchive();
    const r = await cli(['--archive', root, 'check', 'nonsense', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: there is no check "nonsense"\. Checks: schema, catalog/);
    const list = await cli(['--archive', root, 'check', '--list', '--lang', 'zh-CN']);
    expect(list.stdout).toMatch(/^schema +每个文件都能读取/);
  });
});

describe('catalog, terms, schema', () => {
  it('prints the catalog in force, with the archive changes', async () => {
    const root = writeArchive({
      'xwgk.yaml': `${SETTINGS_EN}catalog:\n  disable: [student-aid]\n  categories:\n    - { id: finance, due: { day_of_next_month: 10 } }\n`,
    });
    const json = JSON.parse((await cli(['--archive', root, 'catalog', '--format', 'json'])).stdout);
    expect(json.disabled).toEqual(['student-aid']);
    expect(json.categories.find((c: { id: string }) => c.id === 'finance').due).toEqual({ day_of_next_month: 10 });
    const table = await cli(['--archive', root, 'catalog']);
    expect(table.stdout).toContain('by day 10 of the next month');
    expect(table.stdout).toContain('student-aid (disabled)');
  });

  it('says where xwgk.yaml is wrong, and stops with exit 2', async () => {
    const root = writeArchive({
      'xwgk.yaml': `${SETTINGS_EN}feedback_days: soon\nterms:\n  - { id: 2025-2026-1, start: 2025-09-01, end: 2025-02-30 }\n`,
    });
    const r = await cli(['--archive', root, 'list']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('error: the archive settings xwgk.yaml are not valid');
    expect(r.stderr).toContain(
      '  xwgk.yaml:3:16: feedback_days: the value "soon" is not valid\n    3 | feedback_days: soon\n      |                ^\n',
    );
    expect(r.stderr).toContain('xwgk.yaml:5:48: terms.0.end: "2025-02-30" is not a valid date');
  });

  it('lists the terms with counts and marks the current one', async () => {
    const root = writeArchive({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE) });
    const rows = JSON.parse((await cli(['--archive', root, 'terms', '--format', 'json', '--today', '2025-11-01'])).stdout);
    expect(rows).toEqual([
      {
        id: '2025-2026-1',
        name: '2025—2026学年第一学期',
        start: '2025-09-01',
        end: '2026-01-31',
        configured: false,
        current: true,
        records: 1,
      },
      {
        id: '2025-2026-2',
        name: '2025—2026学年第二学期',
        start: '2026-02-01',
        end: '2026-08-31',
        configured: false,
        current: false,
        records: 0,
      },
    ]);
  });

  it('prints the record JSON Schema with the catalog ids, outside an archive too', async () => {
    const r = await cli(['schema'], { cwd: tempDir() });
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.category.enum).toContain('finance');
    expect(schema.properties.form.anyOf[1].items.enum).toContain('board');
    expect(schema.required).toEqual(
      expect.arrayContaining(['id', 'title', 'category', 'content', 'time', 'form', 'audience', 'responsible']),
    );
  });
});

describe('the command line itself', () => {
  it('exits 0 for --help and --version, and 2 for unknown commands and options, in the user language', async () => {
    expect((await cli(['--help', '--lang', 'zh-CN'])).stdout).toContain('用法： xwgk');
    expect((await cli(['--help', '--lang', 'en'])).stdout).toContain('Usage: xwgk');
    expect((await cli(['--version'])).code).toBe(0);
    const unknown = await cli(['lst', '--lang', 'zh-CN'], { cwd: tempDir() });
    expect(unknown).toMatchObject({ code: 2, stderr: '错误：未知命令 lst\n提示：是否想写 list？\n' });
    const opt = await cli(['list', '--frmat', 'json', '--lang', 'en'], { cwd: tempDir() });
    expect(opt).toMatchObject({ code: 2, stderr: 'error: unknown option --frmat\nhint: did you mean --format?\n' });
  });

  it('finds the archive upward from the current directory, or says how to make one', async () => {
    const root = writeArchive({ 'records/2025/20251010-001.yaml': recordYaml(FINANCE) });
    const r = await cli(['list', '--format', 'json'], { cwd: join(root, 'records', '2025') });
    expect(JSON.parse(r.stdout)).toHaveLength(1);
    const none = await cli(['list', '--lang', 'en'], { cwd: tempDir() });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^error: no archive \(xwgk\.yaml\) found in .* or above it\nhint: create an archive with xwgk init/);
  });

  it('chooses the language: --lang, then XWGK_LANG, then the archive locale', async () => {
    const root = writeArchive({ 'xwgk.yaml': SETTINGS_EN });
    const msg = async (args: string[], env: Record<string, string> = {}) =>
      (await cli(['--archive', root, 'show', '20990101-001', ...args], { env })).stderr.split('\n')[0];
    expect(await msg([])).toBe('error: no record with the id 20990101-001');
    expect(await msg([], { XWGK_LANG: 'zh-CN' })).toBe('错误：找不到编号为 20990101-001 的记录');
    expect(await msg(['--lang', 'en'], { XWGK_LANG: 'zh-CN' })).toBe('error: no record with the id 20990101-001');
  });
});
