/**
 * The generated site of the sample archive in headless Chromium (Debian's `chromium`, driven by
 * playwright-core), served over HTTP as a web host would: every internal link of every page resolves,
 * no page logs a console error, axe-core finds no serious or critical violation on the home, a column
 * and a record page, search finds a record by a Chinese word and by a category filter, and a 375-px
 * phone never scrolls sideways. Pages also open from file:// with nothing else loaded. Screenshots are
 * left in test/.output/ to be looked at. If Chromium cannot start, these tests fail: `.ci/run` installs it.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../helpers/chromium.js';
import { REPO, spawnCli, tempDir } from '../helpers/archive.js';
import { serveSite, siteFiles } from '../helpers/site.js';

const OUTPUT = join(REPO, 'test', '.output');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('the sample archive’s site in headless Chromium', { timeout: 240_000 }, () => {
  let browser: Browser, out: string, site: Awaited<ReturnType<typeof serveSite>>;
  beforeAll(async () => {
    mkdirSync(OUTPUT, { recursive: true });
    out = join(tempDir(), 'site');
    const r = spawnCli(['--archive', join(REPO, 'archive'), 'site', '--out', out, '--today', '2026-07-20']);
    expect(r.code).toBe(0);
    site = await serveSite(out);
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport });
    const problems: string[] = [];
    page.on(
      'console',
      (m) => void (m.type() === 'error' || m.type() === 'warning' ? problems.push(`${path} ${m.type()}: ${m.text()}`) : undefined),
    );
    page.on('pageerror', (e) => problems.push(`${path}: ${String(e)}`));
    page.on('requestfailed', (r) => problems.push(`${path}: failed ${r.url()}`));
    await page.goto(new URL(path, site.url).href, { waitUntil: 'load' });
    return { page, problems };
  }

  it('resolves every internal link of every page, with no console error anywhere', async () => {
    const pages = siteFiles(out).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => void (m.type() === 'error' ? problems.push(`${page.url()}: ${m.text()}`) : undefined));
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${String(e)}`));
    const targets = new Set<string>();
    for (const p of pages) {
      await page.goto(new URL(p, site.url).href, { waitUntil: 'load' });
      const links = await page.locator('a[href], link[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const l of links) if (l.startsWith(site.url)) targets.add(l.split('#')[0]!);
    }
    await page.close();
    expect(problems).toEqual([]);
    expect(targets.size).toBeGreaterThan(pages.length);
    const missing: string[] = [];
    for (const t of targets) {
      const res = await fetch(t);
      if (res.status !== 200) missing.push(t);
    }
    expect(missing).toEqual([]);
  });

  it('reports no serious or critical accessibility violation on the home, a column and a record page', async () => {
    for (const path of [
      'index.html',
      'columns/fees.html',
      'records/2025/20250826-001.html',
      'directory.html',
      'search.html',
      'reports/2025.html',
    ]) {
      const { page, problems } = await open(path);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const r = await (
          window as unknown as { axe: { run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }
        ).axe.run();
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      expect(
        violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
        path,
      ).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('finds a record by a Chinese word and by a category filter', async () => {
    const { page, problems } = await open('search.html');
    await page.fill('#f-q', '作业本');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('#search-results li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const titles = await page.locator('#search-results li a').allTextContents();
    expect(titles).toContain('2026年春季学期作业本费代收结算公示');
    await page.screenshot({ path: join(OUTPUT, 'site-search.png') });
    // The link of a result opens the record's page.
    await page.locator('#search-results li a', { hasText: '2026年春季学期作业本费代收结算公示' }).click();
    await page.waitForLoadState('load');
    expect(await page.locator('h1').textContent()).toBe('2026年春季学期作业本费代收结算公示');
    await page.goto(new URL(`search.html?category=${encodeURIComponent('收费项目与标准')}`, site.url).href);
    await expect.poll(() => page.locator('#search-results li').count(), { timeout: 15_000 }).toBe(4);
    expect(await page.locator('#search-status').textContent()).toBe('找到 4 条');
    const metas = await page.locator('#search-results li .meta').allTextContents();
    expect(metas.every((m) => m.includes('收费项目与标准'))).toBe(true);
    // Filters alone list the records newest first.
    const dates = metas.map((m) => m.slice(0, 10));
    expect([...dates].sort().reverse()).toEqual(dates);
    await page.goto(new URL(`search.html?q=${encodeURIComponent('公用经费')}&column=${encodeURIComponent('财务')}`, site.url).href);
    await expect.poll(() => page.locator('#search-results li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('never scrolls sideways on a 375-px phone', async () => {
    for (const path of [
      'index.html',
      'directory.html',
      'guide.html',
      'records/2025/20250826-001.html',
      'search.html',
      'reports/2025.html',
    ]) {
      const { page } = await open(path, { width: 375, height: 812 });
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, path).toBeLessThanOrEqual(client);
      if (path === 'index.html') await page.screenshot({ path: join(OUTPUT, 'site-home-375.png') });
      await page.close();
    }
  });

  it('serves a feed that parses as Atom, newest first', async () => {
    const page = await browser.newPage();
    await page.goto(site.url + 'index.html');
    const feed = await page.evaluate(async () => {
      const doc = new DOMParser().parseFromString(await (await fetch('feed.xml')).text(), 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.namespaceURI,
        entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
          title: e.getElementsByTagNameNS(ns, 'title')[0]!.textContent,
          updated: e.getElementsByTagNameNS(ns, 'updated')[0]!.textContent,
          href: e.getElementsByTagNameNS(ns, 'link')[0]!.getAttribute('href'),
        })),
      };
    });
    expect(feed.error).toBe(0);
    expect(feed.root).toBe('http://www.w3.org/2005/Atom');
    expect(feed.entries.length).toBe(20);
    expect(feed.entries[0]).toEqual({
      title: '2026年秋季插班生招收公告',
      updated: expect.stringMatching(/^2026-07-09T/),
      href: expect.stringMatching(/^records\/2026\/20260709-\d{3}\.html$/),
    });
    expect([...feed.entries.map((e) => e.updated!)].sort().reverse()).toEqual(feed.entries.map((e) => e.updated));
    const res = await fetch(new URL(feed.entries[0]!.href!, site.url));
    expect(res.status).toBe(200);
    await page.close();
  });

  it('opens from file:// loading nothing but the site’s own files, and prints without the navigation', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const home = pathToFileURL(join(out, 'index.html')).href;
    await page.goto(home, { waitUntil: 'load' });
    expect(requests.every((u) => u.startsWith(pathToFileURL(out).href) || u.startsWith('data:'))).toBe(true);
    expect(await page.locator('h1').textContent()).toBe('示例市实验小学 · 信息公开');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header nav').evaluate((n) => getComputedStyle(n).display)).toBe('none');
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await page.close();
  });
});
