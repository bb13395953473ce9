import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, writeArchive } from '../helpers/archive.js';
import { utcDate, writeCsv, writeXlsx, type Cell } from '../helpers/sheets.js';

const ENV = { XWGK_TODAY: '2025-11-20', XWGK_LANG: 'zh-CN' };

const HEADER: Cell[] = [
  '序号',
  '日期',
  '类别',
  '事项',
  '内容',
  '形式',
  '范围',
  '时段',
  '责任人',
  '经办人',
  '依据',
  '金额（元）',
  '审核人',
  '审核日期',
  '监督认可人',
  '认可日期',
];
const FEES: Cell[] = [
  1,
  '2025/9/1',
  '收费项目与标准',
  '2025年秋季学期收费公示',
  '作业本费每生20元，\n校服费自愿征订。',
  '收费公示栏、学校网站',
  '家长',
  '事前',
  '张丽',
  '李明',
  '苏发改价格〔2024〕12号',
  null,
  '校务公开领导小组',
  '2025年8月28日',
  '校务公开监督小组',
  '2025.8.29',
];
const FINANCE: Cell[] = [
  2,
  '2025年10月10日',
  '财务收支',
  '2025年9月财务收支情况公开',
  '9月份收入186400元，支出74080元。',
  '校务公开栏',
  '教职工',
  '事后',
  '王建国',
  null,
  null,
  null,
  '校务公开领导小组',
  '2025-10-09',
  '校务公开监督小组',
  '2025-10-09',
];
const DESKS: Cell[] = [
  3,
  '2025-10-20',
  'procurement',
  '采购学生课桌椅120套',
  '课桌椅120套，合计96,000元',
  'board,congress',
  'staff',
  'after',
  '王建国',
  '李明',
  null,
  '96,000',
  '校务公开领导小组',
  '2025-10-15',
  '校务公开监督小组',
  '2025-10-16',
];

const FEES_YAML = `# yaml-language-server: $schema=../../schema/record.json
id: 20250901-001
title: 2025年秋季学期收费公示
category: fees
content: |-
  作业本费每生20元，
  校服费自愿征订。
time: 2025-09-01
form: [fee-board, website]
audience: [parents]
timing: before
basis: 苏发改价格〔2024〕12号
responsible: 张丽
handler: 李明
review:
  by: 校务公开领导小组
  on: 2025-08-28
supervision:
  by: 校务公开监督小组
  on: 2025-08-29
source:
  file: 台账.csv
  row: 2
`;

const FINANCE_YAML = `# yaml-language-server: $schema=../../schema/record.json
id: 20251010-001
title: 2025年9月财务收支情况公开
category: finance
content: 9月份收入186400元，支出74080元。
time: 2025-10-10
period: 2025-09
form: [board]
audience: [staff]
timing: after
responsible: 王建国
review:
  by: 校务公开领导小组
  on: 2025-10-09
supervision:
  by: 校务公开监督小组
  on: 2025-10-09
source:
  file: 台账.csv
  row: 3
`;

function recordFiles(root: string): string[] {
  const dir = join(root, 'records');
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
}

function read(root: string, id: string): string {
  return readFileSync(join(root, 'records', id.slice(0, 4), `${id}.yaml`), 'utf8');
}

