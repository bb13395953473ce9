/**
 * The formats of `audit`: a table (blocks per record when the terminal is narrower than the table),
 * Markdown, JSON (the report itself), CSV and xlsx (typed cells: they filter and sort in Excel and WPS).
 */
import type { AuditReport } from '../../reports/audit.js';
import { auditGrid, auditSheet, renderAuditAsBlocks, sheetAsGrid } from '../audit.js';
import { renderGridAsCsv } from '../csv.js';
import type { Formats } from '../format-rule.js';
import { renderGridAsMarkdown, renderGridAsTable } from '../grid.js';
import { displayWidth } from '../width.js';
import { noticeOf, skippedOf } from '../skipped.js';
import type { Sheet } from '../xlsx.js';

/** A sheet with the notice of records left out above its header (none: the sheet as it is). */
const withNotice = (sheet: Sheet, notice: string): Sheet => (notice ? { ...sheet, notice } : sheet);

export const auditFormats: Formats<AuditReport> = {
  fallback: 'table',
  renderers: {
    table: {
      extensions: ['txt'],
      render: (report, { view, archive, width }) => {
        const { catalog } = archive!;
        const flagged = report.rows.filter((r) => r.flags.length > 0).length;
        const withdrawn = report.rows.filter((r) => r.status === 'withdrawn').length;
        const count = view.t('audit.count', { n: report.rows.length, flagged, withdrawn });
        const table = renderGridAsTable(auditGrid(report, catalog, view.lang));
        const tooWide = width !== undefined && displayWidth(table.slice(0, table.indexOf('\n'))) > width;
        const { style } = view;
        const body = tooWide ? renderAuditAsBlocks(report, catalog, view.lang, width, { flag: style.yellow, dim: style.dim, bold: style.bold }) : table;
        const notice = noticeOf(view.lang, archive);
        return `${notice ? `${view.t('skipped.label')}${view.t('label.colon')}${notice}\n\n` : ''}${body}\n${tooWide ? '\n' : ''}${count}`;
      },
    },
    md: {
      extensions: ['markdown'],
      render: (report, { view, archive }) => {
        const notice = noticeOf(view.lang, archive);
        return (notice ? `**${view.t('skipped.label')}${view.t('label.colon')}${notice}**\n\n` : '') + renderGridAsMarkdown(auditGrid(report, archive!.catalog, view.lang));
      },
    },
    json: { render: (report, { view, archive }) => JSON.stringify({ ...report, skipped: skippedOf(view.lang, archive) }, null, 2) },
    csv: { render: (report, { view, archive }) => renderGridAsCsv(sheetAsGrid(withNotice(auditSheet(report, archive!.catalog, view.lang), noticeOf(view.lang, archive)))) },
    xlsx: {
      binary: true,
      render: async (report, { view, archive }) => {
        const { renderSheetsAsXlsx } = await import('../xlsx.js');
        return renderSheetsAsXlsx([withNotice(auditSheet(report, archive!.catalog, view.lang), noticeOf(view.lang, archive))]);
      },
    },
  },
};
