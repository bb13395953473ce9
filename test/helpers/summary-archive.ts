/**
 * The hand-built archive of the summary tests: the autumn term 2025-2026-1 with a fee notice posted on
 * Aug 28 (it belongs to the term), a withdrawn tender, feedback answered, late and overdue, a record
 * missing its supervision, and records of the neighbouring terms that must not be counted.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { cli, journalRecords, recordYaml, tempDir, writeArchive } from './archive.js';

export const SUMMARY_TODAY = '2026-03-01';
export const SUMMARY_TERM = '2025-2026-1';

const SETTINGS = `school: 测试小学
locale: zh-CN
feedback_days: 15
terms:
  - { id: 2025-2026-1, name: 2025—2026学年第一学期, start: 2025-09-01, end: 2026-01-25 }
  - { id: 2025-2026-2, name: 2025—2026学年第二学期, start: 2026-02-23, end: 2026-07-10 }
`;

const approved = (on: string) => ({ review: `{by: 校务公开领导小组, on: ${on}}`, supervision: `{by: 校务公开监督小组, on: ${on}}` });

const base = { form: '[board]', audience: '[staff]', responsible: '王建国' };

/** id → fields (YAML text values), each written to records/YYYY/ID.yaml. */
export const SUMMARY_RECORDS: Record<string, Record<string, string | number>> = {
  // The previous term (2024-2025-2, default dates Feb 1 – Aug 31 2025).
  '20250310-001': {
    ...base,
    title: '2025年2月财务收支公开',
    category: 'finance',
    content: '2月收支。',
    time: '2025-03-10',
    timing: 'after',
    ...approved('2025-03-09'),
  },
  '20250620-001': {
    ...base,
    title: '教代会工作报告',
    category: 'congress',
    content: '年度工作报告。',
    time: '2025-06-20',
    form: '[congress]',
    timing: 'after',
  },
  // The term: the fee notice of Aug 28 counts in it.
  '20250828-001': {
    ...base,
    title: '2025年秋季学期收费项目与标准公示',
    category: 'fees',
    content: '作业本费每生每学期40元。',
    time: '2025-08-28',
    form: '[fee-board, parent-letter]',
    audience: '[parents]',
    timing: 'before',
    basis: '某价费〔2025〕12号',
    ...approved('2025-08-26'),
  },
  '20250905-001': {
    ...base,
    title: '本学期重大工作安排',
    category: 'major-work',
    content: '校舍维修等。',
    time: '2025-09-05',
    decided: '2025-09-01',
    form: '[admin-meeting, board]',
    timing: 'before',
  },
  '20251010-001': {
    ...base,
    title: '2025年9月财务收支公开',
    category: 'finance',
    content: '9月收支。',
    time: '2025-10-10',
    timing: 'after',
    ...approved('2025-10-09'),
    feedback: '[{received: 2025-10-12, channel: opinion-box, summary: 询问办公经费, response: 已在公开栏答复, responded: 2025-10-20}]',
  },
  '20251112-001': {
    ...base,
    title: '2025年10月财务收支公开',
    category: 'finance',
    content: '10月收支。',
    time: '2025-11-12',
    form: '[board, congress]',
    timing: 'after',
    explanation: '10月维修支出较大，系校舍维修。',
    ...approved('2025-11-11'),
    feedback: '[{received: 2025-11-13, channel: hotline, summary: 询问维修费用}]',
  },
  '20251120-001': {
    ...base,
    title: '多媒体教学设备采购',
    category: 'procurement',
    content: '采购交互式一体机8台。',
    time: '2025-11-20',
    form: '[board, website]',
    audience: '[staff, public]',
    timing: 'before',
    amount: 96000,
    ...approved('2025-11-18'),
  },
  '20251201-001': {
    ...base,
    title: '操场改造工程招标',
    category: 'tender',
    content: '操场塑胶跑道改造。',
    time: '2025-12-01',
    timing: 'before',
    amount: 1280000,
    ...approved('2025-11-28'),
    status: 'withdrawn',
    withdrawn: '{on: 2025-12-03, reason: 金额录入有误，重新公开}',
  },
  '20251215-001': {
    ...base,
    title: '2025年11月财务收支公开',
    category: 'finance',
    content: '11月收支。',
    time: '2025-12-15',
    timing: 'after',
    amount: 45000,
    review: '{by: 校务公开领导小组, on: 2025-12-14}',
  },
  '20260110-001': {
    ...base,
    title: '寒假安全告家长书',
    category: 'safety',
    content: '寒假安全提醒。',
    time: '2026-01-10',
    form: '[website, parent-letter]',
    audience: '[parents, public]',
    timing: 'after',
    feedback: '[{received: 2026-01-12, channel: online, summary: 建议增加防溺水内容, response: 已采纳, responded: 2026-02-05}]',
  },
  // The next term: Feb 20 falls between the configured terms, so it belongs to 2025-2026-2.
  '20260220-001': {
    ...base,
    title: '2026年春季学期收费公示',
    category: 'fees',
    content: '作业本费。',
    time: '2026-02-20',
    form: '[fee-board]',
    audience: '[parents]',
    timing: 'before',
    basis: '某价费〔2025〕12号',
    ...approved('2026-02-18'),
  },
  '20260228-001': {
    ...base,
    title: '2026年2月财务收支公开',
    category: 'finance',
    content: '2月收支。',
    time: '2026-02-28',
    timing: 'after',
    ...approved('2026-02-27'),
  },
};

export function writeSummaryArchive(settings = SETTINGS): string {
  const files: Record<string, string> = { 'xwgk.yaml': settings };
  for (const [id, fields] of Object.entries(SUMMARY_RECORDS)) {
    files[`records/${id.slice(0, 4)}/${id}.yaml`] = recordYaml({ id, ...fields });
  }
  // Written by hand but journaled, so the summary's findings are the ones this archive was built to show.
  const root = writeArchive(files);
  journalRecords(root);
  return root;
}

/** Writes the term's summary of a fresh summary archive in `lang` to `name` (its extension picks the format); returns its path. */
export async function writeSummaryFile(lang: string, name: string): Promise<string> {
  const dir = tempDir();
  const args = [
    '--archive',
    writeSummaryArchive(),
    'summary',
    '--term',
    SUMMARY_TERM,
    '--today',
    SUMMARY_TODAY,
    '--lang',
    lang,
    '--out',
    name,
  ];
  const r = await cli(args, { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return join(dir, name);
}
