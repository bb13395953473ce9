/**
 * The annual report as a document: Markdown from the wording templates (templates/report/<lang>/),
 * and the HTML and Word documents built from that very Markdown, as the term summary's are (one
 * wording, three formats; the page, print CSS and Word layout are the summary's). JSON is the data.
 */
import type { Lang } from '../model/lang.js';
import type { RenderContext } from './context.js';
import type { AnnualReport } from '../reports/annual-report.js';
import { inlineText, parseMarkdownBlocks, type Block } from './markdown-blocks.js';
import { renderSummaryAsDocx } from './summary-docx.js';
import { blocksAsHtml, pageFooterCss } from './summary-html.js';
import { tidyMarkdown } from './summary-markdown.js';
import { renderSummaryTemplate } from './summary-templates.js';
import { buildReportView } from './report-view.js';
import { withSkippedNotice } from './skipped.js';

export async function renderReportAsMarkdown(ctx: RenderContext, report: AnnualReport, archiveRoot?: string): Promise<string> {
  const v = buildReportView(ctx, report);
  // The files left out, in bold under the title, as every document says it (render/skipped.ts).
  return withSkippedNotice(
    tidyMarkdown(await renderSummaryTemplate(ctx.lang, 'report', { v }, { kind: 'report', ...(archiveRoot ? { archiveRoot } : {}) })),
    ctx.lang,
    report.skipped,
  );
}

export async function renderReportAsHtml(report: AnnualReport, markdown: string, lang: Lang, archiveRoot?: string): Promise<string> {
  const blocks = parseMarkdownBlocks(markdown);
  const h1 = blocks.find((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 1);
  return renderSummaryTemplate(
    lang,
    'page.html.liquid',
    { lang, title: h1 ? inlineText(h1.text) : report.school, body: blocksAsHtml(blocks, {}), footer: pageFooterCss(lang) },
    { html: true, kind: 'report', ...(archiveRoot ? { archiveRoot } : {}) },
  );
}

export async function renderReportAsDocx(report: AnnualReport, markdown: string, lang: Lang): Promise<Uint8Array> {
  const h1 = parseMarkdownBlocks(markdown).find((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && b.level === 1);
  return renderSummaryAsDocx(markdown, { school: report.school, title: h1 ? inlineText(h1.text) : String(report.year), lang });
}
