/**
 * The pipeline of `xwgk site` (declared in site.ts): load → select what may go out → refuse on any
 * privacy finding (nothing written) → read and strip the attachments → render pages, feed and
 * manifest while pagefind indexes → write the folder in one swap → with `--since`, list the changes.
 */
import { join, resolve } from 'node:path';
import type { Ctx } from './context.js';
import { startProgress } from './progress.js';
import type { SiteOptions } from './site.js';
import { EXIT, usageError, XwgkError } from '../model/errors.js';
import { defaultPublicSettings } from '../model/public-settings.js';
import { buildSiteData } from '../reports/site-data.js';
import { MANIFEST_FORMAT, parseManifest, siteChanges } from '../reports/site-manifest.js';
import { selectSiteRecords } from '../reports/site-select.js';

export async function runSite(ctx: Ctx, opts: SiteOptions): Promise<void> {
  if (!opts.out) throw usageError('err.site-out-required');
  const today = opts.today === undefined && !ctx.io.env.XWGK_TODAY ? undefined : ctx.today(opts.today);
  const baseUrl = opts.baseUrl ?? ctx.settings().config.public?.base_url;
  if (baseUrl !== undefined && !/^https?:\/\/[^/\s]+/.test(baseUrl)) throw usageError('err.site-base-url', { field: '--base-url' });
  const out = resolve(ctx.io.cwd, opts.out);
  const { checkSiteOutput, readSiteManifestJson, writeSiteOutput } = await import('../archive/site-output.js');
  checkSiteOutput(ctx.archiveRoot(), out, MANIFEST_FORMAT);
  const old = opts.since ? parseManifest(readSiteManifestJson(resolve(ctx.io.cwd, opts.since), opts.since), opts.since) : undefined;

  const archive = ctx.archive();
  const unreadable = archive.findings.filter((f) => f.severity === 'error' && f.file);
  if (unreadable.length) ctx.err(ctx.t('site.skipped', { n: new Set(unreadable.map((f) => f.file)).size, files: [...new Set(unreadable.map((f) => f.file))].join(', ') }));
  const selection = selectSiteRecords(archive, archive.config.public ?? defaultPublicSettings());
  if (selection.privacy.length > 0) {
    throw new XwgkError(EXIT.findings, { key: 'err.site-privacy', params: { n: selection.privacy.length } }, { key: 'hint.site-privacy' }, selection.privacy);
  }
  const data = buildSiteData(archive, selection, today);
  const { readAttachmentsToPublish } = await import('../archive/site-attachments.js');
  const attachments = await readAttachmentsToPublish(archive.root, data.records.flatMap((r) => r.attachments.map((a) => ({ id: r.id, source: a.source, sha256: a.sha256, image: a.image }))));
  const { buildSiteFiles, siteContext } = await import('../render/site-build.js');
  const { readSiteAssets } = await import('../archive/site-assets.js');
  const { startSearchIndex } = await import('../archive/site-search-index.js');
  const { searchLanguage, searchRecords } = await import('../render/site-search.js');
  const view = ctx.view();
  const c = siteContext({ view, data, catalog: archive.catalog, locale: archive.config.locale });
  const search = startSearchIndex(searchLanguage(c), searchRecords(c));
  let built;
  try {
    built = await buildSiteFiles({ view, data, catalog: archive.catalog, locale: archive.config.locale, attachments, baseUrl, oldManifest: old, assets: readSiteAssets() });
  } catch (e) {
    await search.close();
    throw e;
  }
  const progress = await startProgress(ctx, ctx.t('site.progress'), built.files.length);
  try {
    await writeSiteOutput(out, built.files, (n) => progress.update(n), (dir) => search.writeTo(join(dir, 'pagefind')).catch((e: unknown) => {
      if (ctx.io.env.XWGK_DEBUG === '1') throw e;
      throw usageError('err.site-search', { detail: e instanceof Error ? e.message : String(e) });
    }));
  } finally {
    progress.stop();
  }
  const withheld = data.withheld.audience + data.withheld.category;
  ctx.info(ctx.t('site.done', { dir: opts.out, pages: built.pages, records: data.records.length, withheld }));
  if (!baseUrl) ctx.info(ctx.t('site.no-base-url'));
  if (old) {
    const { renderSiteChangesAsJson, renderSiteChangesAsText } = await import('../render/site-changes.js');
    const changes = siteChanges(data, old);
    ctx.out(opts.format === 'json' ? renderSiteChangesAsJson(c, changes) : renderSiteChangesAsText(c, changes, opts.out));
  }
}
