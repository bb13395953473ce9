/**
 * The formats of `audit`: a table (blocks per record when the terminal is narrower than the table),
 * Markdown, JSON (the report itself), CSV and xlsx (typed cells: they filter and sort in Excel and WPS).
 * The table and Markdown end with the gaps; the xlsx is the printable register workbook (register,
 * gaps, findings; see audit-register.ts), the notice of unreadable files above the register's header.
 */
import type { AuditReport } from '../../reports/audit.js';
import { auditGrid, auditSheet, renderAuditAsBlocks, sheetAsGrid } from '../audit.js';
import { gapsGrid, registerSheets } from '../audit-register.js';
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
        const body = tooWide
          ? renderAuditAsBlocks(report, catalog, view.lang, width, { flag: style.yellow, dim: style.dim, bold: style.bold })
          : table;
        const notice = noticeOf(view.lang, archive);
        const gaps = gapsGrid(report, catalog, view.lang);
        const gapsText = `${view.t('register.gaps.heading')}\n${gaps.rows.length ? renderGridAsTable(gaps) : view.t('register.gaps.none')}`;
        return `${notice ? `${view.t('skipped.label')}${view.t('label.colon')}${notice}\n\n` : ''}${body}\n${tooWide ? '\n' : ''}${count}\n\n${gapsText}`;
      },
    },
    md: {
      extensions: ['markdown'],
      render: (report, { view, archive }) => {
        const notice = noticeOf(view.lang, archive);
        const gaps = gapsGrid(report, archive!.catalog, view.lang);
        const gapsMd = `## ${view.t('register.gaps.heading')}\n\n${gaps.rows.length ? renderGridAsMarkdown(gaps) : view.t('register.gaps.none')}`;
        return (
          (notice ? `**${view.t('skipped.label')}${view.t('label.colon')}${notice}**\n\n` : '') +
          `${renderGridAsMarkdown(auditGrid(report, archive!.catalog, view.lang))}\n${gapsMd}`
        );
      },
    },
    json: { render: (report, { view, archive }) => JSON.stringify({ ...report, skipped: skippedOf(view.lang, archive) }, null, 2) },
    csv: {
      render: (report, { view, archive }) =>
        renderGridAsCsv(sheetAsGrid(withNotice(auditSheet(report, archive!.catalog, view.lang), noticeOf(view.lang, archive)))),
    },
    xlsx: {
      binary: true,
      render: async (report, { view, archive }) => {
        const { renderSheetsAsXlsx } = await import('../xlsx.js');
        const [register, ...rest] = registerSheets(report, archive!.catalog, view.lang);
        return renderSheetsAsXlsx([withNotice(register!, noticeOf(view.lang, archive)), ...rest]);
      },
    },
  },
};
