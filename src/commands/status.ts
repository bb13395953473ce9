/** `xwgk status`: the term at a glance (matrix, what is due next, open opinions); exit 0 whatever it shows. */
import { z } from 'zod';
import { resolveTerm } from '../model/range.js';
import { buildStatus } from '../reports/status.js';
import { statusFormats } from '../render/formats/status.js';
import { outputShape, TODAY_OPTION, todayShape } from './option-schemas.js';
import { remembered } from './remember.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

export const statusCommand = defineCommand({
  name: 'status',
  help: 'cmd.status',
  options: [{ flags: '--term <id>', help: 'opt.status-term' }, TODAY_OPTION],
  schema: lazySchema(() => z.object({ term: z.string().optional(), ...todayShape(), ...outputShape() })),
  formats: statusFormats,
  run(ctx, opts) {
    const today = ctx.today(opts.today);
    const term = resolveTerm(opts.term ?? 'current', ctx.settings().terms, today);
    return { report: remembered(ctx, { command: 'status', term: term.id, today }, (archive) => buildStatus(archive, term, today)) };
  },
});
