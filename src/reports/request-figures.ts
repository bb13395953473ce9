/**
 * The annual report's part three and four as numbers (国办公开办函〔2021〕30号, tables 三 and 四), pure
 * over a list of requests and a calendar year (January 1 – December 31):
 * - received: received in the year; carriedOver: received before it and not answered before Jan 1;
 * - answered: answered in the year (new or carried over), by outcome and applicant — the matrix;
 * - pending: received by Dec 31 and not answered by then (结转下年度继续办理).
 * So received + carriedOver = answered + pending, the table's own check (勾稽关系).
 * 行政复议 and 行政诉讼 count by the year they were filed in.
 */
import type { InfoRequest, Appeal } from '../model/request.js';
import { APPEAL_RESULTS, APPLICANT_TYPES, OUTCOMES, REASONS, REQUEST_CHANNELS, ids } from '../model/request-vocab.js';

export type Matrix = Record<string, Record<string, number>>;

export interface RequestFigures {
  received: number;
  carriedOver: number;
  answered: number;
  pending: number;
  byApplicant: { applicant: string; count: number }[];
  outcomes: { outcome: string; count: number }[];
  /** applicant → outcome → answered in the year; every cell present, zeros included. */
  matrix: Matrix;
}

export interface RequestDetail {
  /** applicant → received in the year (新收) and carried over (上年结转), every applicant present. */
  newByApplicant: Record<string, number>;
  carriedByApplicant: Record<string, number>;
  pendingByApplicant: Record<string, number>;
  /** outcome → reason → applicant → count, for the table's sub-rows. */
  reasons: { outcome: string; reason: string; count: number; byApplicant: Record<string, number> }[];
  byChannel: { channel: string; count: number }[];
  /** Answered in the year within the deadline, after it; extended at least once. */
  inTime: number;
  late: number;
  extended: number;
}

export interface AppealFigures {
  count: number;
  results: Record<string, number>;
}

const zeros = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<string, number>;

/** Whether a request's answer (if any) came by `date` inclusive. */
const answeredBy = (r: InfoRequest, date: string) => r.answer !== undefined && r.answer.on <= date;

export function requestFigures(requests: readonly InfoRequest[], year: number): RequestFigures {
  const from = `${year}-01-01`,
    to = `${year}-12-31`;
  const applicants = ids(APPLICANT_TYPES),
    outcomes = ids(OUTCOMES);
  const received = requests.filter((r) => r.received >= from && r.received <= to);
  const carried = requests.filter((r) => r.received < from && !answeredBy(r, `${year - 1}-12-31`));
  const answered = [...carried, ...received].filter((r) => r.answer && r.answer.on >= from && r.answer.on <= to);
  const matrix: Matrix = Object.fromEntries(applicants.map((a) => [a, zeros(outcomes)]));
  for (const r of answered) matrix[r.applicant]![r.answer!.outcome]! += 1;
  const byApplicant = zeros(applicants);
  for (const r of received) byApplicant[r.applicant]! += 1;
  const byOutcome = zeros(outcomes);
  for (const r of answered) byOutcome[r.answer!.outcome]! += 1;
  return {
    received: received.length,
    carriedOver: carried.length,
    answered: answered.length,
    pending: [...carried, ...received].filter((r) => !answeredBy(r, to)).length,
    byApplicant: applicants.map((applicant) => ({ applicant, count: byApplicant[applicant]! })),
    outcomes: outcomes.map((outcome) => ({ outcome, count: byOutcome[outcome]! })),
    matrix,
  };
}

/** The finer counts the report's table and sentences use besides the fixed JSON figures. */
export function requestDetail(requests: readonly InfoRequest[], year: number, deadlineOf: (r: InfoRequest) => string): RequestDetail {
  const from = `${year}-01-01`,
    to = `${year}-12-31`;
  const applicants = ids(APPLICANT_TYPES);
  const received = requests.filter((r) => r.received >= from && r.received <= to);
  const carried = requests.filter((r) => r.received < from && !answeredBy(r, `${year - 1}-12-31`));
  const answered = [...carried, ...received].filter((r) => r.answer && r.answer.on >= from && r.answer.on <= to);
  const count = (list: readonly InfoRequest[]) => {
    const out = zeros(applicants);
    for (const r of list) out[r.applicant]! += 1;
    return out;
  };
  const reasons: RequestDetail['reasons'] = [];
  for (const [outcome, list] of Object.entries(REASONS)) {
    for (const reason of list) {
      const hits = answered.filter((r) => r.answer!.outcome === outcome && r.answer!.reason === reason.id);
      reasons.push({ outcome, reason: reason.id, count: hits.length, byApplicant: count(hits) });
    }
  }
  const channels = zeros(ids(REQUEST_CHANNELS));
  for (const r of received) channels[r.channel]! += 1;
  const late = answered.filter((r) => r.answer!.on > deadlineOf(r)).length;
  return {
    newByApplicant: count(received),
    carriedByApplicant: count(carried),
    pendingByApplicant: count([...carried, ...received].filter((r) => !answeredBy(r, to))),
    reasons,
    byChannel: Object.entries(channels).map(([channel, n]) => ({ channel, count: n })),
    inTime: answered.length - late,
    late,
    extended: answered.filter((r) => (r.extensions?.length ?? 0) > 0).length,
  };
}

/** 行政复议 or 行政诉讼 filed in the year, by result (every result present). */
export function appealFigures(appeals: readonly (Appeal | undefined)[], year: number): AppealFigures {
  const inYear = appeals.filter((a): a is Appeal => a !== undefined && a.filed.startsWith(`${year}-`));
  const results = zeros(ids(APPEAL_RESULTS));
  for (const a of inYear) results[a.result]! += 1;
  return { count: inYear.length, results };
}
