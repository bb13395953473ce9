/**
 * `requests`: every request for information answered within its working days (条例 art. 33: 20
 * working days from receipt, extended once by at most 20). Severity, documented in docs/requests.md:
 * - open past the deadline: error (`requests.overdue`); answered after it: error (`requests.late`);
 * - extended more than once: error (`requests.extended-twice`); extended after the first deadline had
 *   passed: error (`requests.extended-late`);
 * - an answer, extension or appeal dated before the request came in: error (`requests.before-receipt`);
 * - open and still in time: warning (`requests.open`), with the working days left.
 * A period (`--term`, `--month`, `--from/--to`) keeps the requests received in it.
 */
import type { LoadedRequest } from '../archive/load-requests.js';
import type { Finding, Params, Severity } from '../model/finding.js';
import type { MessageKey } from '../model/message-key.js';
import type { Range } from '../model/range.js';
import { requestStatus } from '../model/request-due.js';
import { WorkCalendar } from '../model/workdays.js';
import type { Check } from './types.js';

export const requestsCheck: Check = {
  name: 'requests',
  rule: 'check.requests.rule',
  why: 'check.requests.why',
  run: (ctx) => {
    const cal = new WorkCalendar(ctx.archive.config);
    return requestsInRange(ctx.archive.requests ?? [], ctx.range).flatMap((r) => requestFindings(r, cal, ctx.today));
  },
};

export function requestsInRange(requests: readonly LoadedRequest[], range: Range): LoadedRequest[] {
  return requests.filter(({ request: r }) => (!range.from || r.received >= range.from) && (!range.to || r.received <= range.to));
}

export function requestFindings(loaded: LoadedRequest, cal: WorkCalendar, today: string): Finding[] {
  const r = loaded.request;
  const s = requestStatus(r, cal, today);
  const out: Finding[] = [];
  const base: Params = { id: r.id, received: r.received, due: s.due, deadline: s.deadline };
  const add = (code: string, severity: Severity, field: string, params: Params, hint: MessageKey) => {
    const p = { ...base, ...params };
    out.push({
      check: 'requests',
      code: `requests.${code}`,
      severity,
      message: { key: `check.requests.${code}` as MessageKey, params: p },
      hint: { key: hint, params: p },
      id: r.id,
      file: loaded.file,
      line: loaded.lines[field] ?? loaded.lines.id ?? 1,
    });
  };
  const before = [
    ...(r.answer && r.answer.on < r.received ? [['answer', r.answer.on] as const] : []),
    ...(r.extensions ?? []).filter((e) => e.on < r.received).map((e) => ['extensions', e.on] as const),
  ];
  for (const [field, date] of before) add('before-receipt', 'error', field, { date }, 'hint.requests.dates');
  if (s.state === 'overdue') add('overdue', 'error', 'received', { days: s.workingDays }, 'hint.requests.answer');
  if (s.state === 'late' && r.answer!.on >= r.received)
    add('late', 'error', 'answer', { answered: r.answer!.on, days: s.workingDays }, 'hint.requests.late');
  if (s.state === 'open') add('open', 'warning', 'received', { left: s.workingDays }, 'hint.requests.answer');
  const extensions = r.extensions ?? [];
  if (extensions.length > 1) add('extended-twice', 'error', 'extensions', { n: extensions.length }, 'hint.requests.extend-once');
  if (extensions[0] && extensions[0].on > s.due)
    add('extended-late', 'error', 'extensions', { extended: extensions[0].on }, 'hint.requests.extend-in-time');
  return out;
}
