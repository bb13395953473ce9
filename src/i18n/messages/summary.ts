/**
 * Messages of `xwgk summary`. The document's own wording is not here: it lives in
 * `templates/summary/<lang>/*.liquid`, where a school can change it without touching code.
 */
export const zh = {
  'cmd.summary': '生成学期校务公开工作总结（md、html、docx、json）',
  'opt.summary-term': '学期：编号（如 2025-2026-1）、current（默认）或 previous',
  'summary.timing-none': '未注明',
  'summary.page': '第 {page} 页，共 {pages} 页',
  'summary.chart-unavailable': '（本程序无法在此电脑上绘制图表，图表见 HTML 版总结：xwgk summary --format html）',
  'summary.matrix.met': '已公开',
  'summary.matrix.missing': '缺',
  'summary.matrix.pending': '未到期',
  'summary.default-file': '校务公开工作总结-{term}',
  'err.summary-unknown-term': '档案中没有学期 {term}：xwgk.yaml 没有设置它，也没有属于它的记录',
  'hint.summary-terms': '用 xwgk terms 查看学期；也可写 --term current（本学期）或 --term previous（上学期）',
  'err.summary-template': '总结模板 {file} 有错误：{detail}',
  'hint.summary-template': '改正该模板（templates/summary/ 下），或从安装包中恢复原文件',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'cmd.summary': "the term's disclosure work summary (md, html, docx, json)",
  'opt.summary-term': 'term: an id (e.g. 2025-2026-1), current (the default) or previous',
  'summary.timing-none': 'not stated',
  'summary.page': 'Page {page} of {pages}',
  'summary.chart-unavailable':
    '(charts cannot be drawn by this build on this computer; the HTML summary has them: xwgk summary --format html)',
  'summary.matrix.met': 'disclosed',
  'summary.matrix.missing': 'missing',
  'summary.matrix.pending': 'not yet due',
  'summary.default-file': 'disclosure-summary-{term}',
  'err.summary-unknown-term': 'the archive has no term {term}: xwgk.yaml does not set it and no record belongs to it',
  'hint.summary-terms': 'xwgk terms lists the terms; --term current (this term) and --term previous (the last one) also work',
  'err.summary-template': 'the summary template {file} has an error: {detail}',
  'hint.summary-template': 'correct the template (under templates/summary/) or restore the original from the package',
};
