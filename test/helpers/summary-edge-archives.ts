/**
 * Two archives that push the summary's wording to its edges (each journaled, so only the problems built
 * in show): "ties" — a short autumn term where every month has 3 disclosures and two categories tie
 * (one whose name holds 、 / "and"), nothing missing, no explanation given, plus an empty spring term
 * where everything due is missing (all zero); "problems" — a term with every kind of problem at once (one record file
 * cannot even be read: its date does not exist).
 */
import { journalRecords, recordYaml, writeArchive } from './archive.js';

const ok = (on: string) => ({ review: `{by: 校务公开领导小组, on: ${on}}`, supervision: `{by: 校务公开监督小组, on: ${on}}` });
const base = { form: '[board]', audience: '[staff]', responsible: '李明' };

function archiveOf(settings: string, records: Record<string, Record<string, string | number>>): string {
  const files: Record<string, string> = { 'xwgk.yaml': settings };
  for (const [id, fields] of Object.entries(records)) files[`records/${id.slice(0, 4)}/${id}.yaml`] = recordYaml({ id, ...fields });
  const root = writeArchive(files);
  journalRecords(root);
  return root;
}

export const TIES = { term: '2026-2027-1', emptyTerm: '2026-2027-2', today: '2027-08-01' } as const;

/** The "ties" archive: see the header. */
export function writeTiesArchive(): string {
  const settings = `school: 平安路小学
locale: zh-CN
terms:
  - { id: 2026-2027-1, name: 2026—2027学年第一学期, start: 2026-09-01, end: 2026-11-30 }
  - { id: 2026-2027-2, name: 2026—2027学年第二学期, start: 2027-02-20, end: 2027-06-30 }
catalog:
  categories:
    - { id: other, label: { zh-CN: 文体活动、社会实践, en: Sports and outings } }
`;
  return archiveOf(settings, {
    '20260902-001': {
      ...base,
      title: '2026年秋季学期收费项目公示',
      category: 'fees',
      content: '作业本费每生每学期40元。',
      time: '2026-09-02',
      form: '[fee-board]',
      audience: '[parents]',
      timing: 'before',
      basis: '某价费〔2026〕3号',
      ...ok('2026-09-01'),
    },
    '20260905-001': {
      ...base,
      title: '本学期学校工作安排',
      category: 'major-work',
      content: '工作要点。',
      time: '2026-09-05',
      decided: '2026-09-01',
      timing: 'before',
    },
    '20260908-001': {
      ...base,
      title: '2026—2027学年学校工作计划',
      category: 'plan',
      content: '学年计划。',
      time: '2026-09-08',
      timing: 'before',
    },
    '20261010-001': {
      ...base,
      title: '2026年9月财务收支公开',
      category: 'finance',
      content: '9月收支。',
      time: '2026-10-10',
      timing: 'after',
      ...ok('2026-10-09'),
    },
    '20261015-001': { ...base, title: '秋季运动会安排', category: 'other', content: '运动会。', time: '2026-10-15', timing: 'after' },
    '20261020-001': { ...base, title: '研学旅行安排', category: 'other', content: '研学。', time: '2026-10-20', timing: 'after' },
    '20261110-001': {
      ...base,
      title: '2026年10月财务收支公开',
      category: 'finance',
      content: '10月收支。',
      time: '2026-11-10',
      timing: 'after',
      ...ok('2026-11-09'),
    },
    '20261120-001': { ...base, title: '读书节活动安排', category: 'other', content: '读书节。', time: '2026-11-20', timing: 'after' },
    '20261130-001': {
      ...base,
      title: '2026年11月财务收支公开',
      category: 'finance',
      content: '11月收支。',
      time: '2026-11-30',
      timing: 'after',
      ...ok('2026-11-29'),
    },
  });
}

export const PROBLEMS = { term: '2026-2027-1', today: '2027-03-01' } as const;

/** The "problems" archive: see the header. */
export function writeProblemsArchive(): string {
  const settings = `school: 平安路小学
locale: zh-CN
feedback_days: 15
`;
  return archiveOf(settings, {
    '20260915-001': {
      ...base,
      title: '2026年秋季学期收费公示',
      category: 'fees',
      content: '作业本费。',
      time: '2026-09-15',
      form: '[fee-board]',
      timing: 'after',
    },
    '20260920-001': {
      ...base,
      title: '家庭经济困难学生资助名单公示',
      category: 'student-aid',
      content: '张小明，银行卡号6222020200112233445。',
      time: '2026-09-20',
      audience: '[parents, students]',
      timing: 'before',
    },
    '20261010-001': {
      ...base,
      title: '2026年9月财务收支公开',
      category: 'finance',
      content: '9月收支。',
      time: '2026-10-10',
      timing: 'after',
    },
    '20261020-001': {
      ...base,
      title: '教室空调采购',
      category: 'procurement',
      content: '采购空调。',
      time: '2026-10-20',
      timing: 'before',
      ...ok('2026-10-19'),
    },
    '20261025-001': {
      ...base,
      title: '秋季消防演练情况通报',
      category: 'safety',
      content: '演练情况，联系电话13812345678。',
      time: '2026-10-25',
      audience: '[parents, public]',
      timing: 'after',
      feedback:
        '[{received: 2026-10-26, channel: hotline, summary: 询问演练安排}, {received: 2026-10-27, channel: opinion-box, summary: 建议增加演练, response: 已采纳, responded: 2026-12-20}]',
    },
    '20261105-001': {
      ...base,
      title: '本学期学校工作安排',
      category: 'major-work',
      content: '工作要点。',
      time: '2026-11-05',
      decided: '2026-09-01',
      timing: 'before',
    },
    '20261110-001': {
      ...base,
      title: '2026年10月财务收支公开',
      category: 'finance',
      content: '10月收支。',
      time: '2026-11-10',
      timing: 'after',
      review: '{by: 校务公开领导小组, on: 2026-11-12}',
    },
    '20261112-001': {
      ...base,
      title: '校园文化节安排',
      category: 'other',
      content: '文化节。',
      time: '2026-11-12',
      attachments: '[{path: attachments/2026/board.jpg, sha256: "0000000000000000000000000000000000000000000000000000000000000000"}]',
    },
    '20261201-001': {
      ...base,
      title: '教研组长任用公示',
      category: 'appointments',
      content: '拟任用名单。',
      time: '2026-12-01',
      until: '2026-12-02',
      decided: '2026-11-30',
      timing: 'before',
    },
    '20261130-001': { ...base, title: '日期写错的记录', category: 'other', content: '某项活动。', time: '2026-11-31', timing: 'after' },
    '20261215-001': {
      ...base,
      title: '2026年11月财务收支公开',
      category: 'finance',
      content: '11月收支。',
      time: '2026-12-15',
      timing: 'after',
    },
  });
}
