/** `xwgk check [CHECK…]`: run named checks over a period; exit 1 when any finds an error. */
import * as z from 'zod/mini';
import { CHECKS, runChecks, selectChecks } from '../checks/registry.js';
import { EXIT } from '../model/errors.js';
import { countBySeverity } from '../model/finding.js';
import { resolveRange } from '../model/range.js';
import { recordsInRange } from '../reports/select.js';
import { checkFormats } from '../render/formats/check.js';
import { outputShape, PERIOD_OPTIONS, periodShape } from './option-schemas.js';
import { remembered } from './remember.js';
import { defineCommand } from './shape.js';
import { lazySchema } from '../model/lazy-schema.js';

export const checkCommand = defineCommand({
  name: 'check',
  help: 'cmd.check',
  arguments: [{ name: '[checks...]', help: 'arg.checks' }],
  options: [...PERIOD_OPTIONS, { flags: '--list', help: 'opt.check-list' }],
  schema: lazySchema(() =>
    z.object({ checks: z._default(z.array(z.string()), []), ...periodShape(), ...outputShape(), list: z.optional(z.boolean()) }),
  ),
  formats: checkFormats,
  skippedOnStderr: false,
  run(ctx, opts) {
    if (opts.list) return { report: { checks: CHECKS, findings: null } };
    const checks = selectChecks(opts.checks);
    const today = ctx.today(opts.today);
    const range = resolveRange(opts, ctx.settings().terms, today);
    const question = { command: 'check', checks: checks.map((c) => c.name), range, today };
    const findings = remembered(ctx, question, (archive) =>
      runChecks(checks, { archive, range, today, records: recordsInRange(archive, range) }),
    );
    return { report: { checks, findings }, exitCode: countBySeverity(findings).error > 0 ? EXIT.findings : EXIT.ok };
  },
});
