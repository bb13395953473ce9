/**
 * Recurring disclosures by their due date: the first disclosure that counts for a period (the
 * September accounts, the term's fee schedule) came after the period's due date. It is disclosed, so
 * completeness counts it, but late: a warning. Later records of a period already met (a second major
 * decision in the term, a corrected statement) are not late disclosures of it.
 */
import type { Archive, LoadedRecord } from '../archive/load.js';
import { datePart } from '../model/dates.js';
import { dueDate, isRecurring, periodOf } from '../model/due.js';
import type { Finding } from '../model/finding.js';
import { recordFinding } from './finding-at.js';

/** Overdue findings for `subjects`, judged against every record of the period in `all`. */
export function overdueFindings(subjects: readonly LoadedRecord[], all: readonly LoadedRecord[], archive: Archive): Finding[] {
  const { catalog, terms } = archive;
  const periodKey = (loaded: LoadedRecord): { key: string; period: string } | undefined => {
    const cat = catalog.category(loaded.record.category);
    // A record that says it came after a `before` matter is reported as not-before; its period is in doubt.
    if (!cat || !isRecurring(cat) || (cat.timing === 'before' && (loaded.record.timing === 'after' || loaded.record.timing === 'during')))
      return undefined;
    const period = periodOf(cat, loaded.record, catalog, terms);
    return { key: `${cat.id}\u0000${period}`, period };
  };
  const first = new Map<string, LoadedRecord>();
  for (const loaded of all) {
    const p = periodKey(loaded);
    if (!p) continue;
    const seen = first.get(p.key);
    if (!seen || datePart(loaded.record.time) < datePart(seen.record.time)) first.set(p.key, loaded);
  }
  const out: Finding[] = [];
  for (const loaded of subjects) {
    const p = periodKey(loaded);
    if (!p || first.get(p.key) !== loaded) continue;
    const r = loaded.record,
      time = datePart(r.time);
    const deadline = dueDate(catalog.category(r.category) as Parameters<typeof dueDate>[0], p.period, terms);
    if (time <= deadline) continue;
    out.push(
      recordFinding('timeliness', loaded, {
        code: 'timeliness.overdue',
        severity: 'warning',
        field: 'time',
        period: p.period,
        message: { key: 'check.timeliness.overdue', params: { id: r.id, category: r.category, time, period: p.period, deadline } },
        hint: { key: 'hint.timeliness.overdue', params: { id: r.id, period: p.period } },
      }),
    );
  }
  return out;
}
