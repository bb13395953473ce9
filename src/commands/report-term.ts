/**
 * The term of `summary`, `status` and `audit`: `--term` when given, else the default of
 * model/default-term.ts — and when that is not today's term, stderr says which term and why.
 */
import type { Archive } from '../archive/load.js';
import type { Ctx } from './context.js';
import { defaultReportTerm } from '../model/default-term.js';
import { resolveTerm } from '../model/range.js';
import type { Term } from '../model/terms.js';
import { recordsInRange } from '../reports/select.js';

/** The term chosen, and why when it is not today's: plain data (a remembered report keeps it, see remember.ts). */
export interface ReportTermChoice {
  term: Term;
  note?: { reason: 'between' | 'early'; current: string; start: string };
}

export function chooseReportTerm(archive: Archive, flag: string | undefined, today: string): ReportTermChoice {
  if (flag !== undefined) return { term: resolveTerm(flag, archive.terms, today) };
  const chosen = defaultReportTerm(archive.terms, today, (t) => recordsInRange(archive, { term: t }).length > 0);
  if (chosen.reason === 'current') return { term: chosen.term };
  return {
    term: chosen.term,
    note: { reason: chosen.reason === 'between' ? 'between' : 'early', current: chosen.current!.id, start: chosen.current!.start },
  };
}

/** Says on stderr which term a report took and why, when it is not today's. */
export function tellReportTerm(ctx: Ctx, choice: ReportTermChoice): void {
  const n = choice.note;
  if (n)
    ctx.info(
      ctx.t(n.reason === 'between' ? 'term.default-between' : 'term.default-early', {
        term: choice.term.id,
        current: n.current,
        start: n.start,
      }),
    );
}
