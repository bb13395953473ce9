/** The formats of `terms`: a table, or the rows themselves as JSON. */
import type { MessageKey } from '../../i18n/index.js';
import type { TermRow } from '../../reports/terms.js';
import type { Formats } from '../format-rule.js';
import { renderGridAsTable } from '../grid.js';

const HEADERS: MessageKey[] = ['col.term', 'col.name', 'col.start', 'col.end', 'col.records', 'col.note'];

export const termsFormats: Formats<TermRow[]> = {
  fallback: 'table',
  renderers: {
    table: {
      extensions: ['txt'],
      render: (rows, { view }) =>
        renderGridAsTable({
          headers: HEADERS.map((k) => view.t(k)),
          rows: rows.map((r) => [
            r.id,
            r.name,
            r.start,
            r.end,
            String(r.records),
            [r.current ? view.t('terms.current') : '', r.configured ? view.t('terms.configured') : view.t('terms.default-rule')]
              .filter(Boolean)
              .join(' · '),
          ]),
        }),
    },
    json: { render: (rows) => JSON.stringify(rows, null, 2) },
  },
};
