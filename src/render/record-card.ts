/**
 * One record as a labelled table for a person to confirm before it is written: 公开类别 财务收支,
 * 公开形式 校务公开栏、学校网站 — labels and names in the user's language, never YAML keys or ids.
 */
import { fieldLabel, t, type Lang } from '../i18n/index.js';
import type { Catalog, Named } from '../model/catalog.js';
import { RECORD_KEYS, type DisclosureRecord, type RecordKey } from '../model/record.js';
import { displayWidth } from './width.js';
import { summaryFormatters } from './summary-templates.js';

/** What a clerk does not type: the id is given, the rest comes later (feedback, withdrawal) or from an import. */
const NOT_SHOWN = new Set<RecordKey>(['id', 'feedback', 'status', 'withdrawn', 'source']);
/**
 * The keys shown: the record's own (RECORD_KEYS, the model's one list, in its order), but the category
 * first, as the clerk chose it first and it decides what else was asked, and the attachments last.
 */
const ORDER: readonly RecordKey[] = [
  'category',
  ...RECORD_KEYS.filter((k) => k !== 'category' && k !== 'attachments' && !NOT_SHOWN.has(k)),
  'attachments',
];

export function recordCard(r: DisclosureRecord, catalog: Catalog, lang: Lang): string {
  const sep = lang === 'en' ? ', ' : '、';
  const names = (ids: readonly string[], find: (id: string) => Named | undefined) =>
    ids.map((id) => find.call(catalog, id)?.label[lang] ?? id).join(sep);
  const f = summaryFormatters(lang);
  const value = (key: RecordKey): string | undefined => {
    const v = (r as unknown as Record<string, unknown>)[key];
    if (v === undefined || v === null || (Array.isArray(v) && v.length === 0)) return undefined;
    switch (key) {
      case 'category':
        return catalog.category(r.category)?.label[lang] ?? r.category;
      case 'form':
        return names(r.form, catalog.form);
      case 'audience':
        return names(r.audience, catalog.audience);
      case 'timing':
        return t(lang, `timing.${r.timing!}`);
      case 'period':
      case 'term':
        return f.period(String(v));
      case 'review':
      case 'supervision': {
        const a = v as { by: string; on: string };
        return `${a.by}${lang === 'en' ? ', ' : '，'}${a.on}`;
      }
      case 'tags':
        return (v as string[]).join(sep);
      case 'attachments':
        return (v as { path: string }[]).map((a) => a.path).join(sep);
      case 'amount':
        return `${f.money(Number(v))}${lang === 'en' ? ' yuan' : ' 元'}`;
      default:
        return String(v);
    }
  };
  const rows = ORDER.flatMap((k) => {
    const v = value(k);
    return v === undefined ? [] : [[fieldLabel(lang, k), v] as const];
  });
  const width = Math.max(...rows.map(([l]) => displayWidth(l)));
  const pad = (l: string) => l + ' '.repeat(width - displayWidth(l));
  // Long text continues under its value, not under the label.
  return rows.map(([l, v]) => `  ${pad(l)}  ${v.replace(/\n/g, `\n  ${' '.repeat(width)}  `)}`).join('\n');
}
