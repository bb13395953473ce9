/**
 * Terms and school years: the one period calculator every command shares (SPEC "Periods").
 * Term ids are `Y-(Y+1)-N`. Without configured terms, term 1 runs Sep 1 Y – Jan 31 Y+1 and term 2
 * Feb 1 – Aug 31 Y+1. Configured terms take precedence for their dates, and a date that falls after
 * one term ends and before the next starts (a holiday) belongs to the next term — so in general a date
 * belongs to the first term, in order, that has not yet ended on that date.
 */
import { addDays, makeDate, monthsBetween, type DateString } from './dates.js';

export const TERM_ID_RE = /^(\d{4})-(\d{4})-([12])$/;
export const YEAR_ID_RE = /^(\d{4})-(\d{4})$/;

export interface Term {
  id: string;
  name: string;
  start: DateString;
  end: DateString;
  /** True when the dates come from `xwgk.yaml`. */
  configured: boolean;
}

export interface TermSource {
  terms: readonly { id: string; name?: string | undefined; start: string; end: string }[];
}

export function isTermId(id: string): boolean {
  const m = TERM_ID_RE.exec(id);
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}

export function isSchoolYearId(id: string): boolean {
  const m = YEAR_ID_RE.exec(id);
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}

function parseTermId(id: string): { year: number; n: 1 | 2 } {
  const m = TERM_ID_RE.exec(id);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new Error(`not a term id: ${id}`);
  return { year: Number(m[1]), n: m[3] === '1' ? 1 : 2 };
}

export function termIdOf(year: number, n: 1 | 2): string {
  return `${year}-${year + 1}-${n}`;
}

/** The default-rule term that holds a date. */
export function defaultTermIdOf(date: DateString): string {
  const y = Number(date.slice(0, 4)),
    m = Number(date.slice(5, 7));
  if (m >= 9) return termIdOf(y, 1);
  if (m === 1) return termIdOf(y - 1, 1);
  return termIdOf(y - 1, 2);
}

export function nextTermId(id: string): string {
  const { year, n } = parseTermId(id);
  return n === 1 ? termIdOf(year, 2) : termIdOf(year + 1, 1);
}

export function previousTermId(id: string): string {
  const { year, n } = parseTermId(id);
  return n === 2 ? termIdOf(year, 1) : termIdOf(year - 1, 2);
}

/** The school year `Y-(Y+1)` a term belongs to. */
export function schoolYearOfTerm(id: string): string {
  return `${parseTermId(id).year}-${parseTermId(id).year + 1}`;
}

/** The school year (Sep 1 – Aug 31) that holds a date. */
export function schoolYearOf(date: DateString): string {
  const y = Number(date.slice(0, 4)),
    m = Number(date.slice(5, 7));
  const start = m >= 9 ? y : y - 1;
  return `${start}-${start + 1}`;
}

export function schoolYearRange(id: string): { start: DateString; end: DateString } {
  const y = Number(id.slice(0, 4));
  return { start: makeDate(y, 9, 1), end: makeDate(y + 1, 8, 31) };
}

export function defaultTermName(id: string, lang: 'zh-CN' | 'en'): string {
  const { year, n } = parseTermId(id);
  if (lang === 'en') return `${year}–${year + 1} school year, ${n === 1 ? 'first' : 'second'} term`;
  return `${year}—${year + 1}学年第${n === 1 ? '一' : '二'}学期`;
}

/** Terms of one archive: configured ones first, the default rule for the rest. */
export class Terms {
  private readonly configured: Map<string, Term>;
  // Checks ask for the term of every record, often several times: both answers are pure, so they are
  // kept (the terms are frozen, being shared).
  private readonly byIdMemo = new Map<string, Term>();
  private readonly ofMemo = new Map<string, Term>();

  constructor(
    source: TermSource,
    private readonly lang: 'zh-CN' | 'en' = 'zh-CN',
  ) {
    this.configured = new Map(
      source.terms.map((t) => [
        t.id,
        { id: t.id, name: t.name ?? defaultTermName(t.id, lang), start: t.start, end: t.end, configured: true },
      ]),
    );
  }

  /** The term with this id (configured dates, else the default rule's). */
  byId(id: string): Term {
    let t = this.byIdMemo.get(id);
    if (!t) this.byIdMemo.set(id, (t = Object.freeze(this.computeById(id))));
    return t;
  }

  private computeById(id: string): Term {
    const c = this.configured.get(id);
    if (c) return c;
    const { year, n } = parseTermId(id);
    let start = n === 1 ? makeDate(year, 9, 1) : makeDate(year + 1, 2, 1);
    let end = n === 1 ? makeDate(year + 1, 1, 31) : makeDate(year + 1, 8, 31);
    // Configured terms take precedence for the dates they cover: a default-rule neighbour gives way,
    // so a term configured to start on Aug 25 does not also leave Aug 25–31 in the summer term.
    const prev = this.configured.get(previousTermId(id)),
      next = this.configured.get(nextTermId(id));
    if (prev && prev.end >= start) start = addDays(prev.end, 1);
    if (next && next.start <= end) end = addDays(next.start, -1);
    return { id, name: defaultTermName(id, this.lang), start, end, configured: false };
  }

  /** The term a date belongs to: the first term, in order, that has not ended by that date. */
  of(date: DateString): Term {
    let t = this.ofMemo.get(date);
    if (!t) this.ofMemo.set(date, (t = this.computeOf(date)));
    return t;
  }

  private computeOf(date: DateString): Term {
    const d = defaultTermIdOf(date);
    for (const id of [previousTermId(d), d, nextTermId(d)]) {
      const t = this.byId(id);
      if (t.end >= date) return t;
    }
    return this.byId(nextTermId(nextTermId(d)));
  }

  next(t: Term): Term {
    return this.byId(nextTermId(t.id));
  }

  previous(t: Term): Term {
    return this.byId(previousTermId(t.id));
  }

  /** The first day that belongs to a term: the day after the previous term ends (holidays included). */
  belongsFrom(t: Term): DateString {
    const prevEnd = this.previous(t).end;
    return prevEnd < t.start ? addDays(prevEnd, 1) : t.start;
  }

  /** Terms from the one holding `from` to the one holding `to`, in order. */
  between(from: DateString, to: DateString): Term[] {
    let t = this.of(from);
    const out = [t];
    while (t.end < to) {
      t = this.next(t);
      out.push(t);
    }
    return out;
  }

  /** The calendar months a term's dates overlap. */
  months(t: Term): string[] {
    return monthsBetween(t.start, t.end);
  }

  /** The configured terms, in date order. */
  listConfigured(): Term[] {
    return [...this.configured.values()].sort((a, b) => (a.start < b.start ? -1 : 1));
  }
}
