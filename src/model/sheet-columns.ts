/**
 * The columns of a ledger sheet (台账): which record field each header names. A sheet is flat, so the
 * nested keys appear as `review.by`, `review.on`, … Headers are recognised by the words Chinese
 * offices actually use (日期/公开时间, 事项/标题 …) and by their English names; `--map` covers the rest.
 * Export writes the first name of each list, so what xwgk exports, xwgk imports.
 */
import type { Lang } from './lang.js';

export const SHEET_FIELDS = [
  'id',
  'time',
  'category',
  'title',
  'content',
  'form',
  'audience',
  'timing',
  'until',
  'term',
  'period',
  'decided',
  'basis',
  'amount',
  'responsible',
  'handler',
  'review.by',
  'review.on',
  'supervision.by',
  'supervision.on',
  'explanation',
  'tags',
  'status',
  'withdrawn.on',
  'withdrawn.reason',
  'attachments',
  'feedback',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];
/** A column that is recognised and deliberately not read (a row counter, or `--map 'H=-'`). */
export const IGNORE = 'ignore';
export type ColumnTarget = SheetField | typeof IGNORE;

/** Fields a row must have (the record's required keys); `id` is allocated on import. */
export const REQUIRED_FIELDS: readonly SheetField[] = ['time', 'category', 'title', 'content', 'form', 'audience', 'responsible'];
/** Fields holding calendar dates (`time` may also carry a clock time). */
export const DATE_FIELDS: readonly SheetField[] = ['time', 'until', 'decided', 'review.on', 'supervision.on', 'withdrawn.on'];

/** Header names per field: first the Chinese header export writes, then the English one, then other usual wordings. */
const HEADERS: Record<ColumnTarget, { zh: string; en: string; more: string[] }> = {
  id: { zh: '编号', en: 'Id', more: ['记录编号'] },
  time: {
    zh: '公开时间',
    en: 'Date',
    more: ['日期', '公开日期', '时间', '发布日期', '发布时间', '公示时间', '公示日期', 'time', '公开时间日期'],
  },
  category: { zh: '公开类别', en: 'Category', more: ['类别', '类型', '公开类型', '项目类别', '公开项目类别'] },
  title: { zh: '公开事项', en: 'Title', more: ['事项', '标题', '公开标题', '事项名称', '公开项目', '项目', '名称', 'subject'] },
  content: { zh: '公开内容', en: 'Content', more: ['内容', '主要内容', '具体内容', '公开内容摘要', '内容摘要'] },
  form: { zh: '公开形式', en: 'Form', more: ['形式', '载体', '公开载体', '公开方式', '方式', '公开途径', 'forms'] },
  audience: { zh: '公开范围', en: 'Audience', more: ['范围', '对象', '公开对象'] },
  timing: { zh: '公开时段', en: 'Timing', more: ['时段', '事前事中事后', '公开时机'] },
  until: { zh: '公示截止', en: 'Until', more: ['截止日期', '公示截止日期', '公示期至', '公示结束'] },
  term: { zh: '所属学期', en: 'Term', more: ['学期'] },
  period: { zh: '所属月份', en: 'Period', more: ['月份'] },
  decided: { zh: '决策日期', en: 'Decided', more: ['发生日期', '决策发生日期', '决定日期', '决策时间'] },
  basis: { zh: '依据', en: 'Basis', more: ['批准文号', '文号', '依据批准文号', '收费依据', '公开依据'] },
  amount: { zh: '金额(元)', en: 'Amount (yuan)', more: ['金额', 'amount', '金额元'] },
  responsible: { zh: '责任人', en: 'Responsible', more: ['负责人', '公开责任人'] },
  handler: { zh: '经办人', en: 'Handler', more: ['经手人', '承办人'] },
  'review.by': { zh: '审核人', en: 'Reviewed by', more: ['审核', '领导小组审核', '审核单位', 'review by', 'review'] },
  'review.on': { zh: '审核日期', en: 'Reviewed on', more: ['审核时间', 'review on', '领导小组审核日期'] },
  'supervision.by': {
    zh: '监督认可人',
    en: 'Supervision by',
    more: ['监督小组认可', '监督小组', '监督人', '认可', 'supervision', 'approved by'],
  },
  'supervision.on': { zh: '认可日期', en: 'Supervision on', more: ['监督认可日期', '监督日期', '监督小组认可日期', 'approved on'] },
  explanation: { zh: '解释说明', en: 'Explanation', more: ['说明', '备注', 'note', 'notes', 'remarks'] },
  tags: { zh: '标签', en: 'Tags', more: ['tag'] },
  status: { zh: '状态', en: 'Status', more: [] },
  'withdrawn.on': { zh: '撤回日期', en: 'Withdrawn on', more: [] },
  'withdrawn.reason': { zh: '撤回原因', en: 'Withdrawal reason', more: ['撤回理由', 'withdrawn reason'] },
  attachments: { zh: '附件', en: 'Attachments', more: [] },
  feedback: { zh: '意见反馈', en: 'Feedback', more: [] },
  [IGNORE]: { zh: '序号', en: 'No.', more: ['序', 'no', '#', '行号'] },
};

