/**
 * A hand-built archive for the `status` and `audit` tests: the autumn term 2025-2026-1 seen on
 * 2025-12-20, with gaps left on purpose — November's accounts missing, October's posted twice (one
 * without its supervision), an opinion unanswered past its 15 days, a withdrawn notice, a title that
 * would run as a formula in Excel, and the school-year items still to come.
 */
import { FINANCE, journalRecords, recordYaml, writeArchive } from './archive.js';

export const VIEWS_TODAY = '2025-12-20';

/** The header row of the register sheet (CSV and xlsx) in Chinese: approvals split into who and when, the flag codes last. */
export const REGISTER_SHEET_HEADER_ZH = [
  '编号',
  '公开时间',
  '公开类别',
  '公开事项',
  '公开形式',
  '公开范围',
  '责任人',
  '领导小组审核',
  '审核日期',
  '监督小组认可',
  '认可日期',
  '意见反馈',
  '检查标记',
  '状态',
  '标记代码',
];

const approvals = { review: '{by: 校务公开领导小组, on: 2025-10-09}', supervision: '{by: 校务公开监督小组, on: 2025-10-09}' };

export const VIEWS_RECORDS: Record<string, Record<string, unknown>> = {
  'records/2025/20250828-001.yaml': {
    id: '20250828-001',
    title: '2025年秋季学期收费项目及标准公示',
    category: 'fees',
    content: '作业本费每生每学期30元。',
    time: '2025-08-28',
    form: '[fee-board, parent-letter]',
    audience: '[parents]',
    timing: 'before',
    basis: '市发改委〔2024〕12号',
    responsible: '李红梅',
    review: '{by: 校务公开领导小组, on: 2025-08-26}',
    supervision: '{by: 校务公开监督小组, on: 2025-08-27}',
  },
  'records/2025/20250905-001.yaml': {
    id: '20250905-001',
    title: '本学期重点工作安排',
    category: 'major-work',
    content: '课后服务、校舍维修、教师培训。',
    time: '2025-09-05',
    decided: '2025-09-03',
    form: '[admin-meeting, staff-meeting]',
    audience: '[staff]',
    timing: 'before',
    responsible: '王建国',
  },
  'records/2025/20251010-001.yaml': {
    ...FINANCE,
    feedback:
      '[{received: 2025-10-12, channel: opinion-box, summary: 询问维修费用明细, response: 已在公开栏补充明细, responded: 2025-10-15}, {received: 2025-10-20, channel: hotline, summary: 反映食堂采购价格偏高}]',
  },
  'records/2025/20251015-001.yaml': {
    id: '20251015-001',
    title: '"@全体家长：校园安全提醒"',
    category: 'safety',
    content: '近期天气转凉，请注意上下学交通安全。',
    time: '2025-10-15',
    form: '[website, parent-letter]',
    audience: '[parents, public]',
    timing: 'after',
    responsible: '赵敏',
    status: 'withdrawn',
    withdrawn: '{on: 2025-10-16, reason: 内容有误，已重新发布}',
  },
  'records/2025/20251020-001.yaml': {
    id: '20251020-001',
    title: '2025—2026学年学校工作计划',
    category: 'plan',
    content: '学年工作计划全文见公开栏。',
    time: '2025-10-20',
    form: '[congress, board]',
    audience: '[staff, parents]',
    timing: 'before',
    responsible: '王建国',
    feedback: '[{received: 2025-12-10, channel: congress-motion, summary: 建议增加课后体育活动时间}]',
  },
  'records/2025/20251112-001.yaml': {
    id: '20251112-001',
    title: '2025年10月财务收支情况公开',
    category: 'finance',
    content: '10月份收入120000元，支出98000元。',
    time: '2025-11-12',
    form: '[board]',
    audience: '[staff]',
    timing: 'after',
    responsible: '王建国',
    review: '{by: 校务公开领导小组, on: 2025-11-11}',
    supervision: '{by: 校务公开监督小组, on: 2025-11-11}',
  },
  'records/2025/20251114-001.yaml': {
    id: '20251114-001',
    title: '2025年10月财务收支补充说明',
    category: 'finance',
    content: '补充说明10月维修支出。',
    time: '2025-11-14',
    period: '2025-10',
    form: '[board]',
    audience: '[staff]',
    timing: 'after',
    responsible: '王建国',
    review: '{by: 校务公开领导小组, on: 2025-11-13}',
  },
};

/** Writes the archive; `settings` replaces xwgk.yaml. */
export function writeViewsArchive(settings?: string): string {
  const files: Record<string, string> = {};
  for (const [path, fields] of Object.entries(VIEWS_RECORDS)) files[path] = recordYaml(fields);
  if (settings) files['xwgk.yaml'] = settings;
  // Written by hand but journaled, so the register's flags are the ones this archive was built to show.
  const root = writeArchive(files);
  journalRecords(root);
  return root;
}
