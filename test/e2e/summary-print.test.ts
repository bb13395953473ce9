/**
 * The term summary checked as a person would check it on paper: the .docx through LibreOffice and the
 * HTML through Chromium's print-to-PDF, the PDFs read back with pdftotext (and pdfimages, pdftoppm).
 * No id, date or name broken across lines, the title on two lines, the charts drawn, the signature block
 * after the body and the appendix from a new page, "第 X 页，共 Y 页" in the footer. Needs soffice,
 * poppler-utils and Chromium (.ci/run installs them); without them these tests fail.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.js';
import { cli, REPO, tempDir } from '../helpers/archive.js';

const sample = join(REPO, 'archive');
const dir = tempDir();
const args = ['--archive', sample, 'summary', '--term', '2025-2026-2', '--today', '2026-07-20', '--lang', 'zh-CN'];

const pdfPages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
const pageText = (pdf: string, p: number) =>
  execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-'], { encoding: 'utf8' });
/** The text as one string with the layout's spaces and line breaks taken out (what a reader reads across lines). */
const flat = (s: string) => s.replace(/\s+/g, '');

let ledger: { id: string; date: string; responsible: string }[];
beforeAll(async () => {
  const json = JSON.parse((await cli([...args, '--format', 'json'])).stdout);
  ledger = json.ledger;
});

/** Each id, date and name of the ledger appears whole on one line somewhere in the PDF. */
function expectUnbroken(pdf: string) {
  const lines = [...Array(pdfPages(pdf)).keys()].flatMap((i) => pageText(pdf, i + 1).split('\n'));
  const day = (d: string) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
  const whole = (token: string) => lines.some((l) => l.replace(/ /g, '').includes(token));
  for (const r of ledger) {
    expect(whole(r.id), r.id).toBe(true);
    expect(whole(day(r.date)), day(r.date)).toBe(true);
    expect(whole(r.responsible), r.responsible).toBe(true);
  }
}

/** Which page holds `text` first (1-based), reading each page's text without layout spaces. */
const pageOf = (pdf: string, text: string) =>
  [...Array(pdfPages(pdf)).keys()].map((i) => i + 1).find((p) => flat(pageText(pdf, p)).includes(text));

describe('summary --format docx, printed by LibreOffice', () => {
  const docx = join(dir, 'summary.docx');
  const pdf = join(dir, 'summary.pdf');
  beforeAll(async () => {
    expect((await cli([...args, '--out', docx])).code).toBe(0);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
  }, 180_000);

  it('sets the title on two lines: the school, then the term and the name of the document', () => {
    const first = pageText(pdf, 1)
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(first.slice(0, 2).map((l) => l.replace(/ /g, ''))).toEqual(['示例市实验小学', '2025—2026学年第二学期校务公开工作总结']);
  });

  it('breaks no id, date or name across lines', () => expectUnbroken(pdf));

  it('puts the signature block after the body, and the appendix on a page of its own', () => {
    const signature = pageOf(pdf, '示例市实验小学（盖章）')!;
    expect(signature).toBeGreaterThanOrEqual(pageOf(pdf, '四、存在问题与改进措施')!);
    expect(flat(pageText(pdf, signature))).toMatch(/示例市实验小学（盖章）校长（签字）：2026年7月20日/);
    const appendix = pageOf(pdf, '附件一：公开台账')!;
    expect(appendix).toBe(signature + 1);
    expect(flat(pageText(pdf, appendix)).startsWith('附件一：公开台账')).toBe(true);
    // The body is portrait; the appendix, with its wide tables, landscape.
    const size = (p: number) =>
      /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/
        .exec(execFileSync('pdfinfo', ['-f', String(p), '-l', String(p), pdf], { encoding: 'utf8' }))!
        .slice(1)
        .map(Number);
    expect(size(signature)[0]!).toBeLessThan(size(signature)[1]!);
    expect(size(appendix)[0]!).toBeGreaterThan(size(appendix)[1]!);
  });

  it('numbers the pages 第 X 页，共 Y 页 and draws the three charts as images', () => {
    const n = pdfPages(pdf);
    expect(flat(pageText(pdf, 1))).toContain(`第1页，共${n}页`);
    expect(flat(pageText(pdf, n))).toContain(`第${n}页，共${n}页`);
    // pdfimages lists each picture (type "image") and its alpha mask ("smask").
    const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2)
      .filter((l) => l.trim().split(/\s+/)[2] === 'image');
    expect(images.length).toBe(3);
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', pdf, join(dir, 'docx-page')]);
    expect(readFileSync(join(dir, 'docx-page-01.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});

describe('summary --format html, printed by Chromium', () => {
  const html = join(dir, 'summary.html');
  const pdf = join(dir, 'summary-html.pdf');
  beforeAll(async () => {
    expect((await cli([...args, '--out', html])).code).toBe(0);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
      await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    } finally {
      await browser.close();
    }
  }, 180_000);

  it('breaks no id, date or name across lines', () => expectUnbroken(pdf));

  it('keeps the signature before the appendix, which starts a new page', () => {
    const signature = pageOf(pdf, '示例市实验小学（盖章）')!;
    const appendix = pageOf(pdf, '附件一：公开台账')!;
    expect(appendix).toBe(signature + 1);
    expect(flat(pageText(pdf, appendix)).startsWith('附件一：公开台账')).toBe(true);
  });
});

describe('summary --lang en --format docx, printed by LibreOffice', () => {
  const docx = join(dir, 'summary-en.docx');
  let text = '';
  beforeAll(async () => {
    expect((await cli([...args.slice(0, -2), '--lang', 'en', '--out', docx])).code).toBe(0);
    execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(dir, 'summary-en.pdf');
    text = [...Array(pdfPages(pdf)).keys()].map((i) => pageText(pdf, i + 1)).join('\n');
  }, 180_000);

  it('reads as English: headings and labels, "the public" mid-list, no Chinese but the school’s own words', () => {
    expect(flat(text)).toContain('SchoolAffairsDisclosureReport,2025–2026schoolyear,secondterm');
    expect(flat(text)).toContain('Appendix1:thedisclosureregister');
    expect(text).toMatch(/\bthe\s+public\n/);
    expect(text).not.toMatch(/\bThe public/);
    for (const word of ['附件一', '公开形式', '责任人', '合计', '（盖章）', '第 1 页']) expect(text).not.toContain(word);
    expect(text).toContain('Page 1 of ');
  });
});
