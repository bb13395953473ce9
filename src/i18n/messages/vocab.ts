/** Messages of "never silently wrong": skipped files, the default term, the one vocabulary of inputs. */
export const zh = {
  'skipped.header': '{n} 个记录文件无法读取，未计入本次结果（查看全部问题：xwgk check schema）：',
  'skipped.notice': '{n} 个记录文件无法读取，本报告未计入：{files}。请用 xwgk check schema 查看并修正。',
  'skipped.label': '注意',
  'err.misspelt-key': '缺少必填字段 {field}：字段名 {given} 应是 {field}',
  'hint.rename-key': '在编辑器中把 {given} 改名为 {field}，然后运行 xwgk check schema 复查',
  'seal.unreadable': '学期 {term} 有 {n} 个记录文件无法读取，未封存：',
  'hint.seal-unreadable': '先修正这些文件（xwgk check schema 列出全部问题），再封存',
  'export.unreadable': '{n} 个记录文件无法读取，未导出：',
  'hint.export-unreadable': '先修正这些文件（xwgk check schema），或加 --skip-unreadable 只导出能读取的记录',
  'opt.skip-unreadable': '有记录文件无法读取时仍然导出其余记录（在标准错误中列出跳过的文件）',
} as const;

export const en: Record<keyof typeof zh, string> = {
  'skipped.header': '{n} record file(s) could not be read and are left out of this output (to see every problem: xwgk check schema):',
  'skipped.notice': '{n} record file(s) could not be read and are not counted in this report: {files}. Run xwgk check schema to see and fix them.',
  'skipped.label': 'Note',
  'err.misspelt-key': 'the required field {field} is missing: the key {given} should be {field}',
  'hint.rename-key': 'rename {given} to {field} in an editor, then run xwgk check schema again',
  'seal.unreadable': 'the term {term} has {n} record file(s) that cannot be read; not sealed:',
  'hint.seal-unreadable': 'fix these files first (xwgk check schema lists every problem), then seal',
  'export.unreadable': '{n} record file(s) cannot be read; nothing exported:',
  'hint.export-unreadable': 'fix these files first (xwgk check schema), or add --skip-unreadable to export the records that can be read',
  'opt.skip-unreadable': 'export the other records even when some record files cannot be read (the skipped files are listed on stderr)',
};
