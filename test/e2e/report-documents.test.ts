/**
 * The annual report as people will see it: the Word file opened and printed by LibreOffice (its text
 * read back with pdftotext, page 1 turned into a PNG with pdftoppm), and the HTML opened in headless
 * Chromium. Outputs are left in test/.output/ to be looked at. When soffice, pdftotext or Chromium
 * is missing these tests fail, never skip: `.ci/run` installs them.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.js';
import { cli, REPO, tempDir } from '../helpers/archive.js';

const OUTPUT = join(REPO, 'test', '.output');
const SAMPLE = join(REPO, 'archive');

async function reportFile(lang: string, ext: string): Promise<string> {
  const dir = tempDir();
  const file = join(dir, `report.${ext}`);
  const r = await cli(['--archive', SAMPLE, '--lang', lang, 'report', '--year', '2025', '--today', '2026-01-20', '--out', file]);
  expect(r.code).toBe(0);
  return file;
}

/** Prints a .docx to PDF with LibreOffice, in a profile of its own. */
function printWithLibreOffice(docx: string): string {
  const dir = join(docx, '..');
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx],
    { stdio: 'ignore', timeout: 180_000 },
  );
  return docx.replace(/\.docx$/, '.pdf');
}

describe('report --format docx in LibreOffice', { timeout: 240_000 }, () => {
  it.each(['zh-CN', 'en'])('opens, prints to A4 and says what the Markdown says (%s)', async (lang) => {
    const pdf = printWithLibreOffice(await reportFile(lang, 'docx'));
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const squash = text.replace(/\s+/g, '');
    if (lang === 'zh-CN') {
      for (const h of [
        '示例市实验小学2025年信息公开工作年度报告',
        '一、总体情况',
        '二、主动公开情况',
        '三、收到和处理信息公开申请情况',
        '四、因信息公开工作被申请行政复议、提起行政诉讼情况',
        '五、存在的主要问题及改进情况',
        '六、其他需要报告的事项',
      ])
        expect(squash).toContain(h);
      expect(squash).toContain('全年新收信息公开申请12件，上年结转1件，办结12件，结转下年度继续办理1件');
      // The first row of the national table, cell by cell: 7 persons, 2 businesses, 1, 1, 1, 0, total 12.
      expect(text).toMatch(/一、本年新收信息公开[\s\S]{0,40}?7\s+2\s+1\s+1\s+1\s+0\s+12/);
      expect(squash).toContain('第1页，共');
    } else {
      expect(squash).toContain('示例市实验小学AnnualInformationDisclosureReport2025');
      // Labels that hold commas are kept apart; the header of the national table has every word whole.
      expect(squash).toContain('ThemostfrequentwereOther(5);Titles,appraisalandawards(4);Incomeandspending(4).');
      expect(text).toMatch(/Item +Person +Business +Research +Non-profit +Legal +Other +Total\n/);
      expect(squash).toContain('Theschoolreceived12requestsforinformation,with1carriedoverfromtheyearbefore');
      expect(text).toMatch(/New requests this[\s\S]{0,40}?7\s+2\s+1\s+1\s+1\s+0\s+12/);
    }
    mkdirSync(OUTPUT, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(OUTPUT, `report-2025-${lang}-page1`)]);
    const png = readFileSync(join(OUTPUT, `report-2025-${lang}-page1.png`));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    // A4 at 60 dpi: 8.27 × 11.69 inches, 497 × 702 pixels as pdftoppm rounds them.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([497, 702]);
    copyFileSync(pdf, join(OUTPUT, `report-2025-${lang}.pdf`));
  });
});

describe('report --format html in headless Chromium', { timeout: 180_000 }, () => {
  it('opens with no error, loads nothing else, and holds the national table whole', async () => {
    const file = await reportFile('zh-CN', 'html');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
      const problems: string[] = [];
      const requests: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' ? problems.push(m.text()) : undefined));
      page.on('pageerror', (e) => problems.push(String(e)));
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      expect(problems).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(await page.locator('h1').innerText()).toBe('示例市实验小学2025年信息公开工作年度报告');
      expect(await page.locator('h2').allInnerTexts()).toHaveLength(6);
      const matrix = page.locator('table').nth(2);
      expect(await matrix.locator('thead th').allInnerTexts()).toEqual([
        '项目',
        '自然人',
        '商业企业',
        '科研机构',
        '公益组织',
        '法律服务',
        '其他组织',
        '总计',
      ]);
      expect(await matrix.locator('tbody tr').count()).toBe(30);
      expect(await matrix.locator('tbody tr').last().locator('td').allInnerTexts()).toEqual([
        '四、结转下年度继续办理',
        '1',
        '0',
        '0',
        '0',
        '0',
        '0',
        '1',
      ]);
      mkdirSync(OUTPUT, { recursive: true });
      await page.screenshot({ path: join(OUTPUT, 'report-2025-html.png'), fullPage: false });
    } finally {
      await browser.close();
    }
  });
});