/** How a header is compared: full-width forms folded, case and spaces, `*` marks and colons dropped. */
export function normalizeHeader(h: string): string {
  return h
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s*:：_.]/g, '');
}

const BY_NAME = new Map<string, ColumnTarget>();
for (const [field, names] of Object.entries(HEADERS) as [ColumnTarget, (typeof HEADERS)[ColumnTarget]][]) {
  for (const n of [names.zh, names.en, field, ...names.more]) {
    const key = normalizeHeader(n);
    if (!BY_NAME.has(key)) BY_NAME.set(key, field);
  }
}

/**
 * The field a header names, or undefined. Tries the whole header, then without bracketed notes
 * (`金额（元）`, `事项(标题)`), then each part of a combined header (`日期/公开时间`, `形式、载体`).
 */
export function fieldForHeader(header: string): ColumnTarget | undefined {
  const whole = normalizeHeader(header);
  if (!whole) return undefined;
  const bare = whole.replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】|〔[^〕]*〕/g, '');
  for (const candidate of [whole, bare, whole.replace(/[/／、|]/g, '')]) {
    const f = BY_NAME.get(candidate);
    if (f) return f;
  }
  for (const part of bare.split(/[/／、|,，]/)) {
    const f = BY_NAME.get(part);
    if (f) return f;
  }
  // A bracketed note may itself name the field: `公开时间（日期）` is covered above; `（标题）事项` is not common.
  return undefined;
}

/**
 * The `kind` of a message parameter that lists sheet fields (`valid`: `title, responsible`): the
 * renderer shows each as its header in the reader's language with the id, 责任人 (responsible).
 */
export const SHEET_FIELD_KIND = 'sheet-field';

/** A field's header as export writes it. */
export function headerOf(field: SheetField, lang: Lang): string {
  return lang === 'en' ? HEADERS[field].en : HEADERS[field].zh;
}

/**
 * The target `--map 'Header=key'` (or `--default key=value`) names: a field (`review.by`, `review-by`),
 * `-`/`ignore`, or a usual header of the field (`责任人`, `审核日期`), as the sheet itself would name it.
 */
export function parseMapTarget(key: string): ColumnTarget | undefined {
  const k = key
    .trim()
    .toLowerCase()
    .replace(/-(by|on|reason)$/, '.$1')
    .replace(/^withdrawn-/, 'withdrawn.');
  if (k === '-' || k === IGNORE) return IGNORE;
  if (k === 'tag') return 'tags';
  return (SHEET_FIELDS as readonly string[]).includes(k) ? (k as SheetField) : fieldForHeader(key);
}

/** The spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
