/**
 * The command line of a non-interactive `add`, built from fields, so tests say only what their record
 * holds instead of spelling out the same dozen flags one per line.
 */

/** A plain record every catalog accepts (category other, on the notice board, for staff); spread it and change what matters. */
export const PLAIN = {
  category: 'other',
  title: '通知',
  content: '通知内容',
  time: '2025-10-10',
  form: 'board',
  audience: 'staff',
  responsible: '王建国',
} as const;

/** `add --yes` with each field as its flag (`{ title: 'x' }` → `--title x`), in the order given, nothing else. */
export function addFlags(fields: Readonly<Record<string, string>>): string[] {
  return ['add', '--yes', ...Object.entries(fields).flatMap(([key, value]) => [`--${key}`, value])];
}
