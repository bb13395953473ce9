/** `xwgk terms`: the terms, from the archive's first record to the term after today. */
import * as z from 'zod/mini';
import { termsReport } from '../reports/terms.js';
import { termsFormats } from '../render/formats/terms.js';
import { outputShape, TODAY_OPTION, todayShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

export const termsCommand = defineCommand({
  name: 'terms',
  help: 'cmd.terms',
  options: [TODAY_OPTION],
  schema: lazySchema(() => z.object({ ...todayShape(), ...outputShape() })),
  formats: termsFormats,
  run: (ctx, opts) => ({ report: termsReport(ctx.archive(), ctx.today(opts.today)) }),
});
