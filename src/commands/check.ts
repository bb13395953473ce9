/** `xwgk check [CHECK…]`: run named checks over a period; exit 1 when any finds an error. */
import { Command } from 'commander';
import type { Ctx } from './context.js';
import { addFormatOptions, addPeriodOptions, pickFormat } from './options.js';
import { CHECKS, runChecks, selectChecks } from '../checks/registry.js';
import { resolveRange } from '../model/range.js';
import { countBySeverity } from '../model/finding.js';
import { recordsInRange } from '../reports/select.js';
import { renderChecksAsJson, renderChecksAsText, renderCheckList } from '../render/findings.js';
import { EXIT } from '../model/errors.js';
import { cacheOn } from '../archive/env.js';
import { ResultMemo } from '../archive/result-memo.js';

const FORMATS = ['text', 'json'] as const;

export function checkCommand(ctx: Ctx): Command {
  const cmd = new Command('check').description(ctx.t('cmd.check')).argument('[checks...]', ctx.t('arg.checks'));
  addPeriodOptions(cmd, ctx).option('--list', ctx.t('opt.check-list'));
  addFormatOptions(cmd, ctx, FORMATS, 'text');
  return cmd.action((names: string[], opts) => {
    if (opts.list) return ctx.out(renderCheckList(ctx.view(), CHECKS));
    const checks = selectChecks(names);
    const format = pickFormat(FORMATS, opts, 'text');
    const today = ctx.today(opts.today);
    const range = resolveRange(opts, ctx.settings().terms, today);
    // The same question about the same bytes has the same answer (see archive/result-memo.ts).
    const memo = cacheOn(ctx.io.env) ? ResultMemo.open(ctx.archiveRoot(), { command: 'check', checks: checks.map((c) => c.name), range, today }, ctx.io.env) : undefined;
    let findings = memo?.get();
    if (!findings) {
      const archive = ctx.archive();
      findings = runChecks(checks, { archive, range, today, records: recordsInRange(archive, range) });
      memo?.put(findings, archive.records);
    }
    const counts = countBySeverity(findings);
    ctx.emit(format === 'json' ? renderChecksAsJson(ctx.view(), findings) : renderChecksAsText(ctx.view(), checks, findings), opts.out);
    if (counts.error > 0) ctx.exitCode = EXIT.findings;
  });
}
