/**
 * Times shown to people are in the archive's time zone (`timezone` in xwgk.yaml, default
 * Asia/Shanghai), not UTC: the journal keeps UTC instants, a seal certificate says 14:25 Beijing time.
 */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Whether `tz` is an IANA zone this Node knows (Asia/Shanghai, UTC, America/Los_Angeles). */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** An ISO instant as the calendar date and wall-clock time in `tz`: { date: 'YYYY-MM-DD', time: 'HH:MM:SS' }. */
export function zonedParts(iso: string, tz: string = DEFAULT_TIME_ZONE): { date: string; time: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: iso.slice(0, 10), time: '' };
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: tz,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
}
