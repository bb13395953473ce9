/** The small pure pieces of the site's renderers: escaping, relative links, dates people read, Atom instants. */
import { describe, expect, it } from 'vitest';
import { makeRenderContext } from '../../src/render/context.js';
import { atomTime } from '../../src/render/site-feed.js';
import { escapeHtml, href, html, humanDate, Raw, rootOf } from '../../src/render/site-html.js';

describe('site HTML', () => {
  it('escapes every interpolation but what is already HTML', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html`<p>${'<script>'}${new Raw('<br>')}${['a', '<b>']}${undefined}${false}${0}</p>`.html).toBe(
      '<p>&lt;script&gt;<br>a&lt;b&gt;0</p>',
    );
  });

  it('links relative to the page, each segment encoded', () => {
    expect(rootOf('index.html')).toBe('');
    expect(rootOf('records/2025/x.html')).toBe('../../');
    expect(href('records/2025/x.html', 'files/2025/公示 栏#1.jpg')).toBe('../../files/2025/%E5%85%AC%E7%A4%BA%20%E6%A0%8F%231.jpg');
    expect(href('columns/fees.html', 'index.html')).toBe('../index.html');
  });

  it('writes dates from the string alone, in either language', () => {
    expect(humanDate(makeRenderContext({ lang: 'zh-CN', color: false }), '2025-09-01')).toBe('2025年9月1日');
    expect(humanDate(makeRenderContext({ lang: 'en', color: false }), '2025-09-01')).toBe('1 September 2025');
  });
});

describe('atomTime', () => {
  it('gives RFC 3339 instants that no time zone shifts', () => {
    expect(atomTime('2025-09-01')).toBe('2025-09-01T00:00:00Z');
    expect(atomTime('2025-09-01T08:30')).toBe('2025-09-01T08:30:00Z');
    expect(atomTime('2025-09-01 08:30:15')).toBe('2025-09-01T08:30:15Z');
    expect(atomTime('2025-09-01T08:30:00+08:00')).toBe('2025-09-01T08:30:00+08:00');
  });
});
