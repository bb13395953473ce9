/**
 * Dates as people type them — `2025-09-05`, `2025-9-5`, `2025/9/5`, `2025.9.5`, `2025年9月5日` (also
 * `号`), with an optional clock time `10:30` — read as `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM`). The one
 * reader of typed dates: flags, prompts, `amend --set`, feedback dates and import cells all use it.
 */
import { isCalendarDate, isDateOrDateTime, makeDate, pad2 } from './dates.js';

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?(?:(?:\s+|T|\s*)(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/;

/**
 * The typed date as `YYYY-MM-DD` (with `allowTime`, `YYYY-MM-DDTHH:MM[:SS]` when a time is given, and
 * ISO date-times with a zone kept as written), or undefined when it is no real date.
 */
export function readDateInput(text: string, allowTime = false): string | undefined {
  const s = text.normalize('NFKC').trim();
  if (isCalendarDate(s)) return s;
  if (allowTime && isDateOrDateTime(s)) return s;
  const m = DATE_TEXT.exec(s);
  if (!m) return undefined;
  const date = makeDate(Number(m[1]), Number(m[2]), Number(m[3]));
  if (!isCalendarDate(date)) return undefined;
  if (m[4] === undefined) return date;
  if (!allowTime) return undefined;
  const time = `${date}T${pad2(Number(m[4]))}:${m[5]}${m[6] ? `:${m[6]}` : ''}`;
  return isDateOrDateTime(time) ? time : undefined;
}

/** The typed date read, or the text as typed, so that validation names the user's own words. */
export function dateInputOrText(text: string, allowTime = false): string {
  return readDateInput(text, allowTime) ?? text;
}
