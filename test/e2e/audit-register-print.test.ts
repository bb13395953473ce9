/**
 * The register workbook as a supervisor gets it: three sheets under title rows, flags in words with the
 * codes in a hidden column, and a print layout that LibreOffice honours — A4 landscape, one page wide,
 * the title on page 1 and the header on every page. Needs `soffice` and `pdftotext` (.ci/run installs them).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { readSheet } from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, REPO, tempDir } from '../helpers/archive.js';
import { REGISTER_SHEET_HEADER_ZH } from '../helpers/views-archive.js';

const sample = join(REPO, 'archive');
const dir = tempDir();
const out = join(dir, 'register.xlsx');
const args = ['--archive', sample, 'audit', '--term', '2025-2026-2', '--today', '2026-07-20', '--lang', 'zh-CN'];
let parts: Record<string, string>;

beforeAll(async () => {
  const r = await cli([...args, '--format', 'xlsx', '--out', out]);
  expect(r.code).toBe(0);
  const zip = unzipSync(new Uint8Array(readFileSync(out)));
  parts = Object.fromEntries(
    Object.entries(zip)
      .filter(([n]) => n.endsWith('.xml'))
      .map(([n, b]) => [n, strFromU8(b)]),
  );
});

describe('audit --format xlsx: the register workbook', () => {
  it('has the register, the gaps and the findings, each under title rows', async () => {
    expect(parts['xl/workbook.xml']).toMatch(/name="校务公开台账".*name="缺项".*name="检查结果"/);
    const [title, period, header, ...rows] = await readSheet(readFileSync(out), 1);
    expect(title![0]).toBe('示例市实验小学校务公开台账');
    expect(period![0]).toBe('期间：2026年2月23日至2026年7月10日（2025—2026学年第二学期）　　打印日期：2026年7月20日');
    expect(header).toEqual(REGISTER_SHEET_HEADER_ZH);
    expect(rows).toHaveLength(45);
    const fee = rows.find((r) => r[0] === '20260212-001')!;
    expect([fee[12], fee[14]]).toEqual(['缺依据（批准文号）', 'catalog.missing-field']);
    expect(rows.find((r) => r[0] === '20260424-001')![12]).toBe('意见逾期未答复');
    const gaps = await readSheet(readFileSync(out), 2);
    expect(gaps[0]![0]).toBe('示例市实验小学必查事项缺项表');
    expect(gaps.slice(2).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['公开类别', '时期', '状态'],
      ['财务收支', '2026年3月', '逾期未公开'],
      ['财务收支', '2026年7月', '未到期'],
    ]);
    const findings = await readSheet(readFileSync(out), 3);
    expect(findings[2]).toEqual(['检查项', '程度', '编号', '时期', '文件', '行', '说明', '处理办法', '标记代码']);
    expect(findings.slice(3).map((r) => r[8])).toEqual(
      expect.arrayContaining(['catalog.missing-field', 'feedback.overdue', 'completeness.missing']),
    );
  });

  it('is laid out for print: frozen header, borders, filter, landscape fitted to one page wide, print titles, page numbers, hidden codes', () => {
    const sheet = parts['xl/worksheets/sheet1.xml']!;
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toContain('<pane ySplit="3" xSplit="0" topLeftCell="A4" activePane="bottomRight" state="frozen"/>');
    expect(sheet).toContain('<autoFilter ref="A3:O48"/>');
    expect(sheet).toContain('<mergeCell ref="A1:O1"/>');
    expect(sheet).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheet).toContain('<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>');
    expect(sheet).toMatch(/<col min="15" max="15" width="[\d.]+" customWidth="1" hidden="1"\/>/);
    expect(parts['xl/workbook.xml']).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">'校务公开台账'!$3:$3</definedName>`,
    );
    expect(parts['xl/styles.xml']).toMatch(/<left style="thin">/);
  });

  it('prints in LibreOffice one page wide, landscape, title on page 1 and the header on every page', () => {
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, out], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(dir, 'register.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number);
    expect(w!).toBeGreaterThan(h!);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    const text = (p: number) => execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text(1)).toContain('示例市实验小学校务公开台账');
    expect(text(1)).toContain('第 1 页，共');
    // The register takes the first pages; the gaps and findings sheets follow, each with its own title.
    const registerPages = [...Array(pages).keys()].map((i) => i + 1).filter((p) => !/缺项表|检查结果/.test(text(p)));
    expect(registerPages.length).toBeGreaterThanOrEqual(2);
    for (const p of registerPages) {
      // One page wide: the first and the last printed column's headers are on every page, the codes are not.
      expect(text(p)).toMatch(/编号\s+公开时间/);
      expect(text(p)).toMatch(/检查标记\s+状态/);
      expect(text(p)).not.toContain('标记代码');
    }
    expect(text(registerPages.at(-1)! + 1)).toContain('逾期未公开');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, join(dir, 'page')]);
    expect(readFileSync(join(dir, 'page-1.png')).subarray(1, 4).toString()).toBe('PNG');
  }, 180_000);
});

describe('audit --lang en --format xlsx, printed', () => {
  it('reads as English: titles, capitalised cells, "the public" mid-list', async () => {
    const en = join(dir, 'register-en.xlsx');
    const r = await cli([...args.slice(0, -2), '--lang', 'en', '--format', 'xlsx', '--out', en]);
    expect(r.code).toBe(0);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, en], { stdio: 'ignore', timeout: 120_000 });
    const text = execFileSync('pdftotext', ['-layout', join(dir, 'register-en.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('示例市实验小学: Disclosure register');
    expect(text).toContain('示例市实验小学: Required disclosures missing');
    expect(text).toContain('示例市实验小学: Findings of the checks');
    expect(text).toMatch(/Parents, the public +\S+ +0 +Published\n/);
    expect(text).not.toMatch(/\bThe public|\bpublished\n/);
    expect(text).toMatch(/Income and spending +Mar 2026 +2026-04-15 +Overdue, not disclosed/);
    expect(text).toMatch(/\nAnswers to opinions +Error +20260424-001/);
    // No Chinese beyond the school's own words: names, titles, groups of the records.
    for (const word of ['编号', '状态', '已公开', '逾期', '检查结果', '缺项']) expect(text).not.toContain(word);
  }, 180_000);
});

describe('audit: the gaps in the text formats', () => {
  it('md ends with the gaps section; json carries gaps and findings', async () => {
    const md = await cli([...args, '--format', 'md']);
    expect(md.stdout).toContain(
      '## 缺项（必查事项未公开）\n\n| 公开类别 | 时期 | 截止日期 | 状态 |\n| --- | --- | --- | --- |\n| 财务收支 | 2026年3月 | 2026-04-15 | 逾期未公开 |',
    );
    expect(md.stdout).toContain('| 缺依据（批准文号） |');
    const json = JSON.parse((await cli([...args, '--format', 'json'])).stdout);
    expect(json.gaps[0]).toEqual({ category: 'finance', period: '2026-03', due: '2026-04-15', status: 'missing' });
    expect(json.rows.find((r: { id: string }) => r.id === '20260212-001').notes).toEqual([
      { code: 'catalog.missing-field', field: 'basis' },
    ]);
    expect(json.findings.some((f: { code: string }) => f.code === 'feedback.overdue')).toBe(true);
  });
});
