/**
 * The term summary (学期校务公开工作总结) as plain data: what `summary --format json` prints and what
 * the Markdown, HTML and Word renderers put into words. Records count in the term they belong to
 * (termOfRecord) and in the month of their `time`; withdrawn records count only as `withdrawn`.
 * Language-free: ids, numbers and dates; render/summary-labels.ts adds the labels in the reader's language.
 */
import { termSealStatus, type TermSealStatus } from '../archive/seal.js';
import type { Archive, LoadedRecord } from '../archive/load.js';
import { CHECKS, runChecks } from '../checks/registry.js';
import { datePart } from '../model/dates.js';
import type { Finding } from '../model/finding.js';
import type { DisclosureRecord } from '../model/record.js';
import type { Lang } from '../model/lang.js';
import type { Term } from '../model/terms.js';
import { buildCompleteness, type Completeness } from '../checks/completeness-periods.js';
import { buildCompletenessMatrix, type CompletenessMatrix } from './completeness-matrix.js';
import { recordsInRange } from './select.js';
import {
  countByMonth,
  feedbackFigures,
  pairings,
  tallies,
  type FeedbackFigures,
  type Pairings,
  type RecordCounts,
  type Tally,
} from './summary-counts.js';

/** How many of the largest money matters the summary names. */
export const LARGEST_AMOUNTS = 5;

export interface TermRef {
  id: string;
  /** The archive's name of the term: as configured, else the default name in the archive's language. */
  name: string;
  /** Whether xwgk.yaml names the term (a renderer then keeps that name). */
  configured: boolean;
  start: string;
  end: string;
}

export interface CompletenessFigures {
  required: number;
  met: number;
  rate: number;
  missing: { category: string; period: string; due: string }[];
}

export interface LedgerEntry {
  id: string;
  date: string;
  category: string;
  title: string;
  form: string[];
  audience: string[];
  timing?: string;
  amount?: number;
  responsible: string;
}

export interface TermFigures {
  term: TermRef;
  total: number;
  withdrawn: number;
  byCategory: Tally[];
  completeness: CompletenessFigures;
  feedback: Pick<FeedbackFigures, 'received' | 'answered' | 'overdue'>;
}

export interface TermSummary extends RecordCounts {
  school: string;
  /** The archive's language (`locale`): configured term names are in it. */
  locale: Lang;
  term: TermRef;
  /** The day the summary speaks of (`--today`): what is due and overdue is judged on it. */
  today: string;
  byTiming: Tally[];
  completeness: CompletenessFigures;
  matrix: CompletenessMatrix;
  feedback: FeedbackFigures;
  pairings: Pairings;
  /** Published records that carry a leading-group review / a supervision-group approval. */
  approvals: { reviewed: number; supervised: number };
  largestAmounts: { id: string; title: string; category: string; amount: number; date: string }[];
  /** The findings of every registered check over the term's records. */
  findings: Finding[];
  /** The previous term's figures, or null when the archive holds no record of it. */
  previous: TermFigures | null;
  /** Whether the term is sealed, and which of its records were changed (with a reason) since. */
  seal: TermSealStatus;
  /** The published records, in date order: the register (公开台账) appended to the document. */
  ledger: LedgerEntry[];
  withdrawnRecords: { id: string; title: string; date: string; on: string; reason: string }[];
}

/** A term as the summary carries it. */
export function termRef(term: Term): TermRef {
  return { id: term.id, name: term.name, configured: term.configured, start: term.start, end: term.end };
}

const isPublished = (r: DisclosureRecord) => r.status !== 'withdrawn';

/** The records that belong to a term, published and withdrawn. */
export function termRecords(archive: Archive, term: Term): LoadedRecord[] {
  return recordsInRange(archive, { term, from: term.start, to: term.end });
}

/** Completeness over the term's dates (its months, the term itself, school years falling due in it). */
export function termCompleteness(archive: Archive, term: Term, today: string): Completeness {
  return buildCompleteness(archive, { term, from: term.start, to: term.end }, today);
}

/** The figures that are compared from term to term. */
export function buildTermFigures(
  archive: Archive,
  term: Term,
  today: string,
  completeness = termCompleteness(archive, term, today),
): TermFigures {
  const records = termRecords(archive, term).map((l) => l.record);
  const published = records.filter(isPublished);
  const { received, answered, overdue } = feedbackFigures(published, archive.config.feedback_days, today, archive.catalog);
  return {
    term: termRef(term),
    total: published.length,
    withdrawn: records.length - published.length,
    byCategory: tallies(published, archive.catalog).byCategory,
    completeness: {
      required: completeness.required,
      met: completeness.met,
      rate: completeness.rate,
      missing: completeness.missing.map(({ category, period, due }) => ({ category, period, due })),
    },
    feedback: { received, answered, overdue },
  };
}

export function buildTermSummary(archive: Archive, term: Term, today: string): TermSummary {
  const { catalog, terms } = archive;
  const loaded = termRecords(archive, term);
  const published = loaded.map((l) => l.record).filter(isPublished);
  const withdrawn = loaded.map((l) => l.record).filter((r) => !isPublished(r));
  const completeness = termCompleteness(archive, term, today);
  const figures = buildTermFigures(archive, term, today, completeness);
  const previousTerm = terms.previous(term);
  const range = { term, from: term.start, to: term.end };
  return {
    school: archive.config.school,
    locale: archive.config.locale,
    term: figures.term,
    today,
    total: figures.total,
    withdrawn: figures.withdrawn,
    ...tallies(published, catalog),
    byMonth: countByMonth(published, terms.months(term)),
    completeness: figures.completeness,
    matrix: buildCompletenessMatrix(completeness, terms.months(term), catalog),
    feedback: feedbackFigures(published, archive.config.feedback_days, today, catalog),
    pairings: pairings(published),
    approvals: { reviewed: published.filter((r) => r.review).length, supervised: published.filter((r) => r.supervision).length },
    largestAmounts: published
      .filter((r) => r.amount !== undefined && r.amount > 0)
      .sort((a, b) => b.amount! - a.amount! || (a.time < b.time ? -1 : 1))
      .slice(0, LARGEST_AMOUNTS)
      .map((r) => ({ id: r.id, title: r.title, category: r.category, amount: r.amount!, date: datePart(r.time) })),
    findings: runChecks(CHECKS, { archive, range, today, records: loaded }),
    previous: termRecords(archive, previousTerm).length > 0 ? buildTermFigures(archive, previousTerm, today) : null,
    seal: termSealStatus(archive, term.id),
    ledger: published.map((r) => ({
      id: r.id,
      date: datePart(r.time),
      category: r.category,
      title: r.title,
      form: r.form,
      audience: r.audience,
      ...(r.timing ? { timing: r.timing } : {}),
      ...(r.amount !== undefined ? { amount: r.amount } : {}),
      responsible: r.responsible,
    })),
    withdrawnRecords: withdrawn.map((r) => ({
      id: r.id,
      title: r.title,
      date: datePart(r.time),
      on: r.withdrawn?.on ?? '',
      reason: r.withdrawn?.reason ?? '',
    })),
  };
}
