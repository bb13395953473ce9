/**
 * `xwgk site --out DIR [--base-url URL] [--since OLD-MANIFEST] [--today DATE] [--format text|json]`:
 * the school website's 信息公开专栏 as static files, made from the archive so the two can never disagree.
 * Only the declaration lives here; the pipeline (site-run.ts) loads when the command runs.
 */
import { Command, Option } from 'commander';
import type { Ctx } from './context.js';

export interface SiteOptions {
  out?: string;
  baseUrl?: string;
  since?: string;
  today?: string;
  format: 'text' | 'json';
}

export function siteCommand(ctx: Ctx): Command {
  return new Command('site')
    .description(ctx.t('cmd.site'))
    .option('--out <dir>', ctx.t('opt.site-out'))
    .option('--base-url <url>', ctx.t('opt.site-base-url'))
    .option('--since <manifest>', ctx.t('opt.site-since'))
    .option('--today <date>', ctx.t('opt.today'))
    .addOption(new Option('--format <format>', ctx.t('opt.format')).choices(['text', 'json']).default('text'))
    // The pipeline loads only when the command runs: start-up stays that of a small command.
    .action(async (opts: SiteOptions) => (await import('./site-run.js')).runSite(ctx, opts));
}

