/**
 * One record's page: title, category, date, content, channels, audience, basis, amount, approvals,
 * explanation and attachments with their SHA-256 — or, for a withdrawn record, the notice of when and
 * why it was withdrawn, without its content.
 */
import type { SiteRecord } from '../reports/site-data.js';
import { href, html, humanDate, Raw, type PageSpec } from './site-html.js';
import { categoryLabel, columnLabel, termName, textLang, type SiteContext } from './site-pages.js';
import type { MessageKey } from '../i18n/index.js';

/** Text with its line breaks kept, as paragraphs. */
export function paragraphs(text: string): Raw {
  return html`${text.split(/\n\s*\n/).map((p) => html`<p>${p.split('\n').map((line, i) => html`${i ? new Raw('<br>') : ''}${line}`)}</p>\n`)}`;
}

const amountFormats = new Map<string, Intl.NumberFormat>();

/** 186,400 or 186,400.5: one formatter per language (making one per amount is slow on a big site). */
function amountText(c: SiteContext, n: number): string {
  const locale = c.view.lang === 'zh-CN' ? 'zh-CN' : 'en-GB';
  let f = amountFormats.get(locale);
  if (!f) amountFormats.set(locale, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: 0, maximumFractionDigits: 2 })));
  return f.format(n);
}

/** The page of `r`; `published` maps an attachment's site path to the SHA-256 of the copy on the site. */
export function recordPage(c: SiteContext, r: SiteRecord, published: ReadonlyMap<string, string>): PageSpec {
  const { view } = c;
  const path = r.page;
  const sep = view.lang === 'zh-CN' ? '、' : ', ';
  const term = c.data.terms.find((t) => t.id === r.term);
  const row = (key: MessageKey, value: Raw | string | undefined) =>
    value === undefined ? '' : html`<dt>${view.t(key)}</dt><dd>${value}</dd>\n`;
  const approval = (a: { by: string; on: string } | undefined) =>
    a ? view.t('site.approval', { by: a.by, on: humanDate(view, a.on) }) : undefined;
  const common = html`${row('site.field.id', r.id)}${row('site.field.column', html`<a href="${href(path, `columns/${r.column}.html`)}">${columnLabel(c, r.column)}</a>`)}${row('site.field.category', html`<a href="${href(path, `categories/${r.category}.html`)}">${categoryLabel(c, r.category)}</a>`)}${row('site.field.date', html`<time datetime="${r.date}">${humanDate(view, r.date)}</time>`)}${row('site.field.term', term ? html`<a href="${href(path, `terms/${r.term}.html`)}">${termName(c, term)}</a>` : r.term)}`;
  if (r.status === 'withdrawn') {
    const body = html`<article>
<h1><span${textLang(c)}>${r.title}</span> <span class="badge">${view.t('site.withdrawn')}</span></h1>
<p class="notice" role="note">${view.t('site.withdrawn-notice', { on: humanDate(view, r.withdrawn!.on), reason: r.withdrawn!.reason })}</p>
<p>${view.t('site.withdrawn-content')}</p>
<dl class="fields">
${common}</dl>
</article>
`;
    return { path, title: r.title, body, section: `column:${r.column}` };
  }
  const names = (kind: 'form' | 'audience', ids: string[]) => ids.map((id) => view.label(kind, id)).join(sep);
  const colon = view.lang === 'zh-CN' ? '：' : ': ';
  const attachments =
    r.attachments.length === 0
      ? ''
      : html`<section aria-labelledby="attachments"><h2 id="attachments">${view.t('site.field.attachments')}</h2>
<ul class="files">
${r.attachments.map((a) => html`<li><a href="${href(path, a.path)}">${a.name}</a>${a.note ? html` — ${a.note}` : ''}<br><span class="meta">${view.t('site.sha256')}${colon}<code class="hash">${a.sha256}</code></span>${a.image || a.pdf ? html`<br><span class="meta">${view.t(a.image ? 'site.image-note' : 'site.pdf-note')}${colon}<code class="hash">${published.get(a.path) ?? ''}</code></span>` : ''}</li>\n`)}</ul>
</section>
`;
  const body = html`<article>
<h1${textLang(c)}>${r.title}</h1>
<dl class="fields">
${common}${row('site.field.until', r.until ? humanDate(view, r.until) : undefined)}${row('site.field.form', names('form', r.form))}${row('site.field.audience', names('audience', r.audience))}${row('site.field.timing', r.timing ? view.t(`timing.${r.timing}` as MessageKey) : undefined)}${row('site.field.decided', r.decided ? humanDate(view, r.decided) : undefined)}${row('site.field.basis', r.basis)}${row('site.field.amount', r.amount === undefined ? undefined : amountText(c, r.amount))}${row('site.field.review', approval(r.review))}${row('site.field.supervision', approval(r.supervision))}</dl>
<section aria-labelledby="content"><h2 id="content">${view.t('site.field.content')}</h2>
<div${textLang(c)}>${paragraphs(r.content!)}</div></section>
${r.explanation ? html`<section aria-labelledby="explanation"><h2 id="explanation">${view.t('site.field.explanation')}</h2>\n${paragraphs(r.explanation)}</section>\n` : ''}${attachments}</article>
`;
  return { path, title: r.title, body, section: `column:${r.column}` };
}
