/** The formats of `list`: a table for the terminal, CSV, JSON (the records themselves), Markdown. */
import type { LoadedRecord } from '../../archive/load.js';
import { recordsAsJson } from '../../reports/list.js';
import { renderGridAsCsv } from '../csv.js';
import type { Formats } from '../format-rule.js';
import { renderGridAsMarkdown, renderGridAsTable } from '../grid.js';
import { listAsGrid } from '../list.js';

export const listFormats: Formats<LoadedRecord[]> = {
  fallback: 'table',
  renderers: {
    table: {
      extensions: ['txt', 'text'],
      render: (records, { view, width }) =>
        renderGridAsTable(listAsGrid(view, records), { maxWidth: width }) + `\n${view.t('list.count', { n: records.length })}`,
    },
    csv: { render: (records, { view }) => renderGridAsCsv(listAsGrid(view, records)) },
    json: { render: (records) => JSON.stringify(recordsAsJson(records), null, 2) },
    md: { extensions: ['markdown'], render: (records, { view }) => renderGridAsMarkdown(listAsGrid(view, records)) },
  },
};
