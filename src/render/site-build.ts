/**
 * Every file of the public site, rendered: the pages, the stylesheet, the search page's script, the
 * Atom feed, the attachments as published and `manifest.json`. Sorted by path, so the same
 * archive gives the same files in the same order (and the same bytes).
 */
import { createHash } from 'node:crypto';
import type { Catalog } from '../model/catalog.js';
import type { SiteData } from '../reports/site-data.js';
import { buildManifest, type Manifest } from '../reports/site-manifest.js';
import { renderSiteFeed } from './site-feed.js';
import { directoryPage, guidePage } from './site-guide.js';
import { renderPage, type PageSpec, type SiteView } from './site-html.js';
import { categoryPage, columnLabel, columnPage, homePage, termPage, yearPage, type SiteContext } from './site-pages.js';
import { recordPage } from './site-record.js';
import { annualReportPage, type SiteReportText } from './site-reports.js';
import { searchPage, type SiteFile } from './site-search.js';

export interface SiteBuildInput {
  view: SiteView;
  data: SiteData;
  catalog: Catalog;
  locale: string;
  /** Attachment bytes as published (images stripped), by their path inside the archive. */
  attachments: ReadonlyMap<string, Uint8Array>;
  baseUrl?: string | undefined;
  oldManifest?: Manifest | undefined;
  /** The stylesheet and the search script, as the package ships them. */
  assets: { css: string; searchScript: string };
  /** The annual reports of `data.reports`, worded. */
  reports?: readonly SiteReportText[];
}

export function siteContext(input: Pick<SiteBuildInput, 'view' | 'data' | 'catalog' | 'locale'>): SiteContext {
  return { ...input, byId: new Map(input.data.records.map((r) => [r.id, r])) };
}

/** The pages of the site (without search index, feed and files), each made when called. */
export function sitePages(
  c: SiteContext,
  published: ReadonlyMap<string, string>,
  reports: readonly SiteReportText[] = [],
): (() => PageSpec)[] {
  const pages: (() => PageSpec)[] = [() => homePage(c), () => guidePage(c), () => directoryPage(c), () => searchPage(c)];
  for (const col of c.data.columns) {
    pages.push(() => columnPage(c, col));
    for (const cat of col.categories) pages.push(() => categoryPage(c, col.id, cat));
  }
  for (const t of c.data.terms) pages.push(() => termPage(c, t));
  for (const y of c.data.years) pages.push(() => yearPage(c, y));
  for (const r of c.data.records) pages.push(() => recordPage(c, r, published));
  for (const r of reports) pages.push(() => annualReportPage(c, r));
  return pages;
}

export async function buildSiteFiles(input: SiteBuildInput): Promise<{ files: SiteFile[]; manifest: Manifest; pages: number }> {
  const c = siteContext(input);
  const files: SiteFile[] = [];
  const published = new Map<string, string>();
  const seen = new Set<string>();
  for (const r of c.data.records) {
    for (const a of r.attachments) {
      const bytes = input.attachments.get(a.source)!;
      published.set(a.path, createHash('sha256').update(bytes).digest('hex'));
      if (!seen.has(a.path)) (seen.add(a.path), files.push({ path: a.path, content: bytes }));
    }
  }
  const columns = c.data.columns.map((col) => ({ id: col.id, label: columnLabel(c, col.id) }));
  const pages = sitePages(c, published, input.reports);
  for (const [i, make] of pages.entries()) {
    const p = make();
    files.push({ path: p.path, content: renderPage(c.view, c.data, columns, p) });
    // Let the search index's requests go out to pagefind (its own process) between pages: two cores at work.
    if (i % 200 === 199) await new Promise((r) => setImmediate(r));
  }
  files.push({ path: 'site.css', content: input.assets.css });
  files.push({ path: 'search.js', content: input.assets.searchScript });
  files.push({ path: 'feed.xml', content: renderSiteFeed(c, input.baseUrl) });
  const manifest = buildManifest(c.data, published, input.oldManifest);
  files.push({ path: 'manifest.json', content: `${JSON.stringify(manifest, null, 2)}\n` });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, manifest, pages: pages.length };
}
