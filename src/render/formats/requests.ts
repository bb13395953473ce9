/** The formats of `request list` (a table with the count, CSV, JSON: the rows themselves, Markdown) and of `report`. */
import type { AnnualReport } from '../../reports/annual-report.js';
import type { RequestRow } from '../../reports/request-list.js';
import type { Formats } from '../format-rule.js';
import { renderRequestList } from '../request-list.js';

export const requestListFormats: Formats<RequestRow[]> = {
  fallback: 'table',
  renderers: {
    table: {
      extensions: ['txt', 'text'],
      render: (rows, { view, width }) =>
        `${renderRequestList(view, rows, 'table', width)}\n${view.style.dim(view.t('request.count', { n: rows.length }))}`,
    },
    csv: { render: (rows, { view }) => renderRequestList(view, rows, 'csv') },
    json: { render: (rows) => JSON.stringify(rows, null, 2) },
    md: { extensions: ['markdown'], render: (rows, { view }) => renderRequestList(view, rows, 'md') },
  },
};

/** The annual report: Markdown from the templates, HTML and Word made from that Markdown (the document module loads only for them), JSON. */
export const reportFormats: Formats<AnnualReport> = {
  fallback: 'md',
  renderers: {
    md: {
      extensions: ['markdown', 'txt'],
      render: async (r, { view, archive }) => (await import('../report-document.js')).renderReportAsMarkdown(view, r, archive?.root),
    },
    html: {
      extensions: ['htm'],
      render: async (r, { view, archive }) => {
        const doc = await import('../report-document.js');
        return doc.renderReportAsHtml(r, await doc.renderReportAsMarkdown(view, r, archive?.root), view.lang, archive?.root);
      },
    },
    docx: {
      binary: true,
      render: async (r, { view, archive }) => {
        const doc = await import('../report-document.js');
        return doc.renderReportAsDocx(r, await doc.renderReportAsMarkdown(view, r, archive?.root), view.lang);
      },
    },
    json: { render: async (r, { view }) => (await import('../report-json.js')).renderReportAsJson(view, r) },
  },
};
