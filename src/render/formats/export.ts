/** The formats of `export`: JSON lines (the records themselves, ids), CSV and xlsx with the headers and labels `import` reads. */
import type { LoadedRecord } from '../../archive/load.js';
import { exportTable } from '../../reports/export.js';
import { recordsAsJson } from '../../reports/list.js';
import { renderGridAsCsv } from '../csv.js';
import { exportAsGrid, exportAsSheet } from '../export.js';
import type { Formats } from '../format-rule.js';

const byId = (records: readonly LoadedRecord[]) => [...records].sort((a, b) => (a.record.id < b.record.id ? -1 : 1));

export const exportFormats: Formats<LoadedRecord[]> = {
  fallback: 'jsonl',
  renderers: {
    jsonl: {
      render: (records) => {
        const sorted = byId(records);
        return (
          recordsAsJson(sorted)
            .map((r) => JSON.stringify(r))
            .join('\n') + (sorted.length ? '\n' : '')
        );
      },
    },
    csv: { render: (records, { view }) => renderGridAsCsv(exportAsGrid(exportTable(records), view)) },
    xlsx: {
      binary: true,
      render: async (records, { view }) => {
        const { renderSheetsAsXlsx } = await import('../xlsx.js');
        return renderSheetsAsXlsx([exportAsSheet(exportTable(records), view, view.t('export.sheet-name'))]);
      },
    },
  },
};
