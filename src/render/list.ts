/** `list` as a grid of text in the reader's language (for the table, CSV and Markdown renderers). */
import type { LoadedRecord } from '../archive/load.js';
import type { MessageKey } from '../i18n/index.js';
import { datePart } from '../model/dates.js';
import type { LabelKind, RenderContext } from './context.js';
import type { Grid } from './grid.js';

const HEADERS: MessageKey[] = [
  'col.id',
  'col.date',
  'col.category',
  'col.title',
  'col.form',
  'col.audience',
  'col.responsible',
  'col.status',
];

/** The records as rows: labels looked up in the catalog, lists joined as the language writes them. */
export function listAsGrid(ctx: RenderContext, records: readonly LoadedRecord[]): Grid {
  const names = (kind: LabelKind, ids: string[]) => ids.map((id) => ctx.label(kind, id)).join(ctx.lang === 'en' ? ', ' : '、');
  return {
    headers: HEADERS.map((k) => ctx.t(k)),
    rows: records.map(({ record: r }) => [
      r.id,
      datePart(r.time),
      ctx.label('category', r.category),
      r.title,
      names('form', r.form),
      names('audience', r.audience),
      r.responsible,
      ctx.t(r.status === 'withdrawn' ? 'status.withdrawn' : 'status.published'),
    ]),
  };
}
