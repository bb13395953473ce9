/**
 * Search without a server: the search page (a plain GET form with the filters filled in, and a small
 * script), and the prebuilt pagefind index the page queries in the browser. pagefind (from the npm
 * registry, with its own binary) was chosen because it segments Chinese (收费, 公用经费, 作业本 are
 * found) and filters by column, category and year; minisearch finds nothing in Chinese without a
 * tokenizer of our own. It is loaded only by `xwgk site`.
 */
import type { SiteRecord } from '../reports/site-data.js';
import { html, yearName, type PageSpec } from './site-html.js';
import { categoryLabel, columnLabel, type SiteContext } from './site-pages.js';

export interface SiteFile {
  path: string;
  content: string | Uint8Array;
}

/** The filter values of a record, as labels in the site's language (what the form offers). */
function filtersOf(c: SiteContext, r: SiteRecord): Record<'column' | 'category' | 'year', string[]> {
  return { column: [columnLabel(c, r.column)], category: [categoryLabel(c, r.category)], year: [yearName(c.view, r.year)] };
}

export function searchPage(c: SiteContext): PageSpec {
  const { view, data } = c;
  const uniq = (xs: string[]) => [...new Set(xs)];
  const options = {
    column: uniq(data.columns.filter((col) => col.records.length > 0).map((col) => columnLabel(c, col.id))),
    category: uniq(data.columns.flatMap((col) => col.categories.filter((g) => g.records.length > 0).map((g) => categoryLabel(c, g.id)))),
    year: data.years.map((y) => yearName(view, y.id)),
  };
  const select = (name: 'column' | 'category' | 'year') => html`<p class="field"><label for="f-${name}">${view.t(`site.search.${name}`)}</label>
<select id="f-${name}" name="${name}"><option value="">${view.t('site.search.any')}</option>${options[name].map((o) => html`<option>${o}</option>`)}</select></p>
`;
  const body = html`<h1>${view.t('site.search')}</h1>
<form id="search-form" class="search" role="search" action="search.html" method="get" data-found="${view.t('site.search.found')}" data-none="${view.t('site.search.none')}" data-offline="${view.t('site.search.offline')}">
<p class="field"><label for="f-q">${view.t('site.search.label')}</label>
<input id="f-q" name="q" type="search" autocomplete="off"></p>
${select('column')}${select('category')}${select('year')}<p><button type="submit">${view.t('site.search.button')}</button></p>
</form>
<noscript><p class="notice">${view.t('site.search.noscript')}</p></noscript>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="records"></ol>
`;
  return { path: 'search.html', title: view.t('site.search'), body, section: 'search', head: html`<script type="module" src="search.js"></script>\n` };
}

/** Builds the pagefind index of the published records; the files go under `pagefind/` in the site. */
export async function buildSearchIndex(c: SiteContext): Promise<SiteFile[]> {
  const pagefind = await import('pagefind');
  const language = c.view.lang === 'zh-CN' ? 'zh-cn' : 'en';
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(errors.join('; '));
    // pagefind's service answers requests as they come: sending a batch at a time keeps it busy
    // (one at a time, 10,000 records spend most of their time in the round trips).
    const BATCH = 512;
    for (let i = 0; i < c.data.records.length; i += BATCH) {
      const added = await Promise.all(c.data.records.slice(i, i + BATCH).map((r) => {
        const text = r.status === 'withdrawn' ? [r.title, r.withdrawn!.reason] : [r.title, r.content, r.basis, r.explanation, ...r.attachments.map((a) => a.note)];
        return index.addCustomRecord({
          url: r.page,
          content: text.filter(Boolean).join('\n'),
          language,
          meta: { title: r.title, date: r.date },
          filters: filtersOf(c, r),
          sort: { date: r.time },
        });
      }));
      const errors = added.flatMap((a) => a.errors);
      if (errors.length) throw new Error(errors.join('; '));
    }
    const { files, errors: fileErrors } = await index.getFiles();
    if (fileErrors.length) throw new Error(fileErrors.join('; '));
    // pagefind's ready-made UIs bring their own stylesheets; the site has one stylesheet and its own form.
    return files
      .filter((f) => !/pagefind-(ui|component-ui|modular-ui|highlight)\./.test(f.path))
      .map((f) => ({ path: `pagefind/${f.path.replace(/^\/+/, '')}`, content: f.content }));
  } finally {
    await pagefind.close();
  }
}
