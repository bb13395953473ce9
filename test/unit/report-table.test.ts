/**
 * The national table of part three as the document prints it, cell by cell from the sample's
 * register: each column's own check (一 + 二 = （七）总计 + 四), each outcome row the sum of its reason
 * rows, and the rows in the order and wording of 国办公开办函〔2021〕30号.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { makeRenderContext } from '../../src/render/context.js';
import { appealRows, requestMatrixRows } from '../../src/render/report-view.js';
import { buildAnnualReport } from '../../src/reports/annual-report.js';
import { REPO } from '../helpers/archive.js';

const archive = loadArchive(join(REPO, 'archive'), { cache: false });
const report = buildAnnualReport(archive, 2025, '2026-01-20');
const zh = makeRenderContext({ lang: 'zh-CN', catalog: archive.catalog, color: false });
const rows = requestMatrixRows(report, zh);
const row = (label: string) => rows.find((r) => r.label === label)!.cells;

describe('the applicant × outcome table of the 2025 report', () => {
  it('has the national rows, in order', () => {
    expect(rows.map((r) => r.label)).toEqual([
      '一、本年新收信息公开申请数量',
      '二、上年结转信息公开申请数量',
      '三、本年度办理结果',
      '（一）予以公开',
      '（二）部分公开',
      '（三）不予公开',
      '1. 属于国家秘密',
      '2. 其他法律行政法规禁止公开',
      '3. 危及“三安全一稳定”',
      '4. 保护第三方合法权益',
      '5. 属于三类内部事务信息',
      '6. 属于四类过程性信息',
      '7. 属于行政执法案卷',
      '8. 属于行政查询事项',
      '（四）无法提供',
      '1. 本机关不掌握相关信息',
      '2. 没有现成信息需要另行制作',
      '3. 补正后申请内容仍不明确',
      '（五）不予处理',
      '1. 信访举报投诉类申请',
      '2. 重复申请',
      '3. 要求提供公开出版物',
      '4. 无正当理由大量反复申请',
      '5. 要求确认或重新出具已获取信息',
      '（六）其他处理',
      '1. 申请人逾期不补正',
      '2. 申请人逾期未缴纳费用',
      '3. 其他',
      '（七）总计',
      '四、结转下年度继续办理',
    ]);
  });

  it('holds the sample register, column by column: person, business, research, non-profit, legal, other, total', () => {
    expect(row('一、本年新收信息公开申请数量')).toEqual([7, 2, 1, 1, 1, 0, 12]);
    expect(row('二、上年结转信息公开申请数量')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('（一）予以公开')).toEqual([4, 2, 0, 1, 1, 0, 8]);
    expect(row('（二）部分公开')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('（三）不予公开')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('4. 保护第三方合法权益')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('2. 没有现成信息需要另行制作')).toEqual([0, 0, 1, 0, 0, 0, 1]);
    expect(row('1. 信访举报投诉类申请')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row('（七）总计')).toEqual([7, 2, 1, 1, 1, 0, 12]);
    expect(row('四、结转下年度继续办理')).toEqual([1, 0, 0, 0, 0, 0, 1]);
  });

  it('balances in every column: 一 + 二 = （七）+ 四', () => {
    for (let i = 0; i < 7; i++)
      expect(row('一、本年新收信息公开申请数量')[i]! + row('二、上年结转信息公开申请数量')[i]!).toBe(
        row('（七）总计')[i]! + row('四、结转下年度继续办理')[i]!,
      );
  });

  it('adds each outcome up from its reasons', () => {
    const start = (label: string) => rows.findIndex((r) => r.label === label);
    for (const outcome of ['（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']) {
      const at = start(outcome);
      const subs = [];
      for (let k = at + 1; k < rows.length && rows[k]!.level === 2; k++) subs.push(rows[k]!.cells);
      expect(subs.reduce((sum, c) => sum.map((x, i) => x + c[i]!), [0, 0, 0, 0, 0, 0, 0])).toEqual(rows[at]!.cells);
    }
  });

  it('part four: the review that upheld the answer', () => {
    expect(appealRows(report, zh)).toEqual([
      { label: '行政复议', cells: [1, 0, 0, 0, 1] },
      { label: '行政诉讼（未经复议直接起诉）', cells: [0, 0, 0, 0, 0] },
      { label: '行政诉讼（复议后起诉）', cells: [0, 0, 0, 0, 0] },
    ]);
  });
});
