/**
 * The request register as plain data: each request with its deadlines and where it stands on
 * `today`, for `request list` (table, csv, md, json) and for `status`'s "due next". Language-free:
 * ids, dates and numbers; renderers look up the labels.
 */
import type { Archive } from '../archive/load.js';
import type { DateString } from '../model/dates.js';
import { requestStatus, type RequestState } from '../model/request-due.js';
import { WorkCalendar } from '../model/workdays.js';

export interface RequestRow {
  id: string;
  file: string;
  received: DateString;
  channel: string;
  applicant: string;
  asked: string;
  due: DateString;
  extendedDue?: DateString;
  deadline: DateString;
  extensions: number;
  state: RequestState;
  /** Working days left (open), or past the deadline (overdue, late). */
  workingDays: number;
  outcome?: string;
  reason?: string;
  answered?: DateString;
}

/** The requests, oldest first; `year` keeps those received in it, `open` those not yet answered. */
export function listRequests(archive: Archive, today: DateString, opts: { year?: number; open?: boolean } = {}): RequestRow[] {
  const cal = new WorkCalendar(archive.config);
  return archive.requests
    .filter(({ request: r }) => (opts.year === undefined || r.received.startsWith(`${opts.year}-`)) && (!opts.open || !r.answer))
    .map(({ request: r, file }) => {
      const s = requestStatus(r, cal, today);
      return {
        id: r.id,
        file,
        received: r.received,
        channel: r.channel,
        applicant: r.applicant,
        asked: r.asked,
        due: s.due,
        ...(s.extendedDue ? { extendedDue: s.extendedDue } : {}),
        deadline: s.deadline,
        extensions: r.extensions?.length ?? 0,
        state: s.state,
        workingDays: s.workingDays,
        ...(r.answer ? { outcome: r.answer.outcome, ...(r.answer.reason ? { reason: r.answer.reason } : {}), answered: r.answer.on } : {}),
      };
    });
}
