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

export function reportTerm(ctx: Ctx, archive: Archive, flag: string | undefined, today: string): Term {
  if (flag !== undefined) return resolveTerm(flag, archive.terms, today);
  const chosen = defaultReportTerm(archive.terms, today, (t) => recordsInRange(archive, { term: t }).length > 0);
  if (chosen.reason !== 'current') {
    ctx.info(ctx.t(chosen.reason === 'between' ? 'term.default-between' : 'term.default-early', { term: chosen.term.id, current: chosen.current!.id, start: chosen.current!.start }));
  }
  return chosen.term;
}
