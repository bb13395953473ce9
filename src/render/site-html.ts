/**
 * The frame every page of the public site shares: escaping, the document skeleton (lang, one CSS file,
 * a skip link, the navigation, the footer) and relative links, so the folder works from `file://`,
 * from any web host and uploaded into a CMS. Pages need no script to be read.
 */
import type { Catalog, Label } from '../model/catalog.js';
import type { SiteData, SiteRecord } from '../reports/site-data.js';
import type { RenderContext } from './context.js';

/** What a site renderer is given: the render context (language, translator, labels), nothing of the command line. */
export type SiteView = RenderContext;

/** Everything a site page is rendered from. */
export interface SiteContext {
  view: SiteView;
  data: SiteData;
  catalog: Catalog;
  byId: Map<string, SiteRecord>;
  /** The archive's own language: configured term names are in it. */
  locale: string;
}

/** HTML that is already safe: the result of `html`…``, never user text. */
export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

type Part = Raw | string | number | undefined | null | false | readonly Part[];

function partHtml(p: Part): string {
  if (p === undefined || p === null || p === false) return '';
  if (p instanceof Raw) return p.html;
  if (Array.isArray(p)) return p.map(partHtml).join('');
  return escapeHtml(String(p));
}

/** A template whose interpolations are escaped unless they are `Raw` (arrays are joined). */
export function html(strings: TemplateStringsArray, ...parts: Part[]): Raw {
  let out = strings[0]!;
  parts.forEach((p, i) => (out += partHtml(p) + strings[i + 1]!));
  return new Raw(out);
}

/** The way from `from` (a page path) back to the site's root: `''`, `'../'`, `'../../'`. */
export function rootOf(from: string): string {
  return '../'.repeat(from.split('/').length - 1);
}

/** A link target inside the site, relative to the page `from`, each path segment URL-encoded. */
export function href(from: string, to: string): string {
  return rootOf(from) + to.split('/').map(encodeURIComponent).join('/');
}

export function labelOf(view: SiteView, l: Label | undefined, fallback: string): string {
  return l ? l[view.lang] : fallback;
}

/** Dates as people read them: 2025年9月1日 / 1 September 2025 — computed from the string, never a clock. */
export function humanDate(view: SiteView, date: string): string {
  const [y, m, d] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  if (view.lang === 'zh-CN') return `${y}年${m}月${d}日`;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}

/** The footer's date: when the site was updated, or, with nothing on it yet, that (and the --today date if given). */
function footerDate(view: SiteView, data: SiteData): string {
  if (data.records.length > 0 && data.updated) return view.t('site.updated', { date: humanDate(view, data.updated) });
  return data.updated ? view.t('site.no-records-yet-dated', { date: humanDate(view, data.updated) }) : view.t('site.no-records-yet');
}

export function yearName(view: SiteView, id: string): string {
  return view.t('site.year', { start: id.slice(0, 4), end: id.slice(5, 9) });
}

export interface PageSpec {
  /** Path inside the site, `/`-separated. */
  path: string;
  title: string;
  body: Raw;
  /** The top-level section the page belongs to, marked in the navigation. */
  section?: 'home' | 'guide' | 'directory' | 'search' | `column:${string}`;
  /** Extra `<head>` content (the search page's script). */
  head?: Raw;
}

/** A whole HTML document in the site's frame. */
export function renderPage(view: SiteView, data: SiteData, columns: { id: string; label: string }[], page: PageSpec): string {
  const to = (p: string) => href(page.path, p);
  const nav: [string, string, PageSpec['section']][] = [
    ['index.html', view.t('site.home'), 'home'],
    ['guide.html', view.t('site.guide'), 'guide'],
    ['directory.html', view.t('site.directory'), 'directory'],
    ...columns.map((c): [string, string, PageSpec['section']] => [`columns/${c.id}.html`, c.label, `column:${c.id}`]),
    ['search.html', view.t('site.search'), 'search'],
  ];
  const siteName = `${data.school} · ${view.t('site.name')}`;
  const doc = html`<!DOCTYPE html>
<html lang="${view.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title === siteName ? siteName : `${page.title} · ${siteName}`}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${to('site.css')}">
<link rel="alternate" type="application/atom+xml" title="${view.t('site.feed-title', { school: data.school })}" href="${to('feed.xml')}">
${page.head}</head>
<body>
<a class="skip" href="#main">${view.t('site.skip')}</a>
<header class="site-header">
<p class="site-name"><a href="${to('index.html')}">${siteName}</a></p>
<nav aria-label="${view.t('site.nav')}"><ul>
${nav.map(([p, text, section]) => html`<li><a href="${to(p)}"${section === page.section ? new Raw(' aria-current="page"') : ''}>${text}</a></li>\n`)}</ul></nav>
</header>
<main id="main">
${page.body}</main>
<footer class="site-footer">
<p>${view.t('site.footer', { school: data.school })} ${footerDate(view, data)} · <a href="${to('feed.xml')}">${view.t('site.feed')}</a></p>
</footer>
</body>
</html>
`;
  return doc.html;
}
