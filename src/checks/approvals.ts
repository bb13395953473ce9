/**
 * `approvals`: where the catalog requires them, the leading group's review (领导小组讨论通过) and the
 * supervision group's approval (监督小组认可) are recorded, and every approval is dated on or before the
 * disclosure — an approval given after posting approved nothing. A missing approval and a late one
 * are different faults with different fixes, so they have different codes.
 */
import type { LoadedRecord } from '../archive/load.js';
import type { Catalog } from '../model/catalog.js';
import { datePart } from '../model/dates.js';
import type { Finding } from '../model/finding.js';
import { published, recordFinding } from './finding-at.js';
import type { Check } from './types.js';

export const APPROVAL_KEYS = ['review', 'supervision'] as const;

export const approvalsCheck: Check = {
  name: 'approvals',
  rule: 'check.approvals.rule',
  why: 'check.approvals.why',
  run: (ctx) => published(ctx.records).flatMap((loaded) => approvalFindings(loaded, ctx.archive.catalog)),
};

/** The approval findings for one record (also shown as warnings when a record is written). */
export function approvalFindings(loaded: Pick<LoadedRecord, 'record' | 'file' | 'lines'>, catalog: Catalog): Finding[] {
  const r = loaded.record;
  const cat = catalog.category(r.category);
  if (!cat || r.status === 'withdrawn') return [];
  const time = datePart(r.time);
  const out: Finding[] = [];
  for (const key of APPROVAL_KEYS) {
    const approval = r[key];
    if (!approval) {
      if (!cat.requires.includes(key)) continue;
      out.push(
        recordFinding('approvals', loaded, {
          code: 'approvals.missing',
          severity: 'error',
          field: 'id',
          message: { key: `check.approvals.missing-${key}`, params: { id: r.id, category: r.category } },
          hint: { key: `hint.approvals.missing-${key}`, params: { id: r.id, time } },
        }),
      );
    } else if (approval.on > time) {
      out.push(
        recordFinding('approvals', loaded, {
          code: 'approvals.late',
          severity: 'error',
          field: key,
          message: { key: `check.approvals.late-${key}`, params: { id: r.id, on: approval.on, time } },
          hint: { key: 'hint.approvals.late', params: { id: r.id } },
        }),
      );
    }
  }
  return out;
}
