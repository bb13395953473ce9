/**
 * `xwgk report [--year YYYY]`: the annual information disclosure report (信息公开工作年度报告) of a
 * calendar year — the year before today's without `--year`, since the report of year Y is made in
 * January of Y+1 — as Markdown (default), HTML, Word or JSON. A .docx without `--out` goes to a file
 * named after the year.
 */
import * as z from 'zod/mini';
import { usageError } from '../model/errors.js';
import { lazySchema } from '../model/lazy-schema.js';
import { buildAnnualReport } from '../reports/annual-report.js';
import { reportFormats } from '../render/formats/requests.js';
import { outputShape, TODAY_OPTION, todayShape } from './option-schemas.js';
import { defineCommand } from './shape.js';

/** A year as typed: four digits, within the dates the tool handles. */
export function parseReportYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim()) || Number(value) < 1900 || Number(value) > 2998)
    throw usageError('err.report.year', { value }, { key: 'hint.report.year' });
  return Number(value);
}

export const reportCommand = defineCommand({
  name: 'report',
  help: 'cmd.report',
  options: [{ flags: '--year <YYYY>', help: 'opt.report-year' }, TODAY_OPTION],
  schema: lazySchema(() => z.object({ year: z.optional(z.string()), ...todayShape(), ...outputShape() })),
  formats: reportFormats,
  defaultFile: (r, ctx) => `${ctx.t('report.default-file', { year: r.year })}.docx`,
  run(ctx, opts) {
    const today = ctx.today(opts.today);
    const year = opts.year !== undefined ? parseReportYear(opts.year) : Number(today.slice(0, 4)) - 1;
    // The unreadable files go to stderr once, from runWith (commands/skipped.ts), as for every report.
    return { report: buildAnnualReport(ctx.archive(), year, today) };
  },
});
