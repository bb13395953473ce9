/**
 * Search without a server: the search page (a plain GET form with the filters filled in, and a small
 * script) and what the prebuilt index holds of each record (archive/site-search-index.ts builds it).
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
  const select = (
    name: 'column' | 'category' | 'year',
  ) => html`<p class="field"><label for="f-${name}">${view.t(`site.search.${name}`)}</label>
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
  return {
    path: 'search.html',
    title: view.t('site.search'),
    body,
    section: 'search',
    head: html`<script type="module" src="search.js"></script>\n`,
  };
}

/** One record as the search index holds it: its page, its text, and its filters as labels. */
export interface SearchRecord {
  url: string;
  content: string;
  meta: { title: string; date: string };
  filters: Record<string, string[]>;
  sort: { date: string };
}

/** The language the index segments words for: the records' own (the archive's), whatever the site's. */
export function searchLanguage(c: SiteContext): string {
  return c.locale === 'en' ? 'en' : 'zh-cn';
}

/** What the search index holds of each published record (a withdrawn one: its title and reason). */
export function searchRecords(c: SiteContext): SearchRecord[] {
  return c.data.records.map((r) => {
    const text =
      r.status === 'withdrawn'
        ? [r.title, r.withdrawn!.reason]
        : [r.title, r.content, r.basis, r.explanation, ...r.attachments.map((a) => a.note)];
    return {
      url: r.page,
      content: text.filter(Boolean).join('\n'),
      meta: { title: r.title, date: r.date },
      filters: filtersOf(c, r),
      sort: { date: r.time },
    };
  });
}
