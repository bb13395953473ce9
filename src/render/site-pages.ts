/**
 * The list pages of the public site: home (latest disclosures, columns, terms and years), one page per
 * column, per category, per term and per school year. Each lists its records newest first.
 */
import { defaultTermName } from '../model/terms.js';
import type { SiteData, SiteGroup, SiteRecord } from '../reports/site-data.js';
import { href, html, humanDate, yearName, type PageSpec, type Raw, type SiteContext } from './site-html.js';
import { reportLinks } from './site-reports.js';

/** How many of the latest disclosures the home page lists. */
export const HOME_LATEST = 10;

export type { SiteContext };

export function categoryLabel(c: SiteContext, id: string): string {
  return c.view.label('category', id);
}

export function columnLabel(c: SiteContext, id: string): string {
  return c.view.label('column', id);
}

export function termName(c: SiteContext, t: { id: string; name: string }): string {
  return c.view.lang === c.locale ? t.name : defaultTermName(t.id, c.view.lang);
}

/** ` lang="zh-CN"` on the archive's own text (titles, content) when the site speaks another language, so readers pronounce it right. */
export function textLang(c: SiteContext): Raw | string {
  return c.locale === c.view.lang ? '' : html` lang="${c.locale}"`;
}

/** A list of records as links, newest first, each with its date and category. */
export function recordList(c: SiteContext, from: string, ids: readonly string[]): Raw {
  if (ids.length === 0) return html`<p class="empty">${c.view.t('site.empty')}</p>\n`;
  return html`<ol class="records">
${ids.map((id) => {
  const r = c.byId.get(id)!;
  const withdrawn = r.status === 'withdrawn' ? html` <span class="badge">${c.view.t('site.withdrawn')}</span>` : '';
  return html`<li><a href="${href(from, r.page)}"${textLang(c)}>${r.title}</a>${withdrawn}<br><span class="meta"><time datetime="${r.date}">${humanDate(c.view, r.date)}</time> · ${categoryLabel(c, r.category)}</span></li>\n`;
})}</ol>
`;
}

function groupLinks(
  c: SiteContext,
  from: string,
  groups: readonly SiteGroup[],
  page: (id: string) => string,
  name: (g: SiteGroup) => string,
): Raw {
  // No term or year yet (an archive with nothing published): say so rather than show an empty list.
  if (groups.length === 0) return html`<p class="empty">${c.view.t('site.empty')}</p>\n`;
  return html`<ul class="groups">
${groups.map((g) => html`<li><a href="${href(from, page(g.id))}">${name(g)}</a> <span class="meta">${c.view.t('site.count', { n: g.records.length })}</span></li>\n`)}</ul>
`;
}

export function homePage(c: SiteContext): PageSpec {
  const path = 'index.html';
  const { view, data } = c;
  const title = `${data.school} · ${view.t('site.name')}`;
  const body = html`<h1>${title}</h1>
<p class="lead"><a href="guide.html">${view.t('site.guide')}</a> · <a href="directory.html">${view.t('site.directory')}</a> · <a href="search.html">${view.t('site.search')}</a></p>
${guideBox(c)}<section aria-labelledby="latest"><h2 id="latest">${view.t('site.latest')}</h2>
${recordList(c, path, data.latest.slice(0, HOME_LATEST))}</section>
<section aria-labelledby="columns"><h2 id="columns">${view.t('site.columns')}</h2>
<div class="cards">
${data.columns.map(
  (
    col,
  ) => html`<section class="card" aria-labelledby="col-${col.id}"><h3 id="col-${col.id}"><a href="columns/${col.id}.html">${columnLabel(c, col.id)}</a> <span class="meta">${view.t('site.count', { n: col.records.length })}</span></h3>
${groupLinks(
  c,
  path,
  col.categories,
  (id) => `categories/${id}.html`,
  (g) => categoryLabel(c, g.id),
)}</section>\n`,
)}</div>
</section>
${reportLinks(c, path)}<section aria-labelledby="terms"><h2 id="terms">${view.t('site.terms')}</h2>
${groupLinks(
  c,
  path,
  data.terms,
  (id) => `terms/${id}.html`,
  (g) => termName(c, g as SiteData['terms'][number]),
)}</section>
<section aria-labelledby="years"><h2 id="years">${view.t('site.years')}</h2>
${groupLinks(
  c,
  path,
  data.years,
  (id) => `years/${id}.html`,
  (g) => yearName(view, g.id),
)}</section>
`;
  return { path, title, body, section: 'home' };
}

/** The guide in brief on the home page: who answers, and how to reach them (what `public:` gives). */
function guideBox(c: SiteContext): Raw | string {
  const p = c.data.public;
  const items = [p.office, p.phone, p.email].filter((x): x is string => x !== undefined);
  if (items.length === 0) return '';
  return html`<p class="card">${items.join(' · ')} — <a href="guide.html">${c.view.t('site.guide')}</a></p>
`;
}

export function columnPage(c: SiteContext, col: SiteData['columns'][number]): PageSpec {
  const path = `columns/${col.id}.html`;
  const title = columnLabel(c, col.id);
  const body = html`<h1>${title}</h1>
${groupLinks(
  c,
  path,
  col.categories,
  (id) => `categories/${id}.html`,
  (g) => categoryLabel(c, g.id),
)}<h2>${c.view.t('site.count', { n: col.records.length })}</h2>
${recordList(c, path, col.records)}`;
  return { path, title, body, section: `column:${col.id}` };
}

export function categoryPage(c: SiteContext, column: string, cat: SiteGroup): PageSpec {
  const path = `categories/${cat.id}.html`;
  const title = categoryLabel(c, cat.id);
  const scope = c.catalog.category(cat.id)?.scope;
  const body = html`<p class="crumbs"><a href="${href(path, `columns/${column}.html`)}">${columnLabel(c, column)}</a></p>
<h1>${title}</h1>
${scope ? html`<p class="lead">${scope[c.view.lang]}</p>\n` : ''}<p class="meta">${c.view.t('site.count', { n: cat.records.length })}</p>
${recordList(c, path, cat.records)}`;
  return { path, title, body, section: `column:${column}` };
}

export function termPage(c: SiteContext, term: SiteData['terms'][number]): PageSpec {
  const path = `terms/${term.id}.html`;
  const title = termName(c, term);
  const body = html`<h1>${title}</h1>
<p class="meta"><time datetime="${term.start}">${humanDate(c.view, term.start)}</time> – <time datetime="${term.end}">${humanDate(c.view, term.end)}</time> · ${c.view.t('site.count', { n: term.records.length })}</p>
${recordList(c, path, term.records)}`;
  return { path, title, body, section: 'home' };
}

export function yearPage(c: SiteContext, year: SiteGroup): PageSpec {
  const path = `years/${year.id}.html`;
  const title = yearName(c.view, year.id);
  const body = html`<h1>${title}</h1>
<p class="meta">${c.view.t('site.count', { n: year.records.length })}</p>
${recordList(c, path, year.records)}`;
  return { path, title, body, section: 'home' };
}
