/**
 * `completeness`: every required category disclosed at its frequency in every period of the range
 * whose due date has passed. The findings are read off the one completeness report that `status`
 * and the summary also show, so the three never disagree.
 */
import { buildCompleteness } from './completeness-periods.js';
import type { MessageKey } from '../model/message-key.js';
import type { Finding } from '../model/finding.js';
import type { Check } from './types.js';

export const completenessCheck: Check = {
  name: 'completeness',
  rule: 'check.completeness.rule',
  why: 'check.completeness.why',
  run: (ctx) => {
    // All records, not only the range's: the September accounts posted on Oct 10 count for September.
    const report = buildCompleteness(ctx.archive, ctx.range, ctx.today);
    return report.missing.map(({ category, period, due }): Finding => {
      const frequency = ctx.archive.catalog.category(category)?.frequency;
      const hint: MessageKey =
        frequency === 'monthly' ? 'hint.completeness.monthly' : frequency === 'term' ? 'hint.completeness.term' : 'hint.completeness.year';
      return {
        check: 'completeness',
        code: 'completeness.missing',
        severity: 'error',
        category,
        period,
        message: { key: 'check.completeness.missing', params: { category, period, due } },
        hint: { key: hint, params: { category, period } },
      };
    });
  },
};
