/**
 * `feedback`: every opinion answered within `feedback_days` calendar days of `received`.
 * Severity, decided here and documented in docs/checks.md:
 * - unanswered past the limit: error (`feedback.overdue`) — it can still be put right;
 * - answered after it: warning (`feedback.late`) — the answer is given and nothing can undo the delay,
 *   so an error would fail `check` forever; the summary still counts it as late;
 * - unanswered and still within the limit: warning (`feedback.open`) — nothing is wrong yet, but the
 *   clerk should see what is waiting and how long is left; warnings leave the exit code 0;
 * - an answer dated before its opinion: error (`feedback.answer-before-opinion`).
 * Withdrawn records are checked too: taking a notice down does not answer the opinions about it.
 */
import type { LoadedRecord } from '../archive/load.js';
import { daysBetween } from '../model/dates.js';
import { opinionState, type OpinionState } from '../model/feedback.js';
import type { Finding, Params } from '../model/finding.js';
import type { MessageKey } from '../model/message-key.js';
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
    const { state, deadline } = opinionState(fb, limitDays, today);
    if (state === 'answered') return;
    const params: Params = {
      id: r.id,
      n: i + 1,
      received: fb.received,
      limit: limitDays,
      deadline,
      ...STATE_PARAMS[state](fb, today, deadline),
    };
    out.push(
      recordFinding('feedback', loaded, {
        code: `feedback.${state}`,
        severity: state === 'open' || state === 'late' ? 'warning' : 'error',
        field: 'feedback',
        message: { key: `check.feedback.${state}`, params },
        hint: { key: HINTS[state], params },
      }),
    );
  });
  return out;
}

type Problem = Exclude<OpinionState, 'answered'>;
type Opinion = { received: string; responded?: string | undefined };

/** What each kind of finding says beyond the opinion's number and dates. */
const STATE_PARAMS: Record<Problem, (fb: Opinion, today: string, deadline: string) => Params> = {
  overdue: (fb, today) => ({ days: daysBetween(fb.received, today) }),
  open: (_fb, today, deadline) => ({ left: daysBetween(today, deadline) }),
  late: (fb) => ({ responded: fb.responded!, days: daysBetween(fb.received, fb.responded!) }),
  'answer-before-opinion': (fb) => ({ responded: fb.responded! }),
};

const HINTS: Record<Problem, MessageKey> = {
  overdue: 'hint.feedback.respond',
  open: 'hint.feedback.respond',
  late: 'hint.feedback.late',
  'answer-before-opinion': 'hint.feedback.dates',
};
