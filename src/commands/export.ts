/**
 * `xwgk export`: every record (or a period's) as JSON lines, CSV (BOM, CRLF, formula cells guarded) or
 * an .xlsx workbook (header row, widths, frozen panes, date cells). CSV and xlsx import back as the
 * same records.
 */
import { z } from 'zod';
import { resolveRange } from '../model/range.js';
import { recordsInRange } from '../reports/select.js';
import { exportFormats } from '../render/formats/export.js';
import { outputShape, PERIOD_OPTIONS, periodShape } from './option-schemas.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

export const exportCommand = defineCommand({
  name: 'export',
  help: 'cmd.export',
  options: PERIOD_OPTIONS,
  schema: lazySchema(() => z.object({ ...periodShape(), ...outputShape() })),
  formats: exportFormats,
  run(ctx, opts) {
    const archive = ctx.archive();
    return { report: recordsInRange(archive, resolveRange(opts, archive.terms, ctx.today(opts.today))) };
  },
});
