/**
 * The term summary as one self-contained HTML file that prints on A4: the Markdown document's blocks
 * as HTML, with inline SVG charts where the templates place `<!-- chart:NAME -->`, inside the page
 * template `templates/summary/page.html.liquid` (print CSS, Chinese font stacks, page numbers).
 */
import { t, type Lang } from '../i18n/index.js';
import type { LabelledSummary } from './summary-labels.js';
import { inlineText, parseMarkdownBlocks, type Align, type Block, type Inline } from './markdown-blocks.js';
import { barChart, columnChart, escapeXml, matrixChart } from './svg-charts.js';
import { renderSummaryTemplate, summaryFormatters } from './summary-templates.js';
import { displayWidth } from './width.js';

const inlineHtml = (runs: readonly Inline[]) =>
  runs.map((r) => (r.bold ? `<strong>${escapeXml(r.text)}</strong>` : escapeXml(r.text))).join('');
const alignClass = (a: Align | undefined) => (a === 'right' ? ' class="right-align"' : a === 'center' ? ' class="center"' : '');

/** The charts the templates may place, by name. */
export function summaryCharts(s: LabelledSummary, lang: Lang): Record<string, (title: string) => string> {
  const f = summaryFormatters(lang);
  return {
    'by-month': (title) =>
      columnChart(
        s.byMonth.map((m) => ({ label: f.short_month(m.month), value: m.count })),
        { name: 'by-month', title },
      ),
    'by-category': (title) =>
      barChart(
        s.byCategory.map((c) => ({ label: c.label, value: c.count })),
        { name: 'by-category', title },
      ),
    matrix: (title) =>
      matrixChart(
        {
          columns: s.matrix.months.map(f.short_month),
          rows: s.matrix.rows.map((r) => ({ label: r.label, cells: r.cells.map((c) => c.status) })),
          legend: {
            met: t(lang, 'summary.matrix.met'),
            missing: t(lang, 'summary.matrix.missing'),
            pending: t(lang, 'summary.matrix.pending'),
          },
        },
        { name: 'matrix', title },
      ),
  };
}

/** An id, a date, an amount or a short name: text that must stay on one line. */
export function isShortToken(s: string): boolean {
  return (
    s === '' ||
    /^\d{8}-\d{3,}$/.test(s) ||
    /^\d{4}(-\d{2}){1,2}$|^\d{4}年\d{1,2}月(\d{1,2}日)?$|^\d{1,2} [A-Z][a-z]{2} \d{4}$/.test(s) ||
    /^[\d,.]+%?$/.test(s) ||
    (!/\s/.test(s) && displayWidth(s) <= 8)
  );
}

const cellClass = (a: Align | undefined, nowrap: boolean) => {
  const names = [alignClass(a).replace(/^ class="|"$/g, ''), nowrap ? 'nowrap' : ''].filter(Boolean);
  return names.length ? ` class="${names.join(' ')}"` : '';
};

export function blocksAsHtml(blocks: readonly Block[], charts: Record<string, (title: string) => string>): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `<h${b.level}>${inlineHtml(b.text)}</h${b.level}>`;
        case 'paragraph':
          return `<p${b.align === 'right' ? ' class="right"' : ''}>${b.lines.map(inlineHtml).join('<br>')}</p>`;
        case 'list': {
          const tag = b.ordered ? 'ol' : 'ul';
          return `<${tag}>${b.items.map((i) => `<li>${inlineHtml(i)}</li>`).join('')}</${tag}>`;
        }
        case 'table': {
          const head = b.headers.map((h, i) => `<th${alignClass(b.align[i])}>${escapeXml(h)}</th>`).join('');
          // A column of short tokens (ids, dates, names) never breaks inside a cell: 王/建/国 is no name.
          const nowrap = b.headers.map((h, i) => b.rows.length > 0 && b.rows.every((r) => isShortToken(r[i] ?? '')));
          const rows = b.rows
            .map(
              (r) =>
                `<tr>${b.headers.map((_, i) => `<td${cellClass(b.align[i], nowrap[i]!)}>${escapeXml(r[i] ?? '')}</td>`).join('')}</tr>`,
            )
            .join('\n');
          return `<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
        }
        case 'chart': {
          const draw = charts[b.name];
          return draw
            ? `<figure data-chart="${escapeXml(b.name)}">\n${draw(b.title)}\n<figcaption>${escapeXml(b.title)}</figcaption>\n</figure>`
            : '';
        }
      }
    })
    .filter(Boolean)
    .join('\n');
}

/** The CSS `content` value of the print footer, from the message `第 {page} 页，共 {pages} 页`. */
export function pageFooterCss(lang: Lang): string {
  const text = t(lang, 'summary.page', { page: '\u0000page\u0000', pages: '\u0000pages\u0000' });
  return text
    .split('\u0000')
    .map((part) => (part === 'page' || part === 'pages' ? `counter(${part})` : part === '' ? '' : JSON.stringify(part)))
    .filter(Boolean)
    .join(' ');
}

export async function renderSummaryAsHtml(summary: LabelledSummary, markdown: string, lang: Lang, archiveRoot?: string): Promise<string> {
  const blocks = parseMarkdownBlocks(markdown);
  const h1 = blocks.find((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 1);
  const body = blocksAsHtml(blocks, summaryCharts(summary, lang));
  return renderSummaryTemplate(
    lang,
    'page.html.liquid',
    { lang, title: h1 ? inlineText(h1.text) : summary.school, body, footer: pageFooterCss(lang) },
    { html: true, ...(archiveRoot ? { archiveRoot } : {}) },
  );
}
