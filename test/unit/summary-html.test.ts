import { describe, expect, it } from 'vitest';
import { parseMarkdownBlocks } from '../../src/render/markdown-blocks.js';
import { blocksAsHtml, pageFooterCss } from '../../src/render/summary-html.js';

describe('blocksAsHtml', () => {
  it('escapes what records say, so a title cannot inject markup', () => {
    const html = blocksAsHtml(
      parseMarkdownBlocks('| 公开事项 |\n| --- |\n| <script>alert(1)</script> |\n\n段落 <img src=x onerror=alert(1)> **粗体**\n'),
      {},
    );
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<strong>粗体</strong>');
  });

  it('places a chart where the template marks it, and drops an unknown one', () => {
    const html = blocksAsHtml(parseMarkdownBlocks('<!-- chart:by-month 各月 -->\n\n<!-- chart:nope x -->\n'), {
      'by-month': (title) => `<svg>${title}</svg>`,
    });
    expect(html).toBe('<figure data-chart="by-month">\n<svg>各月</svg>\n<figcaption>各月</figcaption>\n</figure>');
  });

  it('right-aligns the signature and keeps its line break', () => {
    expect(blocksAsHtml(parseMarkdownBlocks('<!-- right -->\n测试小学\\\n2026年3月1日\n'), {})).toBe(
      '<p class="right">测试小学<br>2026年3月1日</p>',
    );
  });
});

it('writes the print footer as CSS counters in each language', () => {
  expect(pageFooterCss('zh-CN')).toBe('"第 " counter(page) " 页，共 " counter(pages) " 页"');
  expect(pageFooterCss('en')).toBe('"Page " counter(page) " of " counter(pages)');
});
