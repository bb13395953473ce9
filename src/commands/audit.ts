/** `xwgk audit`: the register (台账) of a period, as a table, Markdown, JSON, CSV or xlsx; exit 0 whatever it shows. */
import { z } from 'zod';
import { resolveRange } from '../model/range.js';
import { buildAudit } from '../reports/audit.js';
import { auditFormats } from '../render/formats/audit.js';
import { outputShape, PERIOD_OPTIONS, periodShape } from './option-schemas.js';
import { remembered } from './remember.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

export const auditCommand = defineCommand({
  name: 'audit',
  help: 'cmd.audit',
  options: PERIOD_OPTIONS,
  schema: lazySchema(() => z.object({ ...periodShape(), ...outputShape() })),
  formats: auditFormats,
  run(ctx, opts) {
    const today = ctx.today(opts.today);
    const range = resolveRange(opts, ctx.settings().terms, today);
    return { report: remembered(ctx, { command: 'audit', range, today }, (archive) => buildAudit(archive, range, today)) };
  },
});
