/**
 * `xwgk report`: the 2025 annual report of the sample archive in both languages (golden files), its
 * JSON figures against the sample's register, sentences that follow the data, and bad input refused.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, REPO, SETTINGS_EN, tempDir, writeArchive } from '../helpers/archive.js';

const SAMPLE = join(REPO, 'archive');
const report = (args: string[], opts: { cwd?: string } = {}) =>
  cli(['--archive', SAMPLE, 'report', '--year', '2025', '--today', '2026-01-20', ...args], opts);

describe('report --year 2025 of the sample archive', () => {
  it('writes the Chinese report', async () => {
    const r = await report(['--lang', 'zh-CN']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/report-2025.zh-CN.md');
  });

  it('writes the English report', async () => {
    const r = await report(['--lang', 'en']);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/report-2025.en.md');
  });

  it('gives the figures of SPEC as JSON, every one from the register', async () => {
    const r = await report(['--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(Object.keys(j).slice(0, 11)).toEqual([
      'school',
      'year',
      'total',
      'withdrawn',
      'byCategory',
      'byColumn',
      'byForm',
      'requests',
      'reviews',
      'litigation',
      'skipped',
    ]);
    expect(j).toMatchObject({ school: '示例市实验小学', year: 2025, total: 41, withdrawn: 0, skipped: [] });
    const q = j.requests;
    expect(q).toMatchObject({ received: 12, carriedOver: 1, answered: 12, pending: 1 });
    expect(q.received + q.carriedOver).toBe(q.answered + q.pending);
    expect(q.byApplicant).toEqual([
      { applicant: 'person', count: 7 },
      { applicant: 'business', count: 2 },
      { applicant: 'research', count: 1 },
      { applicant: 'nonprofit', count: 1 },
      { applicant: 'legal', count: 1 },
      { applicant: 'other-org', count: 0 },
    ]);
    expect(q.outcomes).toEqual([
      { outcome: 'disclosed', count: 8 },
      { outcome: 'partial', count: 1 },
      { outcome: 'withheld', count: 1 },
      { outcome: 'unavailable', count: 1 },
      { outcome: 'not-processed', count: 1 },
      { outcome: 'other', count: 0 },
    ]);
    // The December 2024 request, answered in January, is a person's; so are the partial, withheld and not-processed ones.
    expect(q.matrix.person).toEqual({ disclosed: 4, partial: 1, withheld: 1, unavailable: 0, 'not-processed': 1, other: 0 });
    expect(q.matrix.research).toEqual({ disclosed: 0, partial: 0, withheld: 0, unavailable: 1, 'not-processed': 0, other: 0 });
    expect(j.reviews).toEqual({ count: 1, results: { upheld: 1, corrected: 0, other: 0, pending: 0 } });
    expect(j.litigation).toEqual({ count: 0, results: { upheld: 0, corrected: 0, other: 0, pending: 0 } });
    expect(j.requestDetail).toMatchObject({ late: 0, extended: 2 });
    expect(j.checks.findings.filter((f: { check: string }) => f.check === 'requests')).toEqual([]);
  });

  it('is the same JSON in both languages but for the labels', async () => {
    // 2026: the sample's spring term has findings, so the checks are compared too.
    const year = (lang: string) =>
      cli(['--archive', SAMPLE, 'report', '--year', '2026', '--today', '2027-01-20', '--format', 'json', '--lang', lang]);
    const [zh, en] = await Promise.all(['zh-CN', 'en'].map(async (lang) => JSON.parse((await year(lang)).stdout)));
    const strip = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(strip)
        : v && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => k !== 'label')
                .map(([k, x]) => [k, strip(x)]),
            )
          : v;
    expect(zh.byCategory[0].label).not.toBe(en.byCategory[0].label);
    expect(zh.checks.findings.length).toBeGreaterThan(0);
    expect(strip(zh)).toEqual(strip(en));
  });

  it('writes Word to a file, never to the terminal', async () => {
    const dir = tempDir();
    const r = await report(['--format', 'docx'], { cwd: dir });
    expect(r.stdout).toBe('');
    const file = join(dir, '信息公开工作年度报告-2025.docx');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });
});

describe('report sentences follow the data', () => {
  const SETTINGS = 'school: 测试小学\nlocale: zh-CN\n';
  const request = (id: string, received: string, extra = '') => ({
    [`requests/${id.slice(1, 5)}/${id}.yaml`]: `id: ${id}\nreceived: ${received}\nchannel: online\napplicant: person\nasked: 申请公开食堂采购合同\n${extra}`,
  });

  it('says so when there were no disclosures, requests, reviews or problems', async () => {
    // 2024, before the archive was begun: no period of it is judged for completeness.
    const r = await cli(['--archive', writeArchive({ 'xwgk.yaml': SETTINGS }), 'report', '--year', '2024', '--today', '2026-01-10']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2024年，档案中没有本年度的主动公开记录。');
    expect(r.stdout).toContain('2024年，我校未收到信息公开申请，也没有上年结转的申请。');
    expect(r.stdout).toContain('未发生因信息公开工作被申请行政复议或提起行政诉讼的情况');
    expect(r.stdout).toContain('2024年的公开记录和信息公开申请没有发现问题');
    expect(r.stdout).toContain('本报告应于2025年1月31日前公开');
  });

  it('names the required disclosures missing in the year', async () => {
    const r = await cli(['--archive', writeArchive({ 'xwgk.yaml': SETTINGS }), 'report', '--year', '2025', '--today', '2026-01-10']);
    expect(r.stdout).toContain('2025-2026-1 没有“收费项目与标准”的公开记录（截止 2025-09-08）');
  });

  it('counts a late answer, a pending request and a lawsuit after review, and names the problem', async () => {
    const root = writeArchive({
      'xwgk.yaml': SETTINGS,
      ...request(
        'R20250303-001',
        '2025-03-03',
        'answer: { outcome: disclosed, on: 2025-04-30 }\nreview: { filed: 2025-05-10, result: corrected }\nlitigation: { filed: 2025-07-01, after_review: true }\n',
      ),
      ...request('R20251222-001', '2025-12-22'),
    });
    const r = await cli(['--archive', root, 'report', '--year', '2025', '--today', '2026-01-10']);
    expect(r.stdout).toContain('全年办结1件，其中予以公开1件；1件结转下年度继续办理。');
    expect(r.stdout).toContain('有1件超过法定期限答复。');
    expect(r.stdout).toContain('被申请行政复议1件（结果维持0件、结果纠正1件、其他结果0件、尚未审结0件），被提起行政诉讼1件');
    expect(r.stdout).toMatch(/\| 行政诉讼（复议后起诉） \| 0 \| 0 \| 0 \| 1 \| 1 \|/);
    expect(r.stdout).toContain('申请 R20250303-001（2025-03-03 收到）于 2025-04-30 答复，晚于期限 2025-03-31 共 22 个工作日');
    const en = await cli(['--archive', root, '--lang', 'en', 'report', '--year', '2025', '--today', '2026-01-10']);
    expect(en.stdout).toContain('1 was answered after the legal time limit.');
  });

  it('names a request file it could not read, on stderr, in the JSON and in the document, and counts the rest', async () => {
    const root = writeArchive({
      'xwgk.yaml': SETTINGS,
      ...request('R20250303-001', '2025-03-03', 'answer: { outcome: disclosed, on: 2025-03-10 }\n'),
      'requests/2025/R20250304-001.yaml': 'id: R20250304-001\nreceived: [2025-03-04\n',
      'requests/2025/R20250305-001.yaml': '&a [*a, *a]\n',
    });
    const r = await cli(['--archive', root, 'report', '--year', '2025', '--today', '2026-01-10', '--format', 'json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.skipped.map((s: { file: string }) => s.file)).toEqual([
      'requests/2025/R20250304-001.yaml',
      'requests/2025/R20250305-001.yaml',
    ]);
    expect(j.requests).toMatchObject({ received: 1, answered: 1 });
    expect(r.stderr).toContain('requests/2025/R20250304-001.yaml');
    const md = await cli(['--archive', root, 'report', '--year', '2025', '--today', '2026-01-10']);
    // The notice every document carries, in bold under the title (render/skipped.ts).
    expect(md.stdout.split('\n')[2]).toBe(
      '**注意：2 个申请文件无法读取，本报告未计入：requests/2025/R20250304-001.yaml:3、requests/2025/R20250305-001.yaml:1。请用 xwgk check schema 查看并修正。**',
    );
    expect(md.stderr.match(/R20250304-001/g)).toHaveLength(1);
    const list = await cli(['--archive', root, 'request', 'list', '--today', '2026-01-10']);
    expect(list.code).toBe(0);
    expect(list.stderr).toContain('requests/2025/R20250305-001.yaml:1');
    expect(list.stdout).toContain('R20250303-001');
  });

  it('refuses a year that is not one, and a format it cannot write', async () => {
    const root = writeArchive({ 'xwgk.yaml': SETTINGS_EN });
    for (const args of [
      ['--year', '25'],
      ['--year', 'last'],
      ['--out', 'report.pdf'],
    ]) {
      const r = await cli(['--archive', root, 'report', ...args, '--today', '2026-01-10'], { cwd: tempDir() });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^error: /);
    }
  });
});

describe('status in January', () => {
  it('lists the annual report due by January 31 and an open request by its deadline', async () => {
    const root = writeArchive({
      'requests/2026/R20260105-001.yaml':
        'id: R20260105-001\nreceived: 2026-01-05\nchannel: post\napplicant: legal\nasked: 申请公开校车合同\n',
    });
    const r = await cli(['--archive', root, 'status', '--today', '2026-01-20']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026-01-31  还有 11 天  2025年信息公开工作年度报告');
    expect(r.stdout).toContain('2026-02-02  还有 13 天  信息公开申请 R20260105-001（2026-01-05 收到）');
    const feb = await cli(['--archive', root, 'status', '--today', '2026-02-05', '--format', 'json']);
    expect(JSON.parse(feb.stdout).upcoming.other).toEqual([
      { kind: 'request', id: 'R20260105-001', received: '2026-01-05', due: '2026-02-02', days: -3, overdue: true },
    ]);
  });
});
