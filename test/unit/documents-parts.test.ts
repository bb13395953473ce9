/** The pure parts behind the documents: problem kinds, flag phrases, rates, time zones, print XML, the record card. */
import { describe, expect, it } from 'vitest';
import { fieldLabel, t } from '../../src/i18n/index.js';
import { makeCatalog } from '../../src/model/catalog.js';
import { defaultCatalogData } from '../../src/archive/default-catalog.js';
import type { Finding } from '../../src/model/finding.js';
import type { DisclosureRecord } from '../../src/model/record.js';
import { zonedParts } from '../../src/model/time-zone.js';
import { flagLabel, flagsText } from '../../src/render/audit-flags.js';
import { ratePercent } from '../../src/render/percent.js';
import { recordCard } from '../../src/render/record-card.js';
import { titleLines } from '../../src/render/summary-docx.js';
import { isShortToken } from '../../src/render/summary-html.js';
import { groupProblems, problemKind } from '../../src/render/summary-problems.js';
import { addPrintLayout, columnLetters, printNames } from '../../src/render/xlsx-print.js';

const catalog = makeCatalog(defaultCatalogData());
const finding = (code: string, over: Partial<Finding> = {}): Finding => ({
  check: code.split('.')[0]!,
  code,
  severity: 'error',
  message: { key: 'label.hint' },
  ...over,
});

describe('problems in plain words', () => {
  it('sorts findings into kinds, never by check code alone', () => {
    expect(problemKind(finding('approvals.missing', { message: { key: 'check.approvals.missing-supervision' } }))).toBe('no-supervision');
    expect(problemKind(finding('approvals.missing', { message: { key: 'check.approvals.missing-review' } }))).toBe('no-review');
    expect(problemKind(finding('catalog.missing-field'))).toBe('missing-field');
    expect(problemKind(finding('privacy.mobile'))).toBe('privacy');
    expect(problemKind(finding('schema.invalid-value'))).toBe('format');
    expect(problemKind(finding('completeness.missing'))).toBeUndefined();
    expect(problemKind(finding('feedback.open'))).toBeUndefined();
  });

  it('names each record once per kind, in date order, with the labels of the fields missing', () => {
    const titles: Record<string, { title: string; date: string }> = {
      a: { title: '甲', date: '2026-03-01' },
      b: { title: '乙', date: '2026-02-01' },
    };
    const missing = (id: string, field: string) =>
      finding('catalog.missing-field', { id, message: { key: 'check.catalog.missing-field', params: { field } } });
    const { groups, rows } = groupProblems(
      [missing('a', 'basis'), missing('a', 'amount'), missing('b', 'basis'), finding('feedback.overdue', { id: 'a' })],
      (id) => titles[id],
      'zh-CN',
    );
    expect(groups).toEqual([
      {
        kind: 'missing-field',
        count: 3,
        records: [
          { id: 'b', ...titles.b },
          { id: 'a', ...titles.a },
        ],
        fields: ['依据（批准文号）', '金额'],
      },
      { kind: 'feedback-overdue', count: 1, records: [{ id: 'a', ...titles.a }], fields: [] },
    ]);
    expect(rows.map((r) => [r.kind, r.id, r.field])).toEqual([
      ['missing-field', 'b', '依据（批准文号）'],
      ['missing-field', 'a', '依据（批准文号）'],
      ['missing-field', 'a', '金额'],
      ['feedback-overdue', 'a', undefined],
    ]);
  });
});

describe('words for ids', () => {
  it('turns flags into short phrases, falling back to the check, then the code', () => {
    expect(flagLabel('zh-CN', { code: 'catalog.missing-field', field: 'basis' })).toBe('缺依据（批准文号）');
    expect(flagLabel('zh-CN', { code: 'approvals.missing', field: 'supervision' })).toBe('缺监督小组认可');
    expect(flagLabel('zh-CN', { code: 'privacy.something-new' })).toBe('含个人信息');
    expect(flagLabel('en', { code: 'feedback.overdue' })).toBe('opinion unanswered, overdue');
    expect(flagLabel('zh-CN', { code: 'nocheck.x' })).toBe('nocheck.x');
    expect(flagsText('zh-CN', [{ code: 'feedback.overdue' }, { code: 'feedback.overdue' }, { code: 'feedback.open' }])).toBe(
      '意见逾期未答复；意见待答复',
    );
  });

  it('names fields by their labels in Chinese messages, keeps the key for command syntax, and counts in English', () => {
    expect(fieldLabel('zh-CN', 'review.by')).toBe('审核的领导小组');
    expect(fieldLabel('zh-CN', 'feedback.0.response')).toBe('意见反馈');
    expect(t('zh-CN', 'err.required', { field: 'review.by' })).toBe('缺少必填字段“审核的领导小组”');
    expect(t('zh-CN', 'hint.catalog.missing-field', { field: 'basis', id: '20260212-001' })).toBe(
      '补上“依据（批准文号）”（把“新值”换成实际内容）：xwgk amend 20260212-001 --set basis=新值 --reason "补记依据（批准文号）"',
    );
    expect(t('en', 'err.required', { field: 'review.by' })).toBe('the required field review.by is missing');
    expect(t('zh-CN', 'err.syntax', { yaml: 'TAB_AS_INDENT', detail: 'Tabs are not allowed' })).toBe(
      'YAML 语法错误：不能用 Tab 缩进，请改用空格（解析器原文：Tabs are not allowed）',
    );
    expect([t('en', 'status.age', { n: 1 }), t('en', 'status.age', { n: 2 })]).toEqual(['1 day', '2 days']);
    expect(t('zh-CN', 'verify.seal-changed', { term: '2025-2026-1', date: '2026-02-01', action: 'amend', reason: '标题补注修订' })).toBe(
      '所属学期 2025-2026-1 已于 2026-02-01 封存，之后又被修改（修改，原因：标题补注修订）',
    );
  });

  it('shows a rate one way everywhere', () => {
    expect([0.875, 1, 2 / 3, 5 / 6, 0, 0.0004].map(ratePercent)).toEqual(['87.5', '100', '66.7', '83.3', '0', '0']);
  });

  it('shows a journal instant on the school’s clock', () => {
    expect(zonedParts('2026-01-26T01:00:00.000Z')).toEqual({ date: '2026-01-26', time: '09:00:00' });
    expect(zonedParts('2026-01-26T01:00:00.000Z', 'America/Los_Angeles')).toEqual({ date: '2026-01-25', time: '17:00:00' });
  });
});

