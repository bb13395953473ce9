/**
 * `xwgk check` as people read it: a small archive with one of each common fault, rendered as text in
 * both languages and as JSON, compared with golden files. The docs (docs/checks.md) show this output.
 */
import { describe, expect, it } from 'vitest';
import { cli, writeArchive } from '../helpers/archive.js';

/** An archive with gaps and faults left in on purpose (the same one docs/checks.md shows). */
export const DEMO: Record<string, string> = {
  'records/2025/20250828-001.yaml': `id: 20250828-001
title: 2025年秋季学期收费项目与标准公示
category: fees
content: 作业本费每生每学期20元，按物价部门核定标准收取。
time: 2025-08-28
form: [fee-board, parent-letter]
audience: [parents]
timing: before
basis: 县发改委〔2025〕12号
responsible: 王建国
review: {by: 校务公开领导小组, on: 2025-08-25}
supervision: {by: 校务公开监督小组, on: 2025-08-26}
`,
  'records/2025/20250910-001.yaml': `id: 20250910-001
title: 2025年8月财务收支情况公开
category: finance
content: 8月份收入12000元，支出8600元。
time: 2025-09-10
form: [board]
audience: [staff]
timing: after
responsible: 王建国
review: {by: 校务公开领导小组, on: 2025-09-08}
supervision: {by: 校务公开监督小组, on: 2025-09-09}
`,
  'records/2025/20250915-001.yaml': `id: 20250915-001
title: 2025年秋季学期家庭经济困难学生资助名单公示
category: student-aid
content: 三年级(2)班 李小明（身份证11010519491231002X）
time: 2025-09-15
until: 2025-09-18
form: [board]
audience: [parents, students]
timing: before
responsible: 刘芳
`,
  'records/2025/20251010-002.yaml': `id: 20251010-002
title: 食堂伙食费收支公开
category: other
content: 9月伙食费收支情况。
time: 2025-10-10
form: [board]
audience: [parents]
responsible: 王建国
attachments:
  - {path: attachments/2025/canteen.jpg, sha256: 9f2c1a7e4b3d5c6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f}
feedback:
  - received: 2025-10-12
    channel: opinion-box
    summary: 希望公布菜价明细
`,
  'records/2025/20251020-001.yaml': `id: 20251020-001
title: 2025年9月财务收支情况公开
category: finance
content: 9月份收入186400元，支出74080元。
time: 2025-10-20
period: 2025-09
form: [board]
audience: [staff]
timing: after
responsible: 王建国
review: {by: 校务公开领导小组, on: 2025-10-17}
supervision: {by: 校务公开监督小组, on: 2025-10-21}
`,
  'records/2025/20251031-001.yaml': `id: 20251031-001
title: 学校教职工考勤制度（修订）
category: rules
content: 经教代会讨论通过的考勤制度修订稿。
time: 2025-10-31
form: [staff-meeting]
audience: [staff]
timing: before
decided: 2025-09-26
responsible: 王建国
`,
  'xwgk.yaml': `school: 实验小学
locale: zh-CN
holidays: [2025-10-01, 2025-10-02, 2025-10-03, 2025-10-04, 2025-10-05, 2025-10-06, 2025-10-07, 2025-10-08]
workdays: [2025-09-28, 2025-10-11]
`,
};

/** The checks of this branch, named so that a check added later (integrity) leaves the golden files alone. */
const MINE = ['schema', 'catalog', 'completeness', 'timeliness', 'approvals', 'feedback', 'attachments', 'privacy'];
const run = (args: string[], names = MINE) =>
  cli(['--archive', writeArchive(DEMO), 'check', ...names, '--term', '2025-2026-1', '--today', '2025-11-20', ...args]);

describe('xwgk check on the demo archive', () => {
  it.each(['zh-CN', 'en'])('prints every finding grouped by check, with counts (%s), and exits 1', async (lang) => {
    const r = await run(['--lang', lang]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    await expect(r.stdout).toMatchFileSnapshot(`golden/check-demo.${lang}.txt`);
  });

  it('prints the SPEC JSON shape', async () => {
    const r = await run(['--format', 'json', '--lang', 'en']);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout);
    expect(json.counts).toEqual({ error: 9, warning: 1 });
    await expect(r.stdout).toMatchFileSnapshot('golden/check-demo.en.json');
  });

  it('runs only the named checks (a prefix will do), and exits 0 when they find no error', async () => {
    const r = await run(['--lang', 'en'], ['sch', 'cat']);
    expect(r).toMatchObject({ code: 0, stdout: 'schema — passed\ncatalog — passed\n\nall checks passed\n' });
  });
});
