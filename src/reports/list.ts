/** `list`: the records of a period that pass the filters, as plain data. */
import type { Archive, LoadedRecord } from '../archive/load.js';
import type { Lang } from '../i18n/index.js';
import { t } from '../i18n/index.js';
import { datePart } from '../model/dates.js';
import { orderedRecord } from '../archive/serialize.js';

export interface ListFilters {
  category?: string[];
  form?: string[];
  audience?: string[];
  status?: 'published' | 'withdrawn' | 'all';
  grep?: string;
}

export function filterRecords(records: readonly LoadedRecord[], f: ListFilters): LoadedRecord[] {
  const needle = f.grep?.toLowerCase();
  return records.filter(({ record: r }) => {
    if (f.category?.length && !f.category.includes(r.category)) return false;
    if (f.form?.length && !r.form.some((x) => f.form!.includes(x))) return false;
    if (f.audience?.length && !r.audience.some((x) => f.audience!.includes(x))) return false;
    if (f.status && f.status !== 'all' && r.status !== f.status) return false;
    if (needle) {
      const hay = [r.id, r.title, r.content, r.basis, r.explanation, r.responsible, r.handler, ...(r.tags ?? [])].join('\n').toLowerCase();
      if (!hay.includes(needle)) return false;
    }
    return true;
  });
}

/** What `list --format json` prints: each record's YAML keys plus `file`. */
export function recordsAsJson(records: readonly LoadedRecord[]): Record<string, unknown>[] {
  return records.map(({ record, file }) => ({ ...orderedRecord(record), status: record.status, file }));
}

export interface Grid {
  headers: string[];
  rows: string[][];
}

/** The list as a grid of text in the user's language (for table, csv and md). */
export function listGrid(archive: Archive, records: readonly LoadedRecord[], lang: Lang): Grid {
  const { catalog } = archive;
  const names = (ids: string[], find: (id: string) => { label: Record<Lang, string> } | undefined) => ids.map((id) => find(id)?.label[lang] ?? id).join(lang === 'en' ? ', ' : '、');
  return {
    headers: ['col.id', 'col.date', 'col.category', 'col.title', 'col.form', 'col.audience', 'col.responsible', 'col.status'].map((k) => t(lang, k as never)),
    rows: records.map(({ record: r }) => [
      r.id,
      datePart(r.time),
      catalog.category(r.category)?.label[lang] ?? r.category,
      r.title,
      names(r.form, catalog.form),
      names(r.audience, catalog.audience),
      r.responsible,
      t(lang, r.status === 'withdrawn' ? 'status.withdrawn' : 'status.published'),
    ]),
  };
}
