/**
 * The HTML summary opened in headless Chromium (Debian's `chromium`, driven by playwright-core): no
 * console errors, nothing loaded from outside the file, the charts drawn with the right number of
 * bars, and printing gives A4 pages. A screenshot of the first page and the PDF are left in
 * test/.output/ to be looked at. If Chromium cannot start, these tests fail: `.ci/run` installs it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.js';
import { REPO } from '../helpers/archive.js';
import { writeSummaryFile } from '../helpers/summary-archive.js';

const OUTPUT = join(REPO, 'test', '.output');
/** A4 in PDF points. */
const A4 = { width: 595.28, height: 841.89 };

/** The summary of the summary archive as HTML, in `lang`; its path. */
const makeHtml = (lang: string) => writeSummaryFile(lang, 'summary.html');

describe('summary --format html in headless Chromium', { timeout: 180_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(lang: string, media: 'screen' | 'print' = 'screen') {
    const file = await makeHtml(lang);
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    const problems: string[] = [];
    const requests: string[] = [];
    page.on(
      'console',
      (m) => void (m.type() === 'error' || m.type() === 'warning' ? problems.push(`${m.type()}: ${m.text()}`) : undefined),
    );
    page.on('pageerror', (e) => problems.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    await page.emulateMedia({ media });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    return { page, problems, requests, file };
  }

  it('opens with no console error and loads nothing but itself', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const { page, problems, requests, file } = await open(lang);
      expect(problems).toEqual([]);
      expect(requests).toEqual([pathToFileURL(file).href]);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await page.close();
    }
  });

  it('draws the charts with the right number of bars and cells', async () => {
    const { page } = await open('zh-CN');
    expect(await page.locator('figure[data-chart="by-month"] rect.bar').count()).toBe(6);
    expect(await page.locator('figure[data-chart="by-category"] rect.bar').count()).toBe(5);
    expect(await page.locator('figure[data-chart="matrix"] rect.cell').count()).toBe(4 * 5);
    expect(await page.locator('figure[data-chart="matrix"] rect.cell-missing').count()).toBe(3);
    // The tallest month (November, 2) is drawn twice as tall as September (1).
    const heights = await page
      .locator('figure[data-chart="by-month"] rect.bar')
      .evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().height));
    expect(heights[3]! / heights[1]!).toBeCloseTo(2, 1);
    expect(heights[1]!).toBeGreaterThan(10);
    // Table rows are kept whole across pages.
    expect(
      await page
        .locator('tbody tr')
        .first()
        .evaluate((tr) => getComputedStyle(tr).breakInside),
    ).toBe('avoid');
    await page.screenshot({ path: join(OUTPUT, 'summary-first-page.png') });
    expect(existsSync(join(OUTPUT, 'summary-first-page.png'))).toBe(true);
    await page.close();
  });

  it('prints to A4 pages with the page numbers of the @page rule', async () => {
    const { page } = await open('zh-CN', 'print');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    const path = join(OUTPUT, 'summary.pdf');
    writeFileSync(path, pdf);
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(boxes.length).toBeGreaterThanOrEqual(2);
    for (const [w, h] of boxes) {
      expect(Math.abs(w! - A4.width)).toBeLessThan(1.5);
      expect(Math.abs(h! - A4.height)).toBeLessThan(1.5);
    }
    // With poppler-utils at hand, look at the printed first page too.
    if (spawnSync('pdftoppm', ['-v']).error === undefined) {
      execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '1', '-png', '-singlefile', path, join(OUTPUT, 'summary-pdf-page-1')]);
      expect(readFileSync(join(OUTPUT, 'summary-pdf-page-1.png')).subarray(1, 4).toString()).toBe('PNG');
      const pdftotext = spawnSync('pdftotext', ['-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' });
      if (pdftotext.status === 0) expect(pdftotext.stdout).toContain('第 1 页，共');
    }
  });
});
