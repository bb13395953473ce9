// Writes the fill-in ledger sheets in templates/ (ledger-template.xlsx and .csv) with the Chinese
// headers `xwgk import` recognises and four sample rows. Run: npx tsx scripts/make-ledger-template.ts
import { writeFileSync } from 'node:fs';
import { renderGridAsCsv } from '../src/render/csv.js';
import { renderSheetsAsXlsx, type SheetCell } from '../src/render/xlsx.js';

const HEADERS = ['序号', '公开时间', '公开类别', '公开事项', '公开内容', '公开形式', '公开范围', '公开时段', '责任人', '经办人', '依据', '金额(元)', '决策日期', '公示截止', '审核人', '审核日期', '监督认可人', '认可日期', '解释说明'];
const d = (date: string) => ({ date });
const ROWS: SheetCell[][] = [
  [1, d('2025-08-28'), '收费项目与标准', '2025年秋季学期收费公示', '作业本费每生每学期20元；校服费按自愿原则征订，每套150元。投诉电话：0512-12345678。', '收费公示栏、告家长书', '家长', '事前', '张丽', '李明', '苏价费〔2024〕12号', null, null, null, '校务公开领导小组', d('2025-08-25'), '校务公开监督小组', d('2025-08-26'), null],
  [2, d('2025-10-10'), '财务收支', '2025年9月财务收支情况公开', '9月份收入186400元，支出74080元，明细见校务公开栏。', '校务公开栏', '教职工', '事后', '王建国', null, null, null, null, null, '校务公开领导小组', d('2025-10-09'), '校务公开监督小组', d('2025-10-09'), null],
  [3, d('2025-10-20'), '大宗物资采购', '采购学生课桌椅120套', '经公开招标采购学生课桌椅120套，合计96000元。', '校务公开栏、教职工代表大会', '教职工', '事后', '王建国', '李明', null, 96000, d('2025-10-08'), null, '校务公开领导小组', d('2025-10-15'), '校务公开监督小组', d('2025-10-16'), null],
  [4, d('2025-11-03'), '学生资助公示', '2025年秋季家庭经济困难学生生活补助名单公示', '受助学生姓名、年级、班级（不含身份证号、电话、住址）。', '校务公开栏', '家长、学生', '事前', '赵敏', null, null, null, null, d('2025-11-10'), null, null, null, null, '公示期5个工作日'],
];
const GUIDE: SheetCell[][] = [
  ['公开时间', '必填', '2025-09-05、2025/9/5、2025年9月5日或 Excel 日期均可'],
  ['公开类别', '必填', '财务收支、收费项目与标准、招生工作……（xwgk catalog 查看全部）'],
  ['公开事项', '必填', '一句话写明公开了什么'],
  ['公开内容', '必填', '公开的具体内容，可换行'],
  ['公开形式', '必填', '校务公开栏、学校网站、教职工代表大会……多个用顿号隔开'],
  ['公开范围', '必填', '教职工、学生、家长、社会，多个用顿号隔开'],
  ['责任人', '必填', '公开责任人姓名'],
  ['公开时段', '', '事前、事中、事后'],
  ['依据', '', '收费等须写批准机关和文号'],
  ['金额(元)', '', '数字，如 96000'],
  ['审核人/审核日期', '', '领导小组审核（财务、收费、采购须填）'],
  ['监督认可人/认可日期', '', '监督小组认可（财务、收费、采购须填）'],
  ['决策日期、公示截止', '', '事项决定的日期；公示期的最后一天'],
  ['序号', '', '不导入，仅便于核对；其他不认识的列导入时会提示并忽略'],
];

const csv = renderGridAsCsv({ headers: HEADERS, rows: ROWS.map((r) => r.map((c) => (c === null ? '' : typeof c === 'object' ? c.date : String(c)))) });
writeFileSync(new URL('../templates/ledger-template.csv', import.meta.url), csv);
const xlsx = await renderSheetsAsXlsx([
  { name: '校务公开台账', headers: HEADERS, rows: ROWS },
  { name: '填写说明', headers: ['列名', '是否必填', '怎么填'], rows: GUIDE },
]);
writeFileSync(new URL('../templates/ledger-template.xlsx', import.meta.url), xlsx);
