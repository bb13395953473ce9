/** `xwgk audit`: the register (台账) of a period, as a table, Markdown, JSON, CSV or xlsx; exit 0 whatever it shows. */
import * as z from 'zod/mini';
import { resolveRange } from '../model/range.js';
import { buildAudit } from '../reports/audit.js';
import { auditFormats } from '../render/formats/audit.js';
import { outputShape, PERIOD_OPTIONS, periodShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { chooseReportTerm, tellReportTerm } from './report-term.js';
import { remembered } from './remember.js';
import { lazySchema } from '../model/lazy-schema.js';

export const auditCommand = defineCommand({
  name: 'audit',
  help: 'cmd.audit',
  options: PERIOD_OPTIONS,
  schema: lazySchema(() => z.object({ ...periodShape(), ...outputShape() })),
  formats: auditFormats,
  run(ctx, opts) {
    const today = ctx.today(opts.today);
    // No period given: the report's default term (never one that has not started), as status and summary.
    const given = opts.term !== undefined || opts.month !== undefined || opts.from !== undefined || opts.to !== undefined;
    const period = { term: opts.term, month: opts.month, from: opts.from, to: opts.to };
    // The same question about the same bytes has the same answer (remember.ts).
    const { choice, report } = remembered(ctx, { command: 'audit', period, today }, (archive) => {
      const choice = given ? undefined : chooseReportTerm(archive, undefined, today);
      return { choice, report: buildAudit(archive, resolveRange(choice ? { term: choice.term.id } : opts, archive.terms, today), today) };
    });
    if (choice) tellReportTerm(ctx, choice);
    return { report };
  },
});
