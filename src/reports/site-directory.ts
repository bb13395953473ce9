/** The 主动公开目录 of the site as plain data: one row per category in force, with ids only (labels, 公开内容 and 公开依据 are the renderer's to look up). */
import type { Archive } from '../archive/load.js';
import type { CATEGORY_TIMINGS, Due, FREQUENCIES } from '../model/catalog.js';

export interface DirectoryRow {
  category: string;
  column: string;
  frequency: (typeof FREQUENCIES)[number];
  due?: Due;
  timing?: (typeof CATEGORY_TIMINGS)[number];
  forms: string[];
  audience: string[];
  web: boolean;
}

/** The 主动公开目录: every category in force, as the standard 目录's columns need it (its 公开内容 and 公开依据 are the catalog's `scope` and `rule`, looked up by the renderer). */
export function directoryRows(archive: Pick<Archive, 'catalog'>): DirectoryRow[] {
  return archive.catalog.active().map((c) => {
    const row: DirectoryRow = {
      category: c.id,
      column: c.column,
      frequency: c.frequency,
      forms: c.forms,
      audience: c.audience,
      web: c.web !== false,
    };
    if (c.due) row.due = c.due;
    if (c.timing) row.timing = c.timing;
    return row;
  });
}
