/**
 * A register flag in the reader's language: the short phrase of its code ("缺依据（批准文号）",
 * "意见逾期未答复"), else of its check, else the code itself. Codes stay in a column of their own.
 */
import { catalogOf, fieldLabel, t, type Lang, type MessageKey } from '../i18n/index.js';
import type { FlagNote } from '../reports/audit.js';

export function flagLabel(lang: Lang, note: FlagNote): string {
  const has = (k: string): k is MessageKey => k in catalogOf(lang);
  const own = `flag.${note.code}`;
  const check = `flag.${note.code.split('.')[0]}`;
  const key = has(own) ? own : has(check) ? check : undefined;
  if (!key) return note.code;
  return t(lang, key, { field: note.field ? fieldLabel(lang, note.field) : '' });
}

/** A record's flags as one cell: 缺依据（批准文号）；意见逾期未答复 / "no basis; opinion unanswered". */
export function flagsText(lang: Lang, notes: readonly FlagNote[]): string {
  return [...new Set(notes.map((n) => flagLabel(lang, n)))].join(lang === 'en' ? '; ' : '；');
}
