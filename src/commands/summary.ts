/**
 * `xwgk summary [--term T]`: the term's disclosure work summary (of today's term without --term) as
 * Markdown (default), HTML, Word or JSON. A .docx is binary: without `--out` it is written to a file
 * named after the term in the current folder, never to the terminal.
 */
import * as z from 'zod/mini';
import { usageError } from '../model/errors.js';
import { chooseReportTerm, tellReportTerm } from './report-term.js';
import { remembered } from './remember.js';
import { isTermId } from '../model/terms.js';
import { buildTermSummary, termRecords } from '../reports/summary.js';
import { summaryFormats } from '../render/formats/summary.js';
import { outputShape, TODAY_OPTION, todayShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

export const summaryCommand = defineCommand({
  name: 'summary',
  help: 'cmd.summary',
  options: [{ flags: '--term <id>', help: 'opt.summary-term' }, TODAY_OPTION],
  schema: lazySchema(() => z.object({ term: z.optional(z.string()), ...todayShape(), ...outputShape() })),
  formats: summaryFormats,
  defaultFile: (summary, ctx) => `${ctx.t('summary.default-file', { term: summary.term.id })}.docx`,
  run(ctx, opts) {
    const today = ctx.today(opts.today);
    // The same question about the same bytes has the same answer (remember.ts).
    const { choice, report } = remembered(ctx, { command: 'summary', term: opts.term ?? null, today }, (archive) => {
      const choice = chooseReportTerm(archive, opts.term, today);
      const term = choice.term;
      // A term named by id must be one the archive knows; `current` and `previous` always are.
      if (opts.term && isTermId(opts.term) && !term.configured && termRecords(archive, term).length === 0) {
        throw usageError('err.summary-unknown-term', { term: term.id }, { key: 'hint.summary-terms' });
      }
      return { choice, report: buildTermSummary(archive, term, today) };
    });
    tellReportTerm(ctx, choice);
    return { report };
  },
});
