/**
 * The Atom feed (RFC 4287) of the latest disclosures, `feed.xml`. Links are absolute with `--base-url`
 * (or `public.base_url`), else relative to the feed, as RFC 4287 allows, so the folder still works
 * uploaded anywhere. Written here rather than with the `feed` package: its version 6 rejects every
 * relative link, and an Atom document is a dozen escaped elements. Every date comes from the records,
 * so the feed's bytes change only when the archive does.
 */
import { paragraphs } from './site-record.js';
import { categoryLabel, type SiteContext } from './site-pages.js';

function xml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A record's `time` as an RFC 3339 instant: a date alone is its midnight, UTC (never the machine's zone). */
export function atomTime(time: string): string {
  if (time.length === 10) return `${time}T00:00:00Z`;
  const t = time.replace(' ', 'T');
  const withSeconds = /T\d{2}:\d{2}(?=$|[zZ+-])/.test(t) ? t.replace(/(T\d{2}:\d{2})/, '$1:00') : t;
  return /([zZ]|[+-]\d{2}:?\d{2})$/.test(withSeconds) ? withSeconds : `${withSeconds}Z`;
}

export function renderSiteFeed(c: SiteContext, baseUrl: string | undefined): string {
  const { data, view } = c;
  const base = baseUrl ? (baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`) : undefined;
  const link = (page: string) => (base ? new URL(page, base).href : page);
  const school = encodeURIComponent(data.school);
  const latest = data.latest.map((id) => c.byId.get(id)!);
  // RFC 4287 asks for the feed's date; with no record and no --today there is none, and a made-up one
  // (the epoch) would tell feed readers something false. The feed has no entries then.
  const updated = latest[0]?.time ?? data.updated;
  const entries = latest
    .map(
      (r) => `  <entry>
    <title>${xml(r.title)}</title>
    <id>${xml(base ? link(r.page) : `urn:xwgk:${school}:${r.id}`)}</id>
    <link rel="alternate" type="text/html" href="${xml(link(r.page))}"/>
    <published>${atomTime(r.time)}</published>
    <updated>${atomTime(r.time)}</updated>
    <category term="${xml(r.category)}" label="${xml(categoryLabel(c, r.category))}"/>
    <summary>${xml((r.content ?? '').replace(/\s+/g, ' ').slice(0, 200))}</summary>
    <content type="html">${xml(paragraphs(r.content ?? '').html)}</content>
  </entry>
`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${view.lang}">
  <title>${xml(view.t('site.feed-title', { school: data.school }))}</title>
  <id>${xml(base ?? `urn:xwgk:${school}`)}</id>
  <link rel="alternate" type="text/html" href="${xml(link('index.html'))}"/>
  <link rel="self" type="application/atom+xml" href="${xml(link('feed.xml'))}"/>
${updated ? `  <updated>${atomTime(updated)}</updated>\n` : ''}  <author><name>${xml(data.school)}</name></author>
  <generator>xwgk</generator>
${entries}</feed>
`;
}
