/**
 * The changes the `request` commands make, as pure functions over a request: answer it, extend its
 * deadline, record a 行政复议 or 行政诉讼. What the law allows only once, or only in order, is refused
 * here (exit 2, nothing written) when it cannot have happened — an answer dated before the request
 * came in, a second answer, a date after today. What merely breaks a rule (an answer after the
 * deadline, a second extension) is written as it happened and judged by the `requests` check.
 */
import { usageError } from './errors.js';
import type { Appeal, InfoRequest, RequestAnswer } from './request.js';
import { validateRequest } from './request-validate.js';
import { EXIT, XwgkError } from './errors.js';

/** The request with its answer. */
export function answerRequest(r: InfoRequest, answer: RequestAnswer): InfoRequest {
  if (r.answer)
    throw usageError('err.request.answered', { id: r.id, on: r.answer.on }, { key: 'hint.request.correct', params: { id: r.id } });
  if (answer.on < r.received) throw usageError('err.request.before-received', { field: '--on', on: answer.on, received: r.received });
  return checked({ ...r, answer });
}

/** The request with one more extension (the law allows one; a second is written and flagged). */
export function extendRequest(r: InfoRequest, extension: { on: string; reason: string }): InfoRequest {
  if (r.answer) throw usageError('err.request.extend-answered', { id: r.id, on: r.answer.on });
  if (extension.on < r.received) throw usageError('err.request.before-received', { field: '--on', on: extension.on, received: r.received });
  return checked({ ...r, extensions: [...(r.extensions ?? []), extension] });
}

/** The request with its 行政复议 (`review`) or 行政诉讼 (`litigation`), new or with its result. */
export function appealRequest(r: InfoRequest, kind: 'review' | 'litigation', appeal: Appeal): InfoRequest {
  if (appeal.filed < r.received)
    throw usageError('err.request.before-received', { field: '--filed', on: appeal.filed, received: r.received });
  if (appeal.decided !== undefined && appeal.decided < appeal.filed)
    throw usageError('err.request.decided-before-filed', { decided: appeal.decided, filed: appeal.filed });
  return checked({ ...r, [kind]: appeal });
}

/** Re-validates a changed request against the schema; any error is exit 2 with every field named. */
export function checked(raw: Record<string, unknown>): InfoRequest {
  const { request, issues } = validateRequest(raw);
  const errors = issues.filter((i) => i.severity === 'error');
  if (!request || errors.length > 0) {
    throw new XwgkError(
      EXIT.usage,
      { key: 'err.request.invalid' },
      { key: 'hint.request.flags' },
      errors.map((i) => ({
        message: { key: i.key, params: { ...i.params, field: flagName(i.path) } },
        ...(i.hint ? { hint: i.hint } : {}),
      })),
    );
  }
  return request;
}

/** A field as the user gave it: `--outcome` rather than `answer.outcome`. */
function flagName(path: (string | number)[]): string {
  const last = [...path].reverse().find((p) => typeof p === 'string') ?? '';
  const map: Record<string, string> = {
    outcome: '--outcome',
    reason: '--reason',
    on: '--on',
    note: '--note',
    records: '--record',
    filed: '--filed',
    decided: '--decided',
    result: '--result',
  };
  return map[last] ?? `--${last}`;
}
