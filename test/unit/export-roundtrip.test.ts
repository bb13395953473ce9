import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSheet } from 'read-excel-file/node';
import { loadArchive } from '../../src/archive/load.js';
import { cli, FINANCE, recordYaml, writeArchive } from '../helpers/archive.js';

const ENV = { XWGK_TODAY: '2026-01-20', XWGK_LANG: 'zh-CN' };
const HASH = 'a'.repeat(64);

/** An archive with one record of each shape: approvals, a term key, a clock time, feedback, withdrawal, formulas. */
function richArchive(): string {
  return writeArchive({
    'records/2025/20251010-001.yaml': recordYaml({ ...FINANCE, period: '2025-09' }),
    'records/2025/20250828-001.yaml': recordYaml({
      id: '20250828-001',
      title: '2025年秋季学期收费公示',
      category: 'fees',
      content: '作业本费每生20元',
      time: '2025-08-28',
      term: '2025-2026-1',
      form: '[fee-board, website]',
      audience: '[parents]',
      timing: 'before',
      basis: '苏发改价格〔2024〕12号',
      responsible: '张丽',
      handler: '李明',
      review: '{by: 校务公开领导小组, on: 2025-08-25}',
      supervision: '{by: 校务公开监督小组, on: 2025-08-26}',
      until: '2025-09-10',
      tags: '[收费, 秋季]',
    }),
    'records/2025/20251020-001.yaml': recordYaml({
      id: '20251020-001',
      title: '=采购课桌椅120套',
      category: 'procurement',
      content: '|-\n  -课桌椅120套\n  +合计96000元',
      time: '2025-10-20T09:30',
      form: '[board, congress]',
      audience: '[staff]',
      decided: '2025-10-08',
      amount: 96000.5,
      responsible: '王建国',
      explanation: '"@按县教育局批复执行"',
      attachments: `[{path: attachments/2025/desk.jpg, sha256: ${HASH}, note: 公开栏照片}]`,
      feedback: '[{received: 2025-10-22, channel: opinion-box, summary: 询问课桌尺寸, response: 已按身高分三种, responded: 2025-10-24}]',
    }),
    'records/2025/20251020-002.yaml': recordYaml({
      id: '20251020-002',
      title: '错发的通知',
      category: 'other',
      content: '内容有误',
      time: '2025-10-20',
      form: '[website]',
      audience: '[public]',
      responsible: '王建国',
      status: 'withdrawn',
      withdrawn: '{on: 2025-10-21, reason: 内容有误，已重新发布}',
    }),
  });
}

/** The records of an archive, without where they came from. */
function records(root: string) {
  const a = loadArchive(root);
  expect(a.findings.filter((f) => f.severity === 'error')).toEqual([]);
  return a.records
    .map(({ record }) => {
      const { source, ...rest } = record;
      void source;
      return rest;
    })
    .sort((x, y) => (x.id < y.id ? -1 : 1));
}

describe('xwgk export', () => {
  it('jsonl: one record per line with its keys and file, in id order', async () => {
    const root = richArchive();
    const r = await cli(['--archive', root, 'export'], { env: ENV });
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['20250828-001', '20251010-001', '20251020-001', '20251020-002']);
    expect(lines[1]).toMatchObject({
      id: '20251010-001',
      category: 'finance',
      form: ['board'],
      status: 'published',
      file: 'records/2025/20251010-001.yaml',
    });
  });

  it('csv: BOM, CRLF, the headers import reads, labels in the user’s language beside the record id, dates, formula cells guarded', async () => {
    const root = richArchive();
    const r = await cli(['--archive', root, 'export', '--format', 'csv', '--month', '2025-10'], { env: ENV });
    expect(r.code).toBe(0);
    expect(
      r.stdout.startsWith(
        '\ufeff编号,公开时间,公开类别,公开事项,公开内容,公开形式,公开范围,公开时段,公示截止,所属学期,所属月份,决策日期,依据,金额(元),责任人,经办人,审核人,审核日期,监督认可人,认可日期,解释说明,标签,状态,撤回日期,撤回原因,附件,意见反馈\r\n',
      ),
    ).toBe(true);
    expect(r.stdout).toContain(
      '\r\n20251010-001,2025-10-10,财务收支,2025年9月财务收支情况公开,9月份收入186400元，支出74080元。,校务公开栏,教职工,事后,,,2025-09,,,,王建国,,校务公开领导小组,2025-10-09,校务公开监督小组,2025-10-09,,,已公开,,,,\r\n',
    );
    expect(r.stdout).toContain(
      `20251020-001,2025-10-20T09:30,大宗物资采购,'=采购课桌椅120套,"'-课桌椅120套\n+合计96000元",校务公开栏、教职工代表大会`,
    );
    expect(r.stdout).not.toContain('20250828-001'); // outside the month
  });

  it('xlsx: needs --out; a header row, real date cells, numbers', async () => {
    const root = richArchive();
    expect((await cli(['--archive', root, 'export', '--format', 'xlsx'], { env: ENV })).code).toBe(2);
    const out = join(root, 'export.xlsx');
    const r = await cli(['--archive', root, 'export', '--out', out], { env: ENV });
    expect(r.code).toBe(0);
    const rows = await readSheet(readFileSync(out));
    expect(rows[0]!.slice(0, 4)).toEqual(['编号', '公开时间', '公开类别', '公开事项']);
    expect(rows[1]![0]).toBe('20250828-001');
    const d = rows[1]![1] as unknown as Date;
    expect([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]).toEqual([2025, 8, 28]);
    expect(rows[3]![13]).toBe(96000.5);
  });
});

describe('round trips: archive → sheet → new archive gives the same records', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    it(format, async () => {
      const from = richArchive();
      const sheet = join(from, `export.${format}`);
      expect((await cli(['--archive', from, 'export', '--out', sheet], { env: ENV })).code).toBe(0);
      const to = writeArchive();
      const r = await cli(['--archive', to, 'import', sheet], { env: ENV });
      expect(r.stderr).toContain('导入 4 条记录');
      expect(r.code).toBe(0);
      expect(records(to)).toEqual(records(from));
      expect(loadArchive(to).records.find((x) => x.record.id === '20251010-001')!.record.source).toEqual({
        file: `export.${format}`,
        row: 3,
      });
      // and once more: everything is a duplicate now
      const again = await cli(['--archive', to, 'import', sheet], { env: ENV });
      expect(again.stderr).toContain('跳过重复 4 条');
    });
  }

  it('an English export imports too', async () => {
    const from = richArchive();
    const sheet = join(from, 'en.csv');
    expect((await cli(['--archive', from, '--lang', 'en', 'export', '--out', sheet], { env: ENV })).code).toBe(0);
    expect(readFileSync(sheet, 'utf8').slice(0, 40)).toBe('\ufeffId,Date,Category,Title,Content,Form,Aud');
    const to = writeArchive();
    expect((await cli(['--archive', to, 'import', sheet], { env: ENV })).code).toBe(0);
    expect(records(to)).toEqual(records(from));
  });
});
