/**
 * `xwgk export`: every record (or a period's) as JSON lines, CSV (BOM, CRLF, formula cells guarded) or
 * an .xlsx workbook (header row, widths, frozen panes, date cells). CSV and xlsx import back as the
 * same records.
 */
import * as z from 'zod/mini';
import { resolveRange } from '../model/range.js';
import { recordsInRange } from '../reports/select.js';
import { exportFormats } from '../render/formats/export.js';
import { outputShape, PERIOD_OPTIONS, periodShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { skippedFiles } from '../model/skipped.js';
import { lazySchema } from '../model/lazy-schema.js';

export const exportCommand = defineCommand({
  name: 'export',
  help: 'cmd.export',
  options: [...PERIOD_OPTIONS, { flags: '--skip-unreadable', help: 'opt.skip-unreadable' }],
  schema: lazySchema(() => z.object({ ...periodShape(), ...outputShape(), skipUnreadable: z.optional(z.boolean()) })),
  formats: exportFormats,
  run(ctx, opts) {
    const archive = ctx.archive();
    // An export is a copy of the archive: a record left out must be asked for, not happen.
    // Only record files: an unreadable request (requests/) holds no record, so it stops no export.
    const unreadable = skippedFiles(archive.findings, ['records/']);
    if (unreadable.length > 0 && !opts.skipUnreadable) {
      throw new XwgkError(
        EXIT.findings,
        { key: 'export.unreadable', params: { n: unreadable.length } },
        { key: 'hint.export-unreadable' },
        unreadable.map((s) => ({ file: s.file, ...(s.line ? { line: s.line } : {}), message: s.message })),
      );
    }
    return { report: recordsInRange(archive, resolveRange(opts, archive.terms, ctx.today(opts.today))) };
  },
});
