import { describe, expect, it } from 'vitest';
import { barChart, columnChart, escapeXml, matrixChart, niceScale } from '../../src/render/svg-charts.js';

const attr = (svg: string, sel: RegExp) => [...svg.matchAll(sel)].map((m) => m.slice(1));
const bars = (svg: string) =>
  attr(svg, /<rect class="bar" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/g).map((a) => a.map(Number));

describe('niceScale', () => {
  it.each([
    [0, 1, 1],
    [1, 1, 1],
    [3, 3, 1],
    [5, 5, 1],
    [7, 8, 2],
    [12, 15, 5],
    [96, 100, 20],
    [1280, 1500, 500],
  ])('max %d → top %d, step %d', (max, top, step) => {
    expect(niceScale(max)).toEqual({ top, step });
  });
});

describe('columnChart', () => {
  const svg = columnChart(
    [
      { label: '9月', value: 1 },
      { label: '10月', value: 0 },
      { label: '11月', value: 4 },
    ],
    { name: 'by-month', title: '各月' },
  );

  it('draws one rect.bar per value, zero included, heights in proportion', () => {
    const b = bars(svg);
    expect(b).toHaveLength(3);
    expect(b[1]![3]).toBe(0);
    expect(b[2]![3]! / b[0]![3]!).toBeCloseTo(4, 5);
    // Every bar stands on the same baseline.
    expect(new Set(b.map(([, y, , h]) => Math.round((y! + h!) * 10)))).toHaveProperty('size', 1);
  });

  it('is a titled, self-describing SVG', () => {
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart" data-chart="by-month" viewBox="0 0 640 220"/);
    expect(svg).toContain('<title>各月</title>');
    expect(svg).toContain('>11月</text>');
  });
});

describe('barChart', () => {
  it('draws one horizontal bar per category, widths in proportion, labels escaped', () => {
    const svg = barChart(
      [
        { label: '财务收支', value: 3 },
        { label: 'R&D <x>', value: 1 },
      ],
      { name: 'by-category', title: 'A "title"' },
    );
    const b = bars(svg);
    expect(b).toHaveLength(2);
    expect(b[0]![2]! / b[1]![2]!).toBeCloseTo(3, 2);
    expect(svg).toContain('R&amp;D &lt;x&gt;');
    expect(svg).toContain('aria-label="A &quot;title&quot;"');
    expect(svg).not.toContain('<x>');
  });
});

describe('matrixChart', () => {
  it('draws a cell per category and month, coloured by status, with a legend', () => {
    const svg = matrixChart(
      {
        columns: ['9月', '10月'],
        rows: [
          { label: '财务收支', cells: ['met', 'missing'] },
          { label: '收费', cells: ['pending', 'none'] },
        ],
        legend: { met: '已公开', missing: '缺', pending: '未到期' },
      },
      { name: 'matrix', title: 'm' },
    );
    expect(attr(svg, /<rect class="cell cell-(\w+)"/g).flat()).toEqual(['met', 'missing', 'pending', 'none']);
    expect(svg.match(/class="legend"/g)).toHaveLength(3);
    expect(svg).toContain('>已公开</text>');
  });
});

it('escapeXml escapes the five XML characters', () => {
  expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
});
