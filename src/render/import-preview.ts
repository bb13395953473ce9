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
  const sep = lang === 'en' ? '; ' : '；';
  return {
    headers: ['import.col.row', 'col.id', 'col.title', 'col.category', 'import.col.warnings'].map((k) => t(lang, k as never)),
    rows: rows.map((r) => [
      String(r.row),
      r.id,
      r.record.title,
      catalog.category(r.record.category)?.label[lang] ?? r.record.category,
      r.warnings.map((w) => messageText(lang, w.message, catalog)).join(sep),
    ]),
  };
}
