/**
 * The register (校务公开台账): one row per record of a period in date order, withdrawn ones included,
 * with the codes of every finding the named checks raise for it. The checks run from the one
 * registry, so a new check's flags appear here without touching this module.
 */
import type { Archive } from '../archive/load.js';
import { CHECKS, runChecks } from '../checks/registry.js';
import type { Check } from '../checks/types.js';
import { datePart, type DateString } from '../model/dates.js';
import type { Finding } from '../model/finding.js';
import type { Range } from '../model/range.js';
import { buildCompleteness } from '../checks/completeness-periods.js';
import { recordsInRange } from './select.js';

export interface Approval {
  by: string;
  on: DateString;
}

export interface AuditRow {
  id: string;
  date: DateString;
  category: string;
  title: string;
  form: string[];
  audience: string[];
  responsible: string;
  review?: Approval;
  supervision?: Approval;
  /** How many opinions the record received. */
  feedback: number;
  /** The distinct codes of the findings about this record, in the order the checks raised them. */
  flags: string[];
  /** Each flag with the record key it names, if any (`catalog.missing-field` of `basis`), for its label. */
  notes: FlagNote[];
  status: 'published' | 'withdrawn';
  withdrawn?: { on: DateString; reason: string };
  /** Path inside the archive. */
  file: string;
}

export interface FlagNote {
  code: string;
  field?: string;
}

/** A required disclosure of the period not (yet) made: a month with no accounts, a term with no fee notice. */
export interface AuditGap {
  category: string;
  period: string;
  due: DateString;
  /** missing: the due date has passed; pending: not yet due. */
  status: 'missing' | 'pending';
}

export interface AuditReport {
  school: string;
  range: { from?: DateString; to?: DateString; term?: string };
  /** The day the register speaks of (`--today`), printed in its title. */
  today: DateString;
  rows: AuditRow[];
  gaps: AuditGap[];
  /** Every finding of the checks over the period, as `check --format json` gives them. */
  findings: Finding[];
}

/** Builds the register for a range, running every check in the registry (or those given) over its records. */
export function buildAudit(archive: Archive, range: Range, today: DateString, checks: readonly Check[] = CHECKS): AuditReport {
  const records = recordsInRange(archive, range);
  const findings = runChecks(checks, { archive, range, today, records });
  const byRecord = flagsByRecord(findings);
  const gaps = buildCompleteness(archive, range, today, archive.records).cells.filter((c) => c.status !== 'met');
  return {
    school: archive.config.school,
    range: {
      ...(range.from ? { from: range.from } : {}),
      ...(range.to ? { to: range.to } : {}),
      ...(range.term ? { term: range.term.id } : {}),
    },
    today,
    rows: records.map(({ record: r, file }): AuditRow => ({
      id: r.id,
      date: datePart(r.time),
      category: r.category,
      title: r.title,
      form: r.form,
      audience: r.audience,
      responsible: r.responsible,
      ...(r.review ? { review: r.review } : {}),
      ...(r.supervision ? { supervision: r.supervision } : {}),
      feedback: r.feedback?.length ?? 0,
      ...flagsOf([...(byRecord.get(`id:${r.id}`) ?? []), ...(byRecord.get(`file:${file}`) ?? [])]),
      status: r.status,
      ...(r.withdrawn ? { withdrawn: r.withdrawn } : {}),
      file,
    })),
    gaps: gaps.map(({ category, period, due, status }) => ({ category, period, due, status: status as AuditGap['status'] })),
    findings: findings.map(({ excerpt: _excerpt, ...f }) => f),
  };
}

/** The distinct codes, and each distinct (code, field) note. */
function flagsOf(notes: readonly FlagNote[]): { flags: string[]; notes: FlagNote[] } {
  const seen = new Set<string>();
  const unique = notes.filter((n) => !seen.has(`${n.code} ${n.field ?? ''}`) && seen.add(`${n.code} ${n.field ?? ''}`));
  return { flags: [...new Set(notes.map((n) => n.code))], notes: unique };
}

/** The record key a finding is about, where its label says more than its code. */
function noteOf(f: Finding): FlagNote {
  const field = f.message.params?.field;
  if (f.code === 'approvals.missing') return { code: f.code, field: f.message.key.endsWith('supervision') ? 'supervision' : 'review' };
  return typeof field === 'string' && f.code.startsWith('catalog.') ? { code: f.code, field } : { code: f.code };
}

/** Finding notes keyed by `id:<record id>` and `file:<path>`; findings about a period, not a record, are left out. */
function flagsByRecord(findings: readonly Finding[]): Map<string, FlagNote[]> {
  const out = new Map<string, FlagNote[]>();
  const add = (key: string, note: FlagNote) => out.set(key, [...(out.get(key) ?? []), note]);
  for (const f of findings) {
    if (f.id) add(`id:${f.id}`, noteOf(f));
    else if (f.file) add(`file:${f.file}`, noteOf(f));
  }
  return out;
}