describe('xwgk import: CSV', () => {
  it('imports UTF-8 with a BOM: labels, dates written three ways, quoted commas and line breaks', async () => {
    const root = writeArchive();
    writeCsv(root, '台账.csv', [HEADER, FEES, FINANCE, DESKS], 'utf8-bom');
    const r = await cli(['--archive', root, 'import', join(root, '台账.csv')], { env: ENV });
    expect(r.stderr).toContain('已从 台账.csv 导入 3 条记录，跳过重复 0 条');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      '第 2 行 → 20250901-001（records/2025/20250901-001.yaml）\n第 3 行 → 20251010-001（records/2025/20251010-001.yaml）\n第 4 行 → 20251020-001（records/2025/20251020-001.yaml）\n',
    );
    expect(read(root, '20250901-001')).toBe(FEES_YAML);
    expect(read(root, '20251010-001')).toBe(FINANCE_YAML);
    const desks = read(root, '20251020-001');
    expect(desks).toContain('amount: 96000\n');
    expect(desks).toContain('form: [board, congress]\n');
    expect(desks).toContain('content: 课桌椅120套，合计96,000元\n');
  });

  it('imports GBK (what Excel and WPS save on Chinese Windows) to the same records, without being told', async () => {
    const root = writeArchive();
    writeCsv(root, '台账.csv', [HEADER, FEES, FINANCE], 'gbk');
    const r = await cli(['--archive', root, 'import', join(root, '台账.csv')], { env: ENV });
    expect(r.code).toBe(0);
    expect(read(root, '20250901-001')).toBe(FEES_YAML);
    expect(read(root, '20251010-001')).toBe(FINANCE_YAML);
  });

  it('imports UTF-8 without a BOM', async () => {
    const root = writeArchive();
    writeCsv(root, '台账.csv', [HEADER, FEES], 'utf8');
    const r = await cli(['--archive', root, 'import', join(root, '台账.csv')], { env: ENV });
    expect(r.code).toBe(0);
    expect(read(root, '20250901-001')).toBe(FEES_YAML);
  });

  it('a bad row in the middle: every problem named by row and column, exit 2, nothing written', async () => {
    const root = writeArchive();
    const bad: Cell[] = [
      2,
      '2025/13/40',
      '食堂伙食',
      '伙食费公示',
      '每生每天12元',
      '校务公开栏',
      '外星人',
      null,
      null,
      null,
      null,
      '-5',
      null,
      null,
      null,
      null,
    ];
    writeCsv(root, '台账.csv', [HEADER, FEES, bad, FINANCE], 'utf8-bom');
    const r = await cli(['--archive', root, 'import', join(root, '台账.csv')], { env: ENV });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(recordFiles(root)).toEqual([]);
    expect(r.stderr).toContain('错误：台账.csv 有 1 行有误（共 5 处），没有导入任何记录');
    expect(r.stderr).toContain('第 3 行 C3（类别）：未知的公开类别“食堂伙食”');
    expect(r.stderr).toContain('第 3 行 B3（日期）：“日期”的值“2025/13/40”不是有效的日期或时间');
    expect(r.stderr).toContain('第 3 行 G3（范围）：未知的公开范围“外星人”');
    expect(r.stderr).toContain('第 3 行 L3（金额（元））：金额“-5”无效');
    expect(r.stderr).toContain('第 3 行 I3（责任人）：缺少必填字段“责任人”');
    expect(r.stderr).toContain('提示：在表格中改正以上各行');
    expect(r.stderr).toContain('提示：可用的值：教职工 (staff)、学生 (students)、家长 (parents)、社会 (public)');
  });

  it('--dry-run shows the records with the ids they would get and writes nothing', async () => {
    const root = writeArchive();
    writeCsv(root, '台账.csv', [HEADER, FEES, FINANCE], 'utf8-bom');
    const r = await cli(['--archive', root, 'import', join(root, '台账.csv'), '--dry-run'], { env: ENV });
    expect(r.code).toBe(0);
    // A short table, one row per record to write: sheet row, the id it would get, title, category, warnings.
    const lines = r.stdout.split('\n');
    expect(lines[1]).toMatch(/│ 行 +│ 编号 +│ 公开事项 +│ 类别 +│ 提醒 +│/);
    expect(r.stdout).toMatch(/│ 2 +│ 20250901-001 │ 2025年秋季学期收费公示 +│ 收费项目与标准 +│/);
    expect(r.stdout).toMatch(/│ 3 +│ 20251010-001 │ 2025年9月财务收支情况公开 +│ 财务收支 +│/);
    expect(r.stdout).not.toContain('yaml-language-server');
    expect(r.stderr).toContain('试运行：将导入 2 条记录，跳过重复 0 条；未写入任何文件');
    expect(recordFiles(root)).toEqual([]);
  });

  it('importing the same sheet twice adds nothing; a repeated row inside the sheet is skipped too', async () => {
    const root = writeArchive();
    writeCsv(root, '台账.csv', [HEADER, FEES, FINANCE, FINANCE], 'utf8-bom');
    const first = await cli(['--archive', root, 'import', join(root, '台账.csv')], { env: ENV });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('第 4 行与第 3 行重复（日期、类别、事项相同），已跳过：2025年9月财务收支情况公开');
    expect(recordFiles(root)).toEqual(['2025/20250901-001.yaml', '2025/20251010-001.yaml']);
    const second = await cli(['--archive', root, 'import', join(root, '台账.csv')], { env: ENV });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe('');
    expect(second.stderr).toContain('第 2 行与已有记录 20250901-001 重复（日期、类别、事项相同），已跳过：2025年秋季学期收费公示');
    expect(second.stderr).toContain('已从 台账.csv 导入 0 条记录，跳过重复 3 条');
    expect(recordFiles(root)).toEqual(['2025/20250901-001.yaml', '2025/20251010-001.yaml']);
  });

  it('merged header wording, an unknown column, --map and --default', async () => {
    const root = writeArchive();
    const header: Cell[] = ['公开时间/日期', '公开类别', '公开事项（标题）', '公开内容', '公开形式、载体', '对象', '栏目', '备注'];
    const row: Cell[] = ['2025-10-10', '财务收支', '9月财务公开', '收支明细', '校务公开栏', '教职工', '财务', '月月清'];
    writeCsv(root, 'ledger.csv', [header, row], 'utf8-bom');
    const missing = await cli(['--archive', root, 'import', join(root, 'ledger.csv')], { env: ENV });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('表中缺少必需的列：责任人 (responsible)');
    expect(missing.stderr).toContain('--default responsible=值');
    const r = await cli(['--archive', root, 'import', join(root, 'ledger.csv'), '--default', 'responsible=王建国', '--map', '栏目=tags'], {
      env: ENV,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('栏目');
    expect(r.stderr).toContain('其中 1 条记录未满足目录要求（如审核、批准文号），运行 xwgk check catalog 查看');
    const text = read(root, '20251010-001');
    expect(text).toContain('title: 9月财务公开\n');
    expect(text).toContain('responsible: 王建国\n');
    expect(text).toContain('explanation: 月月清\n');
    expect(text).toContain('tags: [财务]\n');
  });

  it('says which columns it ignores, in English too', async () => {
    const root = writeArchive();
    writeCsv(
      root,
      'l.csv',
      [
        ['Date', 'Category', 'Title', 'Content', 'Form', 'Audience', 'Responsible', 'Colour'],
        ['2025-10-10', 'Income and spending', 'September accounts', 'All of it', 'Disclosure board', 'Staff', 'Wang', 'red'],
      ],
      'utf8',
    );
    const r = await cli(['--archive', root, '--lang', 'en', 'import', join(root, 'l.csv')], { env: ENV });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`column H "Colour" is not recognised and was ignored; to import it, use --map 'Colour=field'`);
    expect(read(root, '20251010-001')).toContain('category: finance\n');
  });

  it('refuses what is not a ledger: no header, a missing file, an old .xls', async () => {
    const root = writeArchive();
    writeCsv(
      root,
      'x.csv',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      'utf8',
    );
    expect((await cli(['--archive', root, 'import', join(root, 'x.csv')], { env: ENV })).stderr).toContain('前 10 行中找不到表头');
    expect((await cli(['--archive', root, 'import', join(root, 'nope.csv')], { env: ENV })).code).toBe(2);
    const old = join(root, 'old.xls');
    (await import('node:fs')).writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const r = await cli(['--archive', root, 'import', old], { env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('旧版 .xls');
    const fs = await import('node:fs');
    fs.writeFileSync(join(root, 'bin.csv'), Buffer.from([0x41, 0x00, 0x42, 0x00, 0x01]));
    expect((await cli(['--archive', root, 'import', join(root, 'bin.csv')], { env: ENV })).stderr).toContain('bin.csv 不是 CSV 文本文件');
    fs.writeFileSync(join(root, 'quote.csv'), '公开时间,公开类别,公开事项\n2025-10-10,"财务,未闭合\n');
    const q = await cli(['--archive', root, 'import', join(root, 'quote.csv')], { env: ENV });
    expect(q.code).toBe(2);
    expect(q.stderr).toContain('quote.csv 第 2 行附近的 CSV 格式有误');
    fs.writeFileSync(join(root, 'fake.xlsx'), 'not a workbook');
    expect((await cli(['--archive', root, 'import', join(root, 'fake.xlsx')], { env: ENV })).stderr).toContain(
      '无法读取 Excel 文件 fake.xlsx',
    );
    expect(recordFiles(root)).toEqual([]);
  });
});

describe('xwgk import: xlsx', () => {
  it('reads date cells, a title row above the header, and names rows as the sheet shows them', async () => {
    const root = writeArchive();
    const header: Cell[] = ['序号', '公开时间', '公开类别', '公开事项', '公开内容', '公开形式', '公开范围', '责任人', '金额(元)'];
    const rows: Cell[][] = [
      ['测试小学校务公开台账（2025—2026学年第一学期）', null, null, null, null, null, null, null, null],
      header,
      [1, utcDate('2025-10-10'), '财务收支', '2025年9月财务收支情况公开', '9月份收入186400元。', '校务公开栏', '教职工', '王建国', null],
      [2, utcDate('2025-10-20'), '大宗物资采购', '采购课桌椅', '课桌椅120套', '校务公开栏、教职工代表大会', '教职工', '王建国', 96000],
    ];
    const file = await writeXlsx(root, '台账.xlsx', rows);
    const r = await cli(['--archive', root, 'import', file], { env: ENV });
    expect(r.stderr).toContain('已从 台账.xlsx 导入 2 条记录');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('第 3 行 → 20251010-001');
    expect(r.stdout).toContain('第 4 行 → 20251020-001');
    const desks = read(root, '20251020-001');
    expect(desks).toContain('time: 2025-10-20\n');
    expect(desks).toContain('amount: 96000\n');
    expect(desks).toContain('source:\n  file: 台账.xlsx\n  row: 4\n');
    expect(read(root, '20251010-001')).toContain('time: 2025-10-10\nperiod: 2025-09\n');
  });

  it('a bad xlsx row stops the whole import', async () => {
    const root = writeArchive();
    const rows: Cell[][] = [
      ['公开时间', '公开类别', '公开事项', '公开内容', '公开形式', '公开范围', '责任人'],
      [utcDate('2025-10-10'), '财务收支', '9月财务', '明细', '校务公开栏', '教职工', '王建国'],
      [utcDate('2025-10-11'), '财务收支', null, '明细', '黑板报', '教职工', '王建国'],
      [utcDate('2025-10-12'), '财务收支', '10月财务', '明细', '校务公开栏', '教职工', '王建国'],
    ];
    const file = await writeXlsx(root, 'l.xlsx', rows);
    const r = await cli(['--archive', root, 'import', file], { env: ENV });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('第 3 行 C3（公开事项）：缺少必填字段“公开事项”');
    expect(r.stderr).toContain('第 3 行 E3（公开形式）：未知的公开形式“黑板报”');
    expect(recordFiles(root)).toEqual([]);
    expect(existsSync(join(root, 'records', '2025'))).toBe(false);
  });

  it('--sheet picks a worksheet by name or number; an unknown one lists the sheets', async () => {
    const root = writeArchive();
    const template = join(__dirname, '..', '..', 'templates', 'ledger-template.xlsx');
    const guide = await cli(['--archive', root, 'import', template, '--sheet', '填写说明'], { env: ENV });
    expect(guide.code).toBe(2);
    expect(guide.stderr).toContain('找不到表头');
    const none = await cli(['--archive', root, 'import', template, '--sheet', '9'], { env: ENV });
    expect(none.stderr).toContain('ledger-template.xlsx 中没有工作表“9”。现有：校务公开台账, 填写说明');
    const first = await cli(['--archive', root, 'import', template, '--sheet', '1', '--dry-run'], { env: ENV });
    expect(first.code).toBe(0);
    expect(first.stderr).toContain('将导入 4 条记录');
    expect(recordFiles(root)).toEqual([]);
  });
});
