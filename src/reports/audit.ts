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
  status: 'published' | 'withdrawn';
  withdrawn?: { on: DateString; reason: string };
  /** Path inside the archive. */
  file: string;
}

export interface AuditReport {
  school: string;
  range: { from?: DateString; to?: DateString; term?: string };
  rows: AuditRow[];
}

/** Builds the register for a range, running every check in the registry (or those given) over its records. */
export function buildAudit(archive: Archive, range: Range, today: DateString, checks: readonly Check[] = CHECKS): AuditReport {
  const records = recordsInRange(archive, range);
  const findings = runChecks(checks, { archive, range, today, records });
  const byRecord = flagsByRecord(findings);
  return {
    school: archive.config.school,
    range: { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}), ...(range.term ? { term: range.term.id } : {}) },
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
      flags: [...new Set([...(byRecord.get(`id:${r.id}`) ?? []), ...(byRecord.get(`file:${file}`) ?? [])])],
      status: r.status,
      ...(r.withdrawn ? { withdrawn: r.withdrawn } : {}),
      file,
    })),
  };
}

/** Finding codes keyed by `id:<record id>` and `file:<path>`; findings about a period, not a record, are left out. */
function flagsByRecord(findings: readonly Finding[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, code: string) => out.set(key, [...(out.get(key) ?? []), code]);
  for (const f of findings) {
    if (f.id) add(`id:${f.id}`, f.code);
    else if (f.file) add(`file:${f.file}`, f.code);
  }
  return out;
}
