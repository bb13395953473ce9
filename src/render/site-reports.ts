/**
 * The annual reports (信息公开工作年度报告) on the site: each year's report, worded by the report's own
 * templates (report-document.ts), in the site's frame and stylesheet. A report holds figures and the
 * kinds of problems found, never a record's title or content, so it is public as a whole.
 */
import { parseMarkdownBlocks } from './markdown-blocks.js';
import { blocksAsHtml } from './summary-html.js';
import { href, html, Raw, type PageSpec, type SiteContext } from './site-html.js';

export interface SiteReportText {
  year: number;
  /** The report as Markdown, as `xwgk report` words it. */
  markdown: string;
}

export function reportPath(year: number): string {
  return `reports/${year}.html`;
}

export function annualReportPage(c: SiteContext, r: SiteReportText): PageSpec {
  return {
    path: reportPath(r.year),
    title: c.view.t('site.report', { year: r.year }),
    body: html`<article class="report">\n${new Raw(blocksAsHtml(parseMarkdownBlocks(r.markdown), {}))}\n</article>\n`,
    section: 'home',
  };
}

/** The home page's list of annual reports (nothing when there is none yet). */
export function reportLinks(c: SiteContext, from: string): Raw | string {
  if (c.data.reports.length === 0) return '';
  return html`<section aria-labelledby="reports"><h2 id="reports">${c.view.t('site.reports')}</h2>
<ul class="groups">
${c.data.reports.map((y) => html`<li><a href="${href(from, reportPath(y))}">${c.view.t('site.report', { year: y })}</a></li>\n`)}</ul>
</section>
`;
}
