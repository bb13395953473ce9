/**
 * `timeliness`: disclosed in time. Event categories within their working days of `decided` (the day
 * the matter was decided); `before` categories not disclosed after the matter — a record that says
 * `timing: after` or `during` — and recurring ones by their period's due date (fees within 7 days of
 * the term's start); both halves of a "before and after" matter; notice periods (`until`) long enough.
 */
import type { Archive, LoadedRecord } from '../archive/load.js';
import { datePart } from '../model/dates.js';
import type { Finding } from '../model/finding.js';
import { WorkCalendar } from '../model/workdays.js';
import { noticeFindings } from './notice.js';
import { overdueFindings } from './overdue.js';
import { pairingFindings } from './pairing.js';
import { published, recordFinding } from './finding-at.js';
import type { Check } from './types.js';

const CHECK = 'timeliness';

export const timelinessCheck: Check = {
  name: CHECK,
  rule: 'check.timeliness.rule',
  why: 'check.timeliness.why',
  run: (ctx) => {
    const calendar = new WorkCalendar(ctx.archive.config);
    const subjects = published(ctx.records);
    // Four rules, one list per record: sorted by file and line so each record's findings sit together.
    return [
      ...subjects.flatMap((loaded) => recordTimeliness(loaded, ctx.archive, calendar)),
      ...overdueFindings(subjects, published(ctx.archive.records), ctx.archive),
      // The other half of a matter may lie outside the range: partners come from the whole archive.
      ...pairingFindings(subjects, published(ctx.archive.records), ctx.archive, calendar, ctx.today),
      ...subjects.flatMap((loaded) => noticeFindings(loaded, ctx.archive.catalog, calendar)),
    ].sort(byPlace);
  },
};

function byPlace(a: Finding, b: Finding): number {
  return (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0);
}

/** Deadline and before-the-matter findings for one record. */
export function recordTimeliness(loaded: LoadedRecord, archive: Archive, calendar: WorkCalendar): Finding[] {
  const { record: r } = loaded;
  const cat = archive.catalog.category(r.category);
  if (!cat) return [];
  const out: Finding[] = [];
  const time = datePart(r.time);
  const params = { id: r.id, category: r.category, time };

  // A `before` category disclosed during or after the matter, by the record's own account.
  if (cat.timing === 'before' && (r.timing === 'after' || r.timing === 'during')) {
    out.push(
      recordFinding(CHECK, loaded, {
        code: 'timeliness.not-before',
        severity: 'error',
        field: 'timing',
        message: { key: `check.timeliness.not-before-${r.timing}`, params },
        hint: { key: 'hint.timeliness.not-before', params },
      }),
    );
  }

  // Every disclosure of a category with a working-day limit comes within it of `decided`, the day the
  // matter was decided (政府信息公开条例: within 20 working days of the information being formed).
  const due = cat.due;
  if (r.decided && due && 'working_days' in due) {
    const limit = due.working_days;
    const deadline = calendar.addWorkingDays(r.decided, limit);
    if (time > deadline) {
      const days = calendar.workingDaysBetween(r.decided, time);
      out.push(
        recordFinding(CHECK, loaded, {
          code: 'timeliness.late',
          severity: 'error',
          field: 'time',
          message: { key: 'check.timeliness.late', params: { ...params, decided: r.decided, days, limit, deadline } },
          hint: { key: 'hint.timeliness.late', params },
        }),
      );
    }
  }

  return out;
}
