/**
 * Part 4 of the term summary as data a principal can sign: the findings of the checks grouped by what
 * went wrong in plain words (a kind, not a check code), each kind with how many records and which ones
 * (by title and date), and the record-by-record list for the appendix. The templates word the kinds.
 */
import { fieldLabel, type Lang } from '../i18n/index.js';
import type { Finding } from '../model/finding.js';

/** The kinds in the order the summary names them: what must be done first comes first. */
export const PROBLEM_KINDS = [
  'privacy',
  'no-review',
  'no-supervision',
  'approval-late',
  'missing-field',
  'channel',
  'not-before',
  'late',
  'unpaired',
  'short-notice',
  'feedback-overdue',
  'feedback-late',
  'feedback-dates',
  'attachments',
  'integrity',
  'format',
] as const;
export type ProblemKind = (typeof PROBLEM_KINDS)[number];

/** The kind of a finding (completeness findings are worded from the missing list, not here). */
export function problemKind(f: Finding): ProblemKind | undefined {
  const c = f.code;
  if (c === 'completeness.missing') return undefined;
  if (f.check === 'privacy') return 'privacy';
  if (c === 'approvals.missing') return f.message.key.endsWith('supervision') ? 'no-supervision' : 'no-review';
  if (c === 'approvals.late') return 'approval-late';
  if (c === 'catalog.missing-field' || c === 'catalog.missing-timing') return 'missing-field';
  if (c === 'catalog.form' || c === 'catalog.audience') return 'channel';
  if (c === 'timeliness.not-before') return 'not-before';
  if (c === 'timeliness.late' || c === 'timeliness.overdue') return 'late';
  if (c === 'timeliness.missing-after' || c === 'timeliness.missing-before') return 'unpaired';
  if (c === 'timeliness.short-notice') return 'short-notice';
  if (c === 'feedback.overdue') return 'feedback-overdue';
  if (c === 'feedback.late') return 'feedback-late';
  if (c === 'feedback.answer-before-opinion') return 'feedback-dates';
  if (c === 'feedback.open') return undefined; // still within its time: not a problem of the term
  if (f.check === 'attachments') return 'attachments';
  if (f.check === 'integrity') return 'integrity';
  return 'format';
}

export interface ProblemRecord {
  id: string;
  title: string;
  date: string;
}

export interface ProblemGroup {
  kind: ProblemKind;
  /** How many findings (a record may have several, e.g. two unanswered opinions). */
  count: number;
  /** The records concerned, once each, in date order. */
  records: ProblemRecord[];
  /** For `missing-field`: the labels of the fields missing (依据（批准文号）, 金额). */
  fields: string[];
}

export interface ProblemRow extends ProblemRecord {
  kind: ProblemKind;
  /** For `missing-field`: the label of the field missing. */
  field?: string;
}

/** Finds a record's title and date by id; a finding without a known record is named by its file. */
export type RecordLookup = (id: string) => { title: string; date: string } | undefined;

function subject(f: Finding, lookup: RecordLookup): ProblemRecord {
  const known = f.id ? lookup(f.id) : undefined;
  if (known) return { id: f.id!, ...known };
  return { id: f.id ?? '', title: f.file ?? f.id ?? '', date: '' };
}

export function groupProblems(
  findings: readonly Finding[],
  lookup: RecordLookup,
  lang: Lang,
): { groups: ProblemGroup[]; rows: ProblemRow[] } {
  const byKind = new Map<ProblemKind, ProblemGroup>();
  const rows: ProblemRow[] = [];
  for (const f of findings) {
    const kind = problemKind(f);
    if (!kind) continue;
    let g = byKind.get(kind);
    if (!g) byKind.set(kind, (g = { kind, count: 0, records: [], fields: [] }));
    g.count++;
    const who = subject(f, lookup);
    if (!g.records.some((r) => r.id === who.id && r.title === who.title)) g.records.push(who);
    const field = f.message.params?.field;
    const label = kind === 'missing-field' && typeof field === 'string' ? fieldLabel(lang, field) : undefined;
    if (label && !g.fields.includes(label)) g.fields.push(label);
    rows.push({ kind, ...who, ...(label ? { field: label } : {}) });
  }
  const byDate = (a: ProblemRecord, b: ProblemRecord) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const groups = PROBLEM_KINDS.flatMap((k) => (byKind.has(k) ? [byKind.get(k)!] : []));
  for (const g of groups) g.records.sort(byDate);
  rows.sort((a, b) => PROBLEM_KINDS.indexOf(a.kind) - PROBLEM_KINDS.indexOf(b.kind) || byDate(a, b));
  return { groups, rows };
}
