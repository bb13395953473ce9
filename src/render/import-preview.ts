/**
 * What `import --dry-run` shows: one short line per row that would be written — spreadsheet row, the
 * id it would get, title, category label, and the catalog's warnings — not the YAML of every record.
 */
import { messageText, t, type Lang } from '../i18n/index.js';
import type { Catalog } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import type { DisclosureRecord } from '../model/record.js';
import type { Grid } from './grid.js';

export interface PreviewRow {
  row: number;
  id: string;
  record: DisclosureRecord;
  warnings: readonly Finding[];
}

export function importPreviewGrid(rows: readonly PreviewRow[], catalog: Catalog, lang: Lang): Grid {
  return {
    headers: ['import.col.row', 'col.id', 'col.title', 'col.category', 'import.col.warnings'].map((k) => t(lang, k as never)),
    rows: rows.map((r) => [
      String(r.row),
      r.id,
      r.record.title,
      catalog.category(r.record.category)?.label[lang] ?? r.record.category,
      shortWarnings(r.warnings, catalog, lang),
    ]),
  };
}

/** The field a warning says is missing (`basis`, `review`), or undefined for any other warning. */
function missingField(w: Finding): string | undefined {
  if (w.code === 'catalog.missing-field' || w.code === 'catalog.missing-timing') return String(w.message.params?.field);
  if (w.code === 'approvals.missing') return w.message.key.endsWith('supervision') ? 'supervision' : 'review';
  return undefined;
}

/** The warnings in a few words: the fields the catalog still asks for (`缺 basis、review`), then any other warning in full. */
function shortWarnings(warnings: readonly Finding[], catalog: Catalog, lang: Lang): string {
  const missing = warnings.map(missingField).filter((f): f is string => f !== undefined);
  const others = warnings.filter((w) => missingField(w) === undefined).map((w) => messageText(lang, w.message, catalog));
  const fields = missing.join(lang === 'en' ? ', ' : '、');
  return [...(missing.length ? [t(lang, 'import.warn-missing', { fields })] : []), ...others].join(lang === 'en' ? '; ' : '；');
}
