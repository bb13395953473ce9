/**
 * What `xwgk site --since OLD-MANIFEST` prints for the clerk who types disclosures into a CMS or the
 * county portal: each new or changed record with its text ready to paste, the page it is on and its
 * attachments (as published, metadata removed), and what is no longer public and must be taken down.
 */
import type { SiteChanges } from '../reports/site-manifest.js';
import type { SiteRecord } from '../reports/site-data.js';
import { humanDate } from './site-html.js';
import { categoryLabel, type SiteContext } from './site-pages.js';

/** A record as plain text, in the order a portal's form asks for it. */
export function pasteText(c: SiteContext, r: SiteRecord): string {
  const { view } = c;
  const colon = view.lang === 'zh-CN' ? '：' : ': ';
  const line = (key: Parameters<typeof view.t>[0], value: string | undefined) =>
    value === undefined ? [] : [`${view.t(key)}${colon}${value}`];
  if (r.status === 'withdrawn') {
    return [r.title, view.t('site.withdrawn-notice', { on: humanDate(view, r.withdrawn!.on), reason: r.withdrawn!.reason })].join('\n');
  }
  const approval = (a: { by: string; on: string } | undefined) =>
    a ? view.t('site.approval', { by: a.by, on: humanDate(view, a.on) }) : undefined;
  return [
    r.title,
    ...line('site.field.date', humanDate(view, r.date)),
    ...line('site.field.category', categoryLabel(c, r.category)),
    ...line('site.field.basis', r.basis),
    ...line('site.field.amount', r.amount === undefined ? undefined : String(r.amount)),
    ...line('site.field.review', approval(r.review)),
    ...line('site.field.supervision', approval(r.supervision)),
    '',
    r.content ?? '',
    ...(r.explanation ? ['', r.explanation] : []),
  ].join('\n');
}

export function renderSiteChangesAsText(c: SiteContext, changes: SiteChanges, out: string): string {
  const { view } = c;
  const since = changes.since === null ? undefined : humanDate(view, changes.since);
  const total = changes.added.length + changes.changed.length + changes.removed.length;
  if (total === 0) return `${since ? view.t('site.changes.none', { since }) : view.t('site.changes.none-undated')}\n`;
  const counts = { added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length };
  const lines = [since ? view.t('site.changes.title', { since, ...counts }) : view.t('site.changes.title-undated', counts), ''];
  const rule = '─'.repeat(40);
  const colon = view.lang === 'zh-CN' ? '：' : ': ';
  const block = (kind: 'site.changes.added' | 'site.changes.changed', r: SiteRecord) => {
    lines.push(rule, `[${view.t(kind)}] ${r.id}  ${view.t('site.changes.page')}${colon}${out}/${r.page}`, rule, pasteText(c, r));
    if (r.attachments.length) lines.push('', `${view.t('site.changes.files')}${colon}`, ...r.attachments.map((a) => `  ${out}/${a.path}`));
    lines.push('');
  };
  changes.added.forEach((r) => block('site.changes.added', r));
  changes.changed.forEach((r) => block('site.changes.changed', r));
  if (changes.removed.length) {
    lines.push(rule, view.t('site.changes.removed'), rule, ...changes.removed.map((e) => `${e.id}  ${e.title}  (${e.page})`), '');
  }
  return lines.join('\n');
}

export function renderSiteChangesAsJson(c: SiteContext, changes: SiteChanges): string {
  const entry = (r: SiteRecord) => ({
    id: r.id,
    status: r.status,
    title: r.title,
    page: r.page,
    text: pasteText(c, r),
    attachments: r.attachments.map((a) => a.path),
  });
  return `${JSON.stringify({ since: changes.since, added: changes.added.map(entry), changed: changes.changed.map(entry), removed: changes.removed }, null, 2)}\n`;
}