describe('print layout of a register sheet', () => {
  const xml =
    '<worksheet xmlns="x"><sheetViews/><sheetData><row r="1"/></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells><pageMargins left="0.7"/><pageSetup paperSize="9" orientation="landscape"/></worksheet>';
  it('adds fit-to-width, the filter, print options and the footer in the order ECMA-376 requires', () => {
    const out = addPrintLayout(xml, { headerRow: 3, lastRow: 10, columns: 15, footer: '第 &P 页，共 &N 页', hidden: [] });
    expect(out).toBe(
      '<worksheet xmlns="x"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews/><sheetData><row r="1"/></sheetData><autoFilter ref="A3:O10"/><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>' +
        '<printOptions horizontalCentered="1"/><pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
        '<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter></worksheet>',
    );
  });
  it('names the print titles and the filter range of each laid-out sheet', () => {
    expect(
      printNames([{ sheet: "Tom's", print: { headerRow: 3, lastRow: 5, columns: 2, footer: '', hidden: [] } }, { sheet: 'plain' }]),
    ).toBe(
      `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Tom''s'!$A$3:$B$5</definedName><definedName name="_xlnm.Print_Titles" localSheetId="0">'Tom''s'!$3:$3</definedName></definedNames>`,
    );
    expect([0, 14, 25, 26, 701].map(columnLetters)).toEqual(['A', 'O', 'Z', 'AA', 'ZZ']);
  });
});

describe('small document rules', () => {
  const FEES = {
    id: '20250828-001',
    category: 'fees',
    title: '收费公示',
    content: '作业本费。',
    time: '2025-08-28',
    form: ['fee-board', 'board'],
    audience: ['parents'],
    timing: 'before',
    amount: 1200,
    responsible: '王建国',
    status: 'published',
  } as unknown as DisclosureRecord;
  it('sets a record out as a labelled table for confirmation', () => {
    const card = recordCard(FEES, catalog, 'zh-CN');
    expect(card.split('\n').map((l) => l.trim().replace(/\s+/, ' '))).toEqual([
      '公开类别 收费项目与标准',
      '公开事项 收费公示',
      '公开内容 作业本费。',
      '公开时间 2025-08-28',
      '公开形式 收费公示栏、校务公开栏',
      '公开范围 家长',
      '公开时段 事前',
      '金额 1,200 元',
      '责任人 王建国',
    ]);
  });
  it('shows every key a clerk fills in, category first and attachments last, and none of the bookkeeping', () => {
    const r = {
      ...FEES,
      until: '2025-09-05',
      term: '2025-2026-1',
      period: '2025-08',
      decided: '2025-08-20',
      basis: '示教收〔2025〕3号',
      handler: '李梅',
      review: { by: '张校长', on: '2025-08-21' },
      supervision: { by: '赵老师', on: '2025-08-22' },
      explanation: '按学期收取。',
      attachments: [{ path: 'attachments/2025/notice.pdf', sha256: 'a'.repeat(64) }],
      feedback: [{ received: '2025-08-29', channel: 'board', summary: '问询' }],
      tags: ['收费'],
      source: { file: 'sheet.xlsx', row: 2 },
    } as unknown as DisclosureRecord;
    const labels = recordCard(r, catalog, 'en')
      .split('\n')
      .map((l) => l.trim());
    const keys = ['category', 'title', 'content', 'time', 'until', 'term', 'period', 'form', 'audience', 'timing', 'decided', 'basis'];
    const rest = ['amount', 'responsible', 'handler', 'review', 'supervision', 'explanation', 'tags', 'attachments'];
    const expected = [...keys, ...rest].map((k) => fieldLabel('en', k));
    expect(labels.map((l) => expected.find((label) => l.startsWith(label + ' ')))).toEqual(expected);
    expect(labels.at(-1)).toMatch(/attachments\/2025\/notice\.pdf$/);
  });
  it('splits the title after the school, and keeps ids, dates and names on one line', () => {
    expect(titleLines('示例市实验小学2025—2026学年第二学期校务公开工作总结', '示例市实验小学')).toEqual([
      '示例市实验小学',
      '2025—2026学年第二学期校务公开工作总结',
    ]);
    expect(titleLines('Report', 'Other school')).toEqual(['Report']);
    expect(['20260210-001', '2026年2月10日', '王建国', '96,000', '10 Jul 2026'].every(isShortToken)).toBe(true);
    expect(isShortToken('2026年春季学期收费项目及标准公示')).toBe(false);
  });
});
