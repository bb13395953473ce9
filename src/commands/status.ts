/** `xwgk status`: the term at a glance (matrix, what is due next, open opinions); exit 0 whatever it shows. */
import * as z from 'zod/mini';
import { chooseReportTerm, tellReportTerm } from './report-term.js';
import { remembered } from './remember.js';
import { buildStatus } from '../reports/status.js';
import { statusFormats } from '../render/formats/status.js';
import { outputShape, TODAY_OPTION, todayShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

export const statusCommand = defineCommand({
  name: 'status',
  help: 'cmd.status',
  options: [{ flags: '--term <id>', help: 'opt.status-term' }, TODAY_OPTION],
  schema: lazySchema(() => z.object({ term: z.optional(z.string()), ...todayShape(), ...outputShape() })),
  formats: statusFormats,
  run(ctx, opts) {
    const today = ctx.today(opts.today);
    // The same question about the same bytes has the same answer (remember.ts).
    const { choice, report } = remembered(ctx, { command: 'status', term: opts.term ?? null, today }, (archive) => {
      const choice = chooseReportTerm(archive, opts.term, today);
      return { choice, report: buildStatus(archive, choice.term, today) };
    });
    tellReportTerm(ctx, choice);
    return { report };
  },
});
