/**
 * `feedback`: every opinion answered within `feedback_days` calendar days of `received`.
 * Severity, decided here and documented in docs/checks.md:
 * - unanswered past the limit: error (`feedback.overdue`); answered after it: error (`feedback.late`);
 * - unanswered and still within the limit: warning (`feedback.open`) — nothing is wrong yet, but the
 *   clerk should see what is waiting and how long is left; warnings leave the exit code 0;
 * - an answer dated before its opinion: error (`feedback.answer-before-opinion`).
 * Withdrawn records are checked too: taking a notice down does not answer the opinions about it.
 */
import type { LoadedRecord } from '../archive/load.js';
import { addDays, daysBetween } from '../model/dates.js';
import type { Finding, Params, Severity } from '../model/finding.js';
import type { MessageKey } from '../i18n/index.js';
import { recordFinding } from './finding-at.js';
import type { Check } from './types.js';

export const feedbackCheck: Check = {
  name: 'feedback',
  rule: 'check.feedback.rule',
  why: 'check.feedback.why',
  run: (ctx) => ctx.records.flatMap((loaded) => feedbackFindings(loaded, ctx.archive.config.feedback_days, ctx.today)),
};

export function feedbackFindings(loaded: LoadedRecord, limitDays: number, today: string): Finding[] {
  const r = loaded.record;
  const out: Finding[] = [];
  (r.feedback ?? []).forEach((fb, i) => {
    const deadline = addDays(fb.received, limitDays);
    const params = { id: r.id, n: i + 1, received: fb.received, limit: limitDays, deadline };
    const push = (code: string, severity: Severity, message: MessageKey, hint: MessageKey, extra: Params) =>
      out.push(recordFinding('feedback', loaded, {
        code, severity, field: 'feedback',
        message: { key: message, params: { ...params, ...extra } }, hint: { key: hint, params: { ...params, ...extra } },
      }));
    if (fb.responded === undefined) {
      if (today > deadline) push('feedback.overdue', 'error', 'check.feedback.overdue', 'hint.feedback.respond', { days: daysBetween(fb.received, today) });
      else push('feedback.open', 'warning', 'check.feedback.open', 'hint.feedback.respond', { left: daysBetween(today, deadline) });
    } else if (fb.responded < fb.received) {
      push('feedback.answer-before-opinion', 'error', 'check.feedback.answer-before-opinion', 'hint.feedback.dates', { responded: fb.responded });
    } else if (fb.responded > deadline) {
      push('feedback.late', 'error', 'check.feedback.late', 'hint.feedback.late', { responded: fb.responded, days: daysBetween(fb.received, fb.responded) });
    }
  });
  return out;
}
