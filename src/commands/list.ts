/** `xwgk list`: the records of a period, filtered, as a table, CSV, JSON or Markdown. */
import * as z from 'zod/mini';
import { resolveRange } from '../model/range.js';
import { filterRecords } from '../reports/list.js';
import { recordsInRange } from '../reports/select.js';
import { listFormats } from '../render/formats/list.js';
import { resolveIds } from '../edit/ids.js';
import { list, outputShape, PERIOD_OPTIONS, periodShape } from './option-schemas.js';
import { remembered } from './remember.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

const STATUSES = ['published', 'withdrawn', 'all'] as const;

export const listOptionsSchema = lazySchema(() =>
  z.object({
    ...periodShape(),
    ...outputShape(),
    category: list(),
    form: list(),
    audience: list(),
    // Any spelling of a status (已公开, 撤回 …) is read by the normaliser in `run`.
    status: z._default(z.string(), 'all'),
    grep: z.optional(z.string()),
  }),
);

export const listCommand = defineCommand({
  name: 'list',
  help: 'cmd.list',
  options: [
    ...PERIOD_OPTIONS,
    { flags: '--category <ids>', help: 'opt.filter-category', list: true },
    { flags: '--form <ids>', help: 'opt.filter-form', list: true },
    { flags: '--audience <ids>', help: 'opt.filter-audience', list: true },
    { flags: '--status <status>', help: 'opt.status', values: STATUSES },
    { flags: '--grep <text>', help: 'opt.grep' },
  ],
  schema: listOptionsSchema,
  formats: listFormats,
  run(ctx, opts) {
    const settings = ctx.settings();
    const today = ctx.today(opts.today);
    const range = resolveRange(opts, settings.terms, today);
    const filter = {
      category: resolveIds(settings.catalog, 'category', opts.category),
      form: resolveIds(settings.catalog, 'form', opts.form),
      audience: resolveIds(settings.catalog, 'audience', opts.audience),
      status: (opts.status === 'all'
        ? 'all'
        : resolveIds(settings.catalog, 'status', [opts.status], '--status')![0]) as (typeof STATUSES)[number],
      grep: opts.grep,
    };
    // The same question about the same bytes has the same answer (remember.ts).
    return {
      report: remembered(ctx, { command: 'list', range, filter, today }, (archive) =>
        filterRecords(recordsInRange(archive, range), filter),
      ),
    };
  },
});
