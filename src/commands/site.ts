/**
 * `xwgk site --out DIR [--base-url URL] [--since OLD-MANIFEST] [--today DATE] [--format text|json]`:
 * the school website's 信息公开专栏 as static files, made from the archive so the two can never disagree.
 * Only the declaration lives here; the pipeline (site-run.ts) loads when the command runs. `--out` is
 * the site's folder, not a report file, so the command declares no report formats; `--format` says how
 * the `--since` list is printed. Inside the standalone executables (docs/dist.md) the command stops at
 * once with what to do instead: its search index (pagefind's binary) and image stripping (sharp, a
 * native add-on) cannot be carried in a single executable.
 */
import * as z from 'zod/mini';
import { lazySchema } from '../model/lazy-schema.js';
import { calendarDate } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { IN_SEA } from '../model/package-paths.js';
import { usageError } from '../model/errors.js';
import { basename } from 'node:path';
import type { SiteOptions, SiteReport } from './site-run.js';

const SINCE_FORMATS = ['text', 'json'] as const;
/** The pipeline's module, loaded by `run` (print is called after it, synchronously). */
let pipeline: typeof import('./site-run.js') | undefined;

export const siteCommand = defineCommand({
  name: 'site',
  help: 'cmd.site',
  options: [
    { flags: '--out <dir>', help: 'opt.site-out' },
    { flags: '--base-url <url>', help: 'opt.site-base-url' },
    { flags: '--since <manifest>', help: 'opt.site-since' },
    { flags: '--today <date>', help: 'opt.today' },
    { flags: '--format <format>', help: 'opt.site-format', values: SINCE_FORMATS },
  ],
  schema: lazySchema(() =>
    z.object({
      out: z.optional(z.string()),
      baseUrl: z.optional(z.string()),
      since: z.optional(z.string()),
      today: z.optional(calendarDate()),
      format: z._default(z.enum(SINCE_FORMATS), 'text'),
    }),
  ),
  async run(ctx, opts: SiteOptions): Promise<{ report: SiteReport }> {
    if (IN_SEA) throw usageError('err.site-standalone', { exe: basename(process.execPath) }, { key: 'hint.site-standalone' });
    pipeline ??= await import('./site-run.js');
    return { report: await pipeline.runSite(ctx, opts) };
  },
  print: (ctx, report, opts) => pipeline!.printSite(ctx, report, opts),
});
