/**
 * `timeliness`: disclosed in time. Event categories within their working days of `decided`;
 * `before` disclosures not after the matter; both halves of a "before and after" matter; notice
 * periods (`until`) long enough; recurring disclosures by their period's due date.
 *
 * What `decided` means depends on the category, and the rules follow it: in an event category with a
 * working-day limit (`rules`, `appointments`, the `after` half of `procurement`) it is the day the
 * information was formed, which starts the limit (政府信息公开条例: 20 working days); elsewhere a
 * `before` disclosure must come on or before it (the matter itself: fees before they are charged).
 */
import type { Archive, LoadedRecord } from '../archive/load.js';
import type { Category } from '../model/catalog.js';
import { datePart } from '../model/dates.js';
import { dueDate, isRecurring, periodOf } from '../model/due.js';
import type { Finding } from '../model/finding.js';
import { WorkCalendar } from '../model/workdays.js';
import { noticeFindings } from './notice.js';
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
    return [
      ...subjects.flatMap((loaded) => recordTimeliness(loaded, ctx.archive, calendar)),
      // The other half of a matter may lie outside the range: partners come from the whole archive.
      ...pairingFindings(subjects, published(ctx.archive.records), ctx.archive, calendar, ctx.today),
      ...subjects.flatMap((loaded) => noticeFindings(loaded, ctx.archive.catalog, calendar)),
    ];
  },
};

/** The timing a record must keep: its category's, or for a "before and after" category its own half. */
export function requiredTiming(cat: Category, record: { timing?: string | undefined }): string | undefined {
  return cat.timing === 'before-and-after' ? record.timing : cat.timing;
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
    out.push(recordFinding(CHECK, loaded, {
      code: 'timeliness.not-before', severity: 'error', field: 'timing',
      message: { key: `check.timeliness.not-before-${r.timing}`, params },
      hint: { key: 'hint.timeliness.not-before', params },
    }));
  }

  const timing = requiredTiming(cat, r);
  const due = cat.due;
  const limit = due && 'working_days' in due ? due.working_days : undefined;
  // The `before` half of a matter must precede it; a single-timing event category starts its limit at `decided`.
  const mustPrecede = timing === 'before' && (limit === undefined || cat.timing === 'before-and-after');
  if (r.decided && mustPrecede && time > r.decided) {
    out.push(recordFinding(CHECK, loaded, {
      code: 'timeliness.after-matter', severity: 'error', field: 'decided',
      message: { key: 'check.timeliness.after-matter', params: { ...params, decided: r.decided } },
      hint: { key: 'hint.timeliness.after-matter', params },
    }));
  } else if (r.decided && limit !== undefined && !mustPrecede) {
    const deadline = calendar.addWorkingDays(r.decided, limit);
    if (time > deadline) {
      const days = calendar.workingDaysBetween(r.decided, time);
      out.push(recordFinding(CHECK, loaded, {
        code: 'timeliness.late', severity: 'error', field: 'time',
        message: { key: 'check.timeliness.late', params: { ...params, decided: r.decided, days, limit, deadline } },
        hint: { key: 'hint.timeliness.late', params },
      }));
    }
  }

  // A recurring disclosure after its period's due date: disclosed, so completeness is met, but late.
  // (Not for one already reported above: its own timing or dates put it in doubt, and once is enough.)
  if (isRecurring(cat) && out.length === 0) {
    const period = periodOf(cat, r, archive.catalog, archive.terms);
    const deadline = dueDate(cat, period, archive.terms);
    if (time > deadline) {
      out.push(recordFinding(CHECK, loaded, {
        code: 'timeliness.overdue', severity: 'warning', field: 'time', period,
        message: { key: 'check.timeliness.overdue', params: { ...params, period, deadline } },
        hint: { key: 'hint.timeliness.overdue', params: { id: r.id, period } },
      }));
    }
  }
  return out;
}
