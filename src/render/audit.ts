/**
 * The register in the user's language: a grid for the terminal table and Markdown (approvals as
 * "group date" in one cell each), and a sheet for CSV and xlsx (approvals split into who and when,
 * dates as real date cells, the feedback count as a number) so it filters and sorts in Excel and WPS.
 */
import type { Catalog } from '../model/catalog.js';
import { catalogLabel, labelList, type LabelKind } from './context.js';
import { t, type Lang, type MessageKey } from '../i18n/index.js';
import type { AuditReport, AuditRow } from '../reports/audit.js';
import type { Grid } from './grid.js';
import type { Sheet, SheetCell } from './xlsx.js';
import { displayWidth, tableCell, wrapDisplay } from './width.js';
import { flagsText } from './audit-flags.js';

function names(ids: string[], catalog: Catalog, kind: LabelKind, lang: Lang): string {
  return labelList(
    ids.map((id) => catalogLabel(catalog, kind, id, lang)),
    lang,
  );
}

function statusText(row: AuditRow, lang: Lang): string {
  return row.withdrawn ? t(lang, 'audit.withdrawn', row.withdrawn) : t(lang, 'status.published');
}

/** The register's columns, in order (their headers are `audit.col.<key>`). */
const COLUMNS = [
  'id',
  'date',
  'category',
  'title',
  'form',
  'audience',
  'responsible',
  'review',
  'supervision',
  'feedback',
  'flags',
  'status',
];
/** The sheet's: the same, each approval as two columns, who and then when. */
const SHEET_COLUMNS = COLUMNS.flatMap((k) => (k === 'review' || k === 'supervision' ? [k, `${k}-on`] : [k]));

const heads = (lang: Lang, keys: readonly string[]) => keys.map((k) => t(lang, `audit.col.${k}` as MessageKey));

/** The register as text cells (table, Markdown). */
export function auditGrid(report: AuditReport, catalog: Catalog, lang: Lang): Grid {
  const approval = (a: AuditRow['review']) => (a ? `${a.by} ${a.on}` : '');
  return {
    headers: heads(lang, COLUMNS),
    rows: report.rows.map((r) => [
      r.id,
      r.date,
      catalogLabel(catalog, 'category', r.category, lang),
      r.title,
      names(r.form, catalog, 'form', lang),
      names(r.audience, catalog, 'audience', lang),
      r.responsible,
      approval(r.review),
      approval(r.supervision),
      String(r.feedback),
      flagsText(lang, r.notes),
      statusText(r, lang),
    ]),
  };
}

/** The register as a spreadsheet (CSV, xlsx): typed cells, approvals split into who and when. */
export function auditSheet(report: AuditReport, catalog: Catalog, lang: Lang): Sheet {
  const day = (d: string | undefined): SheetCell => (d ? { date: d } : null);
  return {
    name: t(lang, 'audit.sheet'),
    headers: [...heads(lang, SHEET_COLUMNS), t(lang, 'register.col.code')],
    rows: report.rows.map((r) => [
      r.id,
      { date: r.date },
      catalogLabel(catalog, 'category', r.category, lang),
      r.title,
      names(r.form, catalog, 'form', lang),
      names(r.audience, catalog, 'audience', lang),
      r.responsible,
      r.review?.by ?? null,
      day(r.review?.on),
      r.supervision?.by ?? null,
      day(r.supervision?.on),
      r.feedback,
      flagsText(lang, r.notes),
      statusText(r, lang),
      r.flags.join(', '),
    ]),
    hidden: [14],
  };
}

/** A sheet as text cells, for the CSV renderer: dates as YYYY-MM-DD, empty cells empty. */
export function sheetAsGrid(sheet: Sheet): Grid {
  const text = (c: SheetCell) => (c === null ? '' : typeof c === 'object' ? c.date : String(c));
  // A notice (records left out) goes above the header, where whoever opens the file sees it first.
  if (sheet.notice) return { headers: [sheet.notice], rows: [sheet.headers, ...sheet.rows.map((r) => r.map(text))] };
  return { headers: sheet.headers, rows: sheet.rows.map((r) => r.map(text)) };
}

/**
 * The register for a terminal narrower than its table: one block per record, every field kept,
 * lines wrapped to `width` (a twelve-column table cut to 100 columns would lose the text).
 */
export function renderAuditAsBlocks(
  report: AuditReport,
  catalog: Catalog,
  lang: Lang,
  width: number,
  paint: { flag: (s: string) => string; dim: (s: string) => string; bold: (s: string) => string },
): string {
  const raw = auditGrid(report, catalog, lang);
  // Cut and neutralised as the table's cells are: a 300,000-character title is not wrapped whole.
  const grid = { headers: raw.headers, rows: raw.rows.map((r) => r.map((c) => tableCell(c ?? ''))) };
  const gap = lang === 'en' ? ' · ' : '　';
  const blocks = report.rows.map((r, i) => {
    // Cell i of a row goes with header i: "公开形式：收费公示栏".
    const field = (n: number) => `${grid.headers[n]}${lang === 'en' ? ': ' : '：'}${grid.rows[i]![n] || '—'}`;
    const [id, date, category, title, , , , , , , flags, status] = grid.rows[i]!;
    const head = [id, date, category].join('  ') + (r.withdrawn ? `  ${status}` : '');
    const body = [
      ...wrapDisplay(title!, width - 4),
      ...packFields([field(4), field(5), field(6)], gap, width - 4),
      ...packFields([field(7), field(8), field(9)], gap, width - 4),
      ...(r.flags.length ? wrapDisplay(field(10), width - 4) : []),
    ];
    const text = [r.withdrawn ? paint.dim(head) : paint.bold(head), ...body.map((l) => `    ${l}`)].join('\n');
    return r.flags.length ? text.replace(flags!, paint.flag(flags!)) : text;
  });
  return blocks.join('\n\n');
}

/** Fields on as few lines as fit `width`, a field broken only when it is wider than a line. */
function packFields(fields: string[], gap: string, width: number): string[] {
  const lines: string[] = [];
  for (const f of fields) {
    const last = lines.at(-1);
    if (last !== undefined && displayWidth(last + gap + f) <= width) lines[lines.length - 1] = last + gap + f;
    else lines.push(...wrapDisplay(f, width));
  }
  return lines;
}
