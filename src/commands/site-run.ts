/**
 * The pipeline of `xwgk site` (declared in site.ts): load → select what may go out → refuse on any
 * privacy finding (nothing written) → read and strip the attachments → render pages, feed and
 * manifest while pagefind indexes → write the folder in one swap → with `--since`, list the changes.
 * Loaded only when the command runs (sharp and pagefind only where they are used).
 */
import { resolve } from 'node:path';
import { readAttachmentsToPublish } from '../archive/site-attachments.js';
import { readSiteAssets } from '../archive/site-assets.js';
import { checkSiteOutput, openSiteOutput, readSiteManifestJson } from '../archive/site-output.js';
import { startSearchIndex } from '../archive/site-search-index.js';
import type { Ctx } from './context.js';
import { startProgress } from './progress.js';
import { reportSkipped } from './skipped.js';
import type { SiteChanges } from '../reports/site-manifest.js';
import type { SiteData } from '../reports/site-data.js';
import { EXIT, usageError, XwgkError } from '../model/errors.js';
import { defaultPublicSettings } from '../model/public-settings.js';
import { buildAnnualReport } from '../reports/annual-report.js';
import { checksVerifyingOnce } from '../checks/verify-once.js';
import { buildSiteData } from '../reports/site-data.js';
import { renderReportAsMarkdown } from '../render/report-document.js';
import { MANIFEST_FORMAT, parseManifest, siteChanges } from '../reports/site-manifest.js';
import { selectSiteRecords } from '../reports/site-select.js';
import { buildSiteFiles, siteContext } from '../render/site-build.js';
import { searchLanguage, searchRecords } from '../render/site-search.js';
import { renderSiteChangesAsJson, renderSiteChangesAsText } from '../render/site-changes.js';

/** The options of `xwgk site`, as its schema (site.ts) gives them. */
export interface SiteOptions {
  out?: string | undefined;
  baseUrl?: string | undefined;
  since?: string | undefined;
  today?: string | undefined;
  format: 'text' | 'json';
}

/** What `xwgk site` did: numbers and ids for the message, and with `--since` the changes (data, no language). */
export interface SiteReport {
  out: string;
  pages: number;
  records: number;
  withheld: number;
  baseUrl: boolean;
  since?: { data: SiteData; changes: SiteChanges };
}

export async function runSite(ctx: Ctx, opts: SiteOptions): Promise<SiteReport> {
  if (!opts.out) throw usageError('err.site-out-required');
  const today = opts.today === undefined && !ctx.io.env.XWGK_TODAY ? undefined : ctx.today(opts.today);
  const baseUrl = opts.baseUrl ?? ctx.settings().config.public?.base_url;
  if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(baseUrl)) throw usageError('err.site-base-url', { field: '--base-url' });
  const out = resolve(ctx.io.cwd, opts.out);
  checkSiteOutput(ctx.archiveRoot(), out, MANIFEST_FORMAT);
  const old = opts.since ? parseManifest(readSiteManifestJson(resolve(ctx.io.cwd, opts.since), opts.since), opts.since) : undefined;

  const archive = ctx.archive();
  // Nothing left out silently: the record files that could not be read are not on the site, and are named.
  reportSkipped(ctx, archive);
  const selection = selectSiteRecords(archive, archive.config.public ?? defaultPublicSettings());
  if (selection.privacy.length > 0) {
    throw new XwgkError(
      EXIT.findings,
      { key: 'err.site-privacy', params: { n: selection.privacy.length } },
      { key: 'hint.site-privacy' },
      selection.privacy,
    );
  }
  const data = buildSiteData(archive, selection, today);
  const attachments = await readAttachmentsToPublish(
    archive.root,
    data.records.flatMap((r) =>
      r.attachments.map((a) => ({ id: r.id, source: a.source, sha256: a.sha256, image: a.image, pdf: a.pdf === true })),
    ),
  );
  const view = ctx.view();
  const c = siteContext({ view, data, catalog: archive.catalog, locale: archive.config.locale });
  // pagefind (its own process) makes the index while this one renders and writes the pages.
  const search = startSearchIndex(searchLanguage(c), searchRecords(c));
  const staging = openSiteOutput(out);
  let built;
  try {
    // The annual report of each year that has ended, as `xwgk report` words it; `verify` reads the disk once for all.
    const checks = checksVerifyingOnce();
    const date = data.updated; // the reports are of the years before it: none without a date
    const reports =
      date === undefined
        ? []
        : await Promise.all(
            data.reports.map(async (year) => ({
              year,
              markdown: await renderReportAsMarkdown(view, buildAnnualReport(archive, year, date, checks), archive.root),
            })),
          );
    built = await buildSiteFiles({
      reports,
      view,
      data,
      catalog: archive.catalog,
      locale: archive.config.locale,
      attachments,
      baseUrl,
      oldManifest: old,
      assets: readSiteAssets(),
    });
    const index = search.files().catch((e: unknown) => {
      if (ctx.io.env.XWGK_DEBUG === '1') throw e;
      throw usageError('err.site-search', { detail: e instanceof Error ? e.message : String(e) });
    });
    index.catch(() => undefined); // awaited below, unless writing the pages fails first
    const progress = await startProgress(ctx, ctx.t('site.progress'), built.files.length);
    try {
      await staging.write(built.files, (n) => progress.update(n));
      await staging.write(await index);
    } finally {
      progress.stop();
    }
    staging.commit();
  } catch (e) {
    await search.close();
    staging.abort();
    throw e;
  }
  const report: SiteReport = {
    out: opts.out,
    pages: built.pages,
    records: data.records.length,
    withheld: data.withheld.audience + data.withheld.category,
    baseUrl: baseUrl !== undefined,
  };
  if (old) report.since = { data, changes: siteChanges(data, old) };
  return report;
}

/** The message on stderr, and with `--since` the list of changes on stdout. */
export function printSite(ctx: Ctx, r: SiteReport, opts: SiteOptions): void {
  ctx.info(ctx.t('site.done', { dir: r.out, pages: r.pages, records: r.records, withheld: r.withheld }));
  if (!r.baseUrl) ctx.info(ctx.t('site.no-base-url'));
  if (!r.since) return;
  const c = siteContext({ view: ctx.view(), data: r.since.data, catalog: ctx.settings().catalog, locale: ctx.settings().config.locale });
  ctx.out(opts.format === 'json' ? renderSiteChangesAsJson(c, r.since.changes) : renderSiteChangesAsText(c, r.since.changes, r.out));
}
