/**
 * The annual report (信息公开工作年度报告) of one calendar year, as plain data: what `report --format
 * json` prints and what the templates put into words. Records count by the date of their `time` in
 * January 1 – December 31 (not by school term); withdrawn ones only as `withdrawn`. Requests count
 * by the rules of request-figures.ts. The checks of the year are run over the same dates. Ids and
 * numbers only: the renderers name them.
 */
import type { Archive } from '../archive/load.js';
import { CHECKS } from '../checks/registry.js';
import type { Check } from '../checks/types.js';
import type { Finding } from '../model/finding.js';
import { REQUESTS_DIR } from '../model/request.js';
import { skippedFiles, type SkippedFile } from '../model/skipped.js';
import { requestDeadlines } from '../model/request-due.js';
import { WorkCalendar } from '../model/workdays.js';
import { buildCompleteness, completenessRange } from '../checks/completeness-periods.js';
import {
  appealFigures,
  requestDetail,
  requestFigures,
  type AppealFigures,
  type RequestDetail,
  type RequestFigures,
} from './request-figures.js';
import { recordsInRange } from './select.js';
import { countByMonth, feedbackFigures, tallies, type RecordCounts, type Tally } from './summary-counts.js';

/** The folders whose unreadable files the report names: it counts records and requests. */
export const REPORT_FOLDERS = ['records/', `${REQUESTS_DIR}/`] as const;

/** The report of year Y is due by January 31 of Y+1 (条例 art. 50). */
export function reportDueDate(year: number): string {
  return `${year + 1}-01-31`;
}

export interface YearFigures {
  year: number;
  total: number;
  withdrawn: number;
  byColumn: Tally[];
  byCategory: Tally[];
  requests: { received: number; answered: number };
}

export interface AnnualReport extends RecordCounts {
  school: string;
  year: number;
  from: string;
  to: string;
  /** The day the report speaks of (`--today`), and the day it is due. */
  today: string;
  due: string;
  completeness: { required: number; met: number; rate: number; missing: { category: string; period: string; due: string }[] };
  feedback: { received: number; answered: number; overdue: number };
  requests: RequestFigures;
  requestDetail: RequestDetail;
  reviews: AppealFigures;
  litigation: AppealFigures & { direct: AppealFigures; afterReview: AppealFigures };
  previous: YearFigures | null;
  findings: Finding[];
  /** The record and request files that could not be read (their first error each). */
  skipped: SkippedFile[];
}

function yearFigures(archive: Archive, year: number): YearFigures & { records: ReturnType<typeof recordsInRange> } {
  const records = recordsInRange(archive, { from: `${year}-01-01`, to: `${year}-12-31` });
  const published = records.map((r) => r.record).filter((r) => r.status !== 'withdrawn');
  const t = tallies(published, archive.catalog);
  const req = requestFigures(
    archive.requests.map((r) => r.request),
    year,
  );
  return {
    year,
    records,
    total: published.length,
    withdrawn: records.length - published.length,
    byColumn: t.byColumn,
    byCategory: t.byCategory,
    requests: { received: req.received, answered: req.answered },
  };
}

/** Whether the archive holds anything of a year: a record dated in it or a request received in it. */
export function yearHasData(archive: Archive, year: number): boolean {
  const y = `${year}-`;
  return archive.records.some((r) => r.record.time.startsWith(y)) || archive.requests.some((r) => r.request.received.startsWith(y));
}

export function buildAnnualReport(archive: Archive, year: number, today: string, checks: readonly Check[] = CHECKS): AnnualReport {
  const from = `${year}-01-01`,
    to = `${year}-12-31`;
  const { records, total, withdrawn } = yearFigures(archive, year);
  const published = records.map((r) => r.record).filter((r) => r.status !== 'withdrawn');
  const requests = archive.requests.map((r) => r.request);
  const cal = new WorkCalendar(archive.config);
  // Periods before the archive was begun (its first record's term) are not judged: nothing can show them.
  const begun = completenessRange(archive, {}, today).from;
  const judged = { from: begun > from ? begun : from, to };
  const completeness = judged.from <= to ? buildCompleteness(archive, judged, today) : { required: 0, met: 0, rate: 1, missing: [] };
  const fb = feedbackFigures(published, archive.config.feedback_days, today, archive.catalog);
  const litigations = requests.map((r) => r.litigation);
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  return {
    school: archive.config.school,
    year,
    from,
    to,
    today,
    due: reportDueDate(year),
    total,
    withdrawn,
    ...(({ byCategory, byColumn, byForm, byAudience }) => ({ byCategory, byColumn, byForm, byAudience }))(
      tallies(published, archive.catalog),
    ),
    byMonth: countByMonth(published, months).filter((m) => months.includes(m.month)),
    completeness: { required: completeness.required, met: completeness.met, rate: completeness.rate, missing: completeness.missing },
    feedback: { received: fb.received, answered: fb.answered, overdue: fb.overdue },
    requests: requestFigures(requests, year),
    requestDetail: requestDetail(requests, year, (r) => requestDeadlines(r, cal).deadline),
    reviews: appealFigures(
      requests.map((r) => r.review),
      year,
    ),
    litigation: {
      ...appealFigures(litigations, year),
      direct: appealFigures(
        litigations.filter((l) => !l?.after_review),
        year,
      ),
      afterReview: appealFigures(
        litigations.filter((l) => l?.after_review),
        year,
      ),
    },
    previous: archive.records.some((r) => r.record.time.startsWith(`${year - 1}-`))
      ? (({ records: _, ...rest }) => rest)(yearFigures(archive, year - 1))
      : null,
    findings: checks.flatMap((c) =>
      c.name === 'completeness'
        ? judged.from <= to
          ? c.run({ archive, range: judged, today, records })
          : []
        : c.run({ archive, range: { from, to }, today, records }),
    ),
    skipped: skippedFiles(archive.findings, REPORT_FOLDERS),
  };
}
