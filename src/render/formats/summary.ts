/**
 * The formats of `summary`: Markdown (the wording templates filled in), HTML and Word (both made from
 * that Markdown, so all three say the same), and JSON (the data with its labels). docx is binary.
 */
import type { TermSummary } from '../../reports/summary.js';
import type { Formats, RenderInput } from '../format-rule.js';
import { renderSummaryAsDocx } from '../summary-docx.js';
import { renderSummaryAsHtml, summaryCharts } from '../summary-html.js';
import { renderSummaryAsJson } from '../summary-json.js';
import { labelSummary } from '../summary-labels.js';
import { renderSummaryAsMarkdown } from '../summary-markdown.js';
import { withSkippedJson, withSkippedNotice } from '../skipped.js';
import { skippedFiles } from '../../model/skipped.js';

async function markdownOf(summary: TermSummary, { view, archive }: RenderInput) {
  const labelled = labelSummary(view, summary);
  const markdown = await renderSummaryAsMarkdown(labelled, archive!.catalog, view.lang, archive!.root);
  // Records left out are said right under the title (md, and the html and docx made from it).
  return { labelled, markdown: withSkippedNotice(markdown, view.lang, skippedFiles(archive!.findings)) };
}

export const summaryFormats: Formats<TermSummary> = {
  fallback: 'md',
  renderers: {
    md: { extensions: ['markdown', 'txt'], render: async (s, input) => (await markdownOf(s, input)).markdown },
    html: {
      extensions: ['htm'],
      render: async (s, input) => {
        const { labelled, markdown } = await markdownOf(s, input);
        return renderSummaryAsHtml(labelled, markdown, input.view.lang, input.archive!.root);
      },
    },
    docx: {
      binary: true,
      render: async (s, input) => {
        const { labelled, markdown } = await markdownOf(s, input);
        return renderSummaryAsDocx(markdown, {
          school: labelled.school,
          title: labelled.term.label,
          lang: input.view.lang,
          charts: summaryCharts(labelled, input.view.lang),
        });
      },
    },
    json: { render: (s, { view, archive }) => withSkippedJson(renderSummaryAsJson(view, s), view.lang, archive) },
  },
};
