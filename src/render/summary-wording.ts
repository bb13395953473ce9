/**
 * Small judgements the summary's sentences rest on, made from the figures so the templates only word
 * them: which items rank highest (ties kept together), which months were busiest, which of the "four
 * pairings" (四个结合) the term can truly claim and which it lacks, the missing items by category.
 */
import type { Pairings, Tally } from '../reports/summary-counts.js';

export interface RankLevel {
  count: number;
  labels: string[];
  /** Items of this count left unnamed (a long tie). */
  more: number;
}

/**
 * The largest counts as levels of equal counts, at most `maxItems` named in all (the first level is
 * always named, cut to `maxItems`). `even` when every item counted the same.
 */
export function ranks(xs: readonly (Tally & { label: string })[], maxItems = 5): { levels: RankLevel[]; even: boolean; used: number } {
  const used = xs.filter((x) => x.count > 0);
  const counts = [...new Set(used.map((x) => x.count))].sort((a, b) => b - a);
  const levels: RankLevel[] = [];
  let named = 0;
  for (const count of counts) {
    const labels = used.filter((x) => x.count === count).map((x) => x.label);
    if (levels.length > 0 && named + labels.length > maxItems) break;
    const shown = labels.slice(0, maxItems);
    levels.push({ count, labels: shown, more: labels.length - shown.length });
    named += shown.length;
    if (levels.length === 2) break;
  }
  return { levels, even: used.length > 1 && counts.length === 1, used: used.length };
}

/** The busiest months: all those with the largest count; `even` when every month of the term had it. */
export function busiestMonths(byMonth: readonly { month: string; count: number }[]): { months: string[]; count: number; even: boolean } {
  const count = Math.max(0, ...byMonth.map((m) => m.count));
  const months = count > 0 ? byMonth.filter((m) => m.count === count).map((m) => m.month) : [];
  return { months, count, even: months.length > 1 && months.length === byMonth.length };
}

export type PairingKey = 'inout' | 'scope' | 'process' | 'explain';
export type PairingGap = 'external' | 'internal' | 'process' | 'result' | 'explain' | 'untimed';

/**
 * A pairing is claimed only when both of its sides happened (and for the explanation, when any was
 * given); what is missing becomes a problem with a measure. A term open to everyone in full lacks no
 * "partial" side: that is not a gap.
 */
export function pairingClaims(p: Pairings, total: number): { claims: PairingKey[]; gaps: PairingGap[] } {
  if (total === 0) return { claims: [], gaps: [] };
  const claims: PairingKey[] = [];
  const gaps: PairingGap[] = [];
  if (p.internal > 0 && p.external > 0) claims.push('inout');
  else gaps.push(p.external === 0 ? 'external' : 'internal');
  if (p.full > 0 && p.partial > 0) claims.push('scope');
  if (p.process > 0 && p.result > 0) claims.push('process');
  else if (p.process + p.result > 0) gaps.push(p.process === 0 ? 'process' : 'result');
  if (p.untimed > 0) gaps.push('untimed');
  if (p.explained > 0) claims.push('explain');
  else gaps.push('explain');
  return { claims, gaps };
}

/** The missing required items grouped by category, periods in order. */
export function missingByCategory(
  missing: readonly { category: string; label: string; period: string }[],
): { category: string; label: string; periods: string[] }[] {
  const out: { category: string; label: string; periods: string[] }[] = [];
  for (const m of missing) {
    const g = out.find((x) => x.category === m.category);
    if (g) g.periods.push(m.period);
    else out.push({ category: m.category, label: m.label, periods: [m.period] });
  }
  return out;
}
