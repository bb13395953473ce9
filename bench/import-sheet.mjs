// A ledger sheet for the import benchmark: N rows of a school's old 台账 as a UTF-8 CSV with a BOM (as
// Excel and WPS save it), with the usual Chinese headers, spread over one school year, every row valid.
//
//   node bench/import-sheet.mjs FILE N
import { writeFileSync } from 'node:fs';

const HEADER = ['序号', '公开时间', '公开类别', '公开事项', '公开内容', '公开形式', '公开范围', '公开时段', '责任人', '审核人', '审核日期', '监督认可人', '认可日期'];
const KINDS = [
  ['财务收支', '财务收支情况公开', '校务公开栏', '教职工', '事后'],
  ['学校发展规划与年度计划', '工作计划公开', '教职工代表大会', '教职工', ''],
  ['招生工作', '招生工作方案公开', '学校网站', '家长、社会', '事前'],
  ['其他事项', '校务通知', '校务公开栏', '教职工', ''],
];
const DAY = 86400000;

/** Writes the sheet and returns its path. */
export function writeImportSheet(path, rows) {
  const lines = [HEADER.join(',')];
  const first = Date.UTC(2024, 8, 2);
  for (let i = 1; i <= rows; i++) {
    const date = new Date(first + Math.floor(((i - 1) * 300) / rows) * DAY).toISOString().slice(0, 10);
    const before = new Date(Date.parse(date) - DAY).toISOString().slice(0, 10);
    const [category, title, form, audience, timing] = KINDS[i % KINDS.length];
    lines.push([i, date, category, `${date.slice(0, 7)}${title}（第${i}号）`, `${title}：详见附表，第${i}号。`, form, `"${audience.replace('、', ',')}"`, timing, '王建国', '校务公开领导小组', before, '校务公开监督小组', before].join(','));
  }
  writeFileSync(path, `\ufeff${lines.join('\r\n')}\r\n`);
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, n] = process.argv.slice(2);
  if (!file || !/^\d+$/.test(n ?? '')) {
    console.error('usage: node bench/import-sheet.mjs FILE N');
    process.exit(2);
  }
  writeImportSheet(file, Number(n));
}
