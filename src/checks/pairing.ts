/**
 * "Before and after" matters (采购, 招投标, 评优): the category expects a 事前 and a 事后 disclosure of
 * the same matter, tied by a shared tag. A `before` without its `after` is reported once the after is
 * overdue; an `after` without a `before` at once, since the before can no longer come in time.
 */
import type { Archive, LoadedRecord } from '../archive/load.js';
import type { Category } from '../model/catalog.js';
import { dueDate, isRecurring, periodOf } from '../model/due.js';
import type { Finding } from '../model/finding.js';
import { termOfRecord } from '../model/periods.js';
import type { WorkCalendar } from '../model/workdays.js';
import { recordFinding } from './finding-at.js';

const CHECK = 'timeliness';

/**
 * When the `after` half of a matter whose `before` is `record` falls due. A recurring category: its
 * period's due date. An event: its working days after the end of the term the before belongs to (or
 * after `decided`, if later) — a purchase or a building job may take the term to complete, but a
 * matter left without its after-disclosure past the term is missing it.
 */
export function afterHalfDue(cat: Category, record: LoadedRecord['record'], archive: Archive, calendar: WorkCalendar): string | undefined {
  if (isRecurring(cat)) return dueDate(cat, periodOf(cat, record, archive.catalog, archive.terms), archive.terms);
  const due = cat.due;
  if (!due || !('working_days' in due)) return undefined;
  const termEnd = termOfRecord(record, archive.catalog, archive.terms).end;
  const from = record.decided && record.decided > termEnd ? record.decided : termEnd;
  return calendar.addWorkingDays(from, due.working_days);
}

const key = (category: string, timing: string, tag: string) => `${category}\u0000${timing}\u0000${tag}`;

/** Findings for the halves in `subjects` whose other half is nowhere among `partners`. */
export function pairingFindings(
  subjects: readonly LoadedRecord[],
  partners: readonly LoadedRecord[],
  archive: Archive,
  calendar: WorkCalendar,
  today: string,
): Finding[] {
  const halves = new Set<string>();
  for (const { record: r } of partners) {
    if (r.timing === 'before' || r.timing === 'after') for (const tag of r.tags ?? []) halves.add(key(r.category, r.timing, tag));
  }
  const out: Finding[] = [];
  for (const loaded of subjects) {
    const r = loaded.record;
    const cat = archive.catalog.category(r.category);
    if (cat?.timing !== 'before-and-after' || (r.timing !== 'before' && r.timing !== 'after')) continue;
    const other = r.timing === 'before' ? 'after' : 'before';
    if ((r.tags ?? []).some((tag) => halves.has(key(r.category, other, tag)))) continue;
    const tags = (r.tags ?? []).join(', ') || '—';
    if (r.timing === 'after') {
      out.push(
        recordFinding(CHECK, loaded, {
          code: 'timeliness.missing-before',
          severity: 'error',
          field: r.tags ? 'tags' : 'timing',
          message: { key: 'check.timeliness.missing-before', params: { id: r.id, category: r.category, tags } },
          hint: { key: 'hint.timeliness.pair', params: { id: r.id, other } },
        }),
      );
      continue;
    }
    const due = afterHalfDue(cat, r, archive, calendar);
    if (due === undefined || due >= today) continue;
    out.push(
      recordFinding(CHECK, loaded, {
        code: 'timeliness.missing-after',
        severity: 'error',
        field: r.tags ? 'tags' : 'timing',
        message: { key: 'check.timeliness.missing-after', params: { id: r.id, category: r.category, tags, due } },
        hint: { key: 'hint.timeliness.pair', params: { id: r.id, other } },
      }),
    );
  }
  return out;
}
