/**
 * The 信息公开指南 (from the `public:` section of `xwgk.yaml`) and the 主动公开目录 (from the catalog in
 * force, in the columns of the standard 目录: 事项, 公开内容, 公开依据, 公开时限, 公开渠道, 公开对象).
 */
import type { MessageKey } from '../i18n/index.js';
import type { DirectoryRow } from '../reports/site-data.js';
import { describeDue } from './catalog.js';
import { href, html, labelOf, type PageSpec } from './site-html.js';
import { columnLabel, type SiteContext } from './site-pages.js';

export function guidePage(c: SiteContext): PageSpec {
  const { view, data } = c;
  const p = data.public;
  const path = 'guide.html';
  const office = p.office ?? view.t('site.guide.office-default');
  const contact: [MessageKey, string | undefined][] = [
    ['site.guide.office', p.office],
    ['site.guide.address', p.address],
    ['site.guide.hours', p.hours],
    ['site.guide.phone', p.phone],
    ['site.guide.email', p.email],
  ];
  const given = contact.filter(([, v]) => v !== undefined);
  const notWeb = data.directory.filter((r) => !r.web).map((r) => view.label('category', r.category));
  const value = (key: MessageKey, v: string) =>
    key === 'site.guide.email'
      ? html`<a href="mailto:${v}">${v}</a>`
      : key === 'site.guide.phone'
        ? html`<a href="tel:${v.replace(/[^\d+]/g, '')}">${v}</a>`
        : v;
  const body = html`<h1>${view.t('site.guide')}</h1>
<p class="lead">${view.t('site.guide.intro', { school: data.school })}</p>
${
  given.length
    ? html`<section aria-labelledby="office"><h2 id="office">${view.t('site.guide.office-h')}</h2>
<dl class="fields">
${given.map(([k, v]) => html`<dt>${view.t(k)}</dt><dd>${value(k, v!)}</dd>\n`)}</dl>
</section>\n`
    : ''
}<section aria-labelledby="active"><h2 id="active">${view.t('site.guide.active-h')}</h2>
<p>${view.t('site.guide.active')}${notWeb.length ? ` ${view.t('site.guide.not-web', { categories: notWeb.join(view.lang === 'zh-CN' ? '、' : ', ') })}` : ''} <a href="directory.html">${view.t('site.directory')}</a></p>
</section>
<section aria-labelledby="request"><h2 id="request">${view.t('site.guide.request-h')}</h2>
<p>${view.t('site.guide.request', { office, days: data.requestDays.answer, extend: data.requestDays.extension })}</p>
${p.request ? html`<p>${p.request}</p>\n` : ''}</section>
<section aria-labelledby="feedback"><h2 id="feedback">${view.t('site.guide.feedback-h')}</h2>
<p>${view.t('site.guide.feedback', { days: data.feedbackDays })}</p>
</section>
`;
  return { path, title: view.t('site.guide'), body, section: 'guide' };
}

function limitText(c: SiteContext, row: DirectoryRow): string {
  const parts = [c.view.t(`frequency.${row.frequency}` as MessageKey), row.due ? describeDue(row.due, c.view.lang) : ''];
  if (row.timing) parts.push(c.view.t(`timing.${row.timing}` as MessageKey));
  return parts.filter(Boolean).join(c.view.lang === 'zh-CN' ? '，' : ', ');
}

export function directoryPage(c: SiteContext): PageSpec {
  const { view, data } = c;
  const path = 'directory.html';
  const sep = view.lang === 'zh-CN' ? '、' : ', ';
  const names = (kind: 'form' | 'audience', ids: string[]) => ids.map((id) => view.label(kind, id)).join(sep) || '—';
  const byColumn = c.catalog.data.columns
    .map((col) => ({ col, rows: data.directory.filter((r) => r.column === col.id) }))
    .filter((g) => g.rows.length > 0);
  const heads: MessageKey[] = [
    'site.dir.item',
    'site.dir.scope',
    'site.dir.rule',
    'site.dir.limit',
    'site.dir.channels',
    'site.dir.audience',
  ];
  const body = html`<h1>${view.t('site.directory')}</h1>
<p class="lead">${view.t('site.dir.intro')}</p>
${byColumn.map(
  ({ col, rows }) => html`<section><h2 id="dir-${col.id}">${columnLabel(c, col.id)}</h2>
<div class="table-wrap" role="region" aria-labelledby="dir-${col.id}" tabindex="0"><table class="directory">
<thead><tr>${heads.map((h) => html`<th scope="col">${view.t(h)}</th>`)}</tr></thead>
<tbody>
${rows.map((r) => {
  const cat = c.catalog.category(r.category);
  const name = view.label('category', r.category);
  return html`<tr><th scope="row">${r.web ? html`<a href="${href(path, `categories/${r.category}.html`)}">${name}</a>` : html`${name} <span class="meta">${view.t('site.dir.not-web')}</span>`}</th><td>${labelOf(view, cat?.scope, '—')}</td><td>${labelOf(view, cat?.rule, '—')}</td><td>${limitText(c, r)}</td><td>${names('form', r.forms)}</td><td>${names('audience', r.audience)}</td></tr>\n`;
})}</tbody>
</table></div>
</section>\n`,
)}`;
  return { path, title: view.t('site.directory'), body, section: 'directory' };
}
