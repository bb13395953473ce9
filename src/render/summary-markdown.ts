/**
 * The term summary as Markdown: the wording templates filled with the data. This text is also the
 * source of the HTML and Word documents (see markdown-blocks.ts), so all three say the same.
 */
import type { Catalog } from '../model/catalog.js';
import type { Lang } from '../i18n/index.js';
import type { LabelledSummary } from './summary-labels.js';
import { renderSummaryTemplate } from './summary-templates.js';
import { buildSummaryView } from './summary-view.js';

/** Tidies what the templates leave: trailing spaces, runs of blank lines, a single final newline. */
export function tidyMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

export async function renderSummaryAsMarkdown(
  summary: LabelledSummary,
  catalog: Catalog,
  lang: Lang,
  archiveRoot?: string,
): Promise<string> {
  const v = buildSummaryView(summary, catalog, lang);
  return tidyMarkdown(await renderSummaryTemplate(lang, 'summary', { v }, archiveRoot ? { archiveRoot } : {}));
}
