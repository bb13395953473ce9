/**
 * Small inline SVG charts for the printed summary: columns per month, bars per category, and the
 * completeness matrix (categories × months). Plain strings with no dependency, sized by a viewBox so
 * they scale to the page; every text is XML-escaped. Each bar is a `rect.bar` and each matrix cell a
 * `rect.cell`, so tests (and people) can count them.
 */
import { displayWidth } from './grid.js';

export interface Bar {
  label: string;
  value: number;
}

export type MatrixStatus = 'met' | 'missing' | 'pending' | 'none';

export interface ChartOptions {
  /** A short id, written as `data-chart`. */
  name: string;
  title: string;
}

const FONT = 12;
/** Pixels per display column (a Chinese character is two columns). */
const PX_PER_COLUMN = FONT * 0.55;
const COLORS = {
  bar: '#3b6ea5',
  axis: '#666',
  grid: '#ddd',
  text: '#222',
  met: '#2e7d32',
  missing: '#c62828',
  pending: '#9e9e9e',
  none: '#f2f2f2',
};

export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A round upper bound and step for a count axis: 0–1–2… for small counts, 1-2-5 steps beyond. */
export function niceScale(max: number, ticks = 5): { top: number; step: number } {
  if (max <= 0) return { top: 1, step: 1 };
  const raw = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? 10 * pow);
  return { top: Math.ceil(max / step) * step, step };
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

function svg(opts: ChartOptions, width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="${escapeXml(opts.name)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(opts.title)}" font-size="${FONT}">`,
    `<title>${escapeXml(opts.title)}</title>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** Vertical columns, one per bar (months along the bottom). */
export function columnChart(bars: readonly Bar[], opts: ChartOptions & { width?: number; height?: number }): string {
  const width = opts.width ?? 640,
    height = opts.height ?? 220;
  const left = 36,
    right = 8,
    top = 16,
    bottom = 28;
  const plotW = width - left - right,
    plotH = height - top - bottom;
  const { top: maxV, step } = niceScale(Math.max(0, ...bars.map((b) => b.value)));
  const slot = plotW / Math.max(1, bars.length);
  const barW = Math.min(48, slot * 0.6);
  const y = (v: number) => top + plotH - (v / maxV) * plotH;
  const body: string[] = [];
  for (let v = 0; v <= maxV; v += step) {
    body.push(
      `<line x1="${left}" x2="${width - right}" y1="${fmt(y(v))}" y2="${fmt(y(v))}" stroke="${v === 0 ? COLORS.axis : COLORS.grid}"/>`,
    );
    body.push(`<text x="${left - 6}" y="${fmt(y(v) + 4)}" text-anchor="end" fill="${COLORS.axis}">${v}</text>`);
  }
  bars.forEach((b, i) => {
    const x = left + slot * i + (slot - barW) / 2;
    const h = (b.value / maxV) * plotH;
    body.push(
      `<rect class="bar" x="${fmt(x)}" y="${fmt(y(b.value))}" width="${fmt(barW)}" height="${fmt(h)}" fill="${COLORS.bar}"><title>${escapeXml(`${b.label}: ${b.value}`)}</title></rect>`,
    );
    if (b.value > 0)
      body.push(`<text x="${fmt(x + barW / 2)}" y="${fmt(y(b.value) - 4)}" text-anchor="middle" fill="${COLORS.text}">${b.value}</text>`);
    body.push(
      `<text x="${fmt(x + barW / 2)}" y="${height - bottom + 16}" text-anchor="middle" fill="${COLORS.text}">${escapeXml(b.label)}</text>`,
    );
  });
  return svg(opts, width, height, body);
}

/** Horizontal bars, one per bar (categories down the side). */
export function barChart(bars: readonly Bar[], opts: ChartOptions & { width?: number }): string {
  const width = opts.width ?? 640,
    rowH = 24,
    top = 8,
    bottom = 8;
  const labelW = Math.min(260, Math.max(40, ...bars.map((b) => displayWidth(b.label) * PX_PER_COLUMN)) + 10);
  const plotW = width - labelW - 40;
  const height = top + bottom + rowH * Math.max(1, bars.length);
  const { top: maxV } = niceScale(Math.max(0, ...bars.map((b) => b.value)));
  const body: string[] = [`<line x1="${fmt(labelW)}" x2="${fmt(labelW)}" y1="${top}" y2="${height - bottom}" stroke="${COLORS.axis}"/>`];
  bars.forEach((b, i) => {
    const y = top + i * rowH;
    const w = (b.value / maxV) * plotW;
    body.push(`<text x="${fmt(labelW - 6)}" y="${y + rowH / 2 + 4}" text-anchor="end" fill="${COLORS.text}">${escapeXml(b.label)}</text>`);
    body.push(
      `<rect class="bar" x="${fmt(labelW)}" y="${y + 4}" width="${fmt(w)}" height="${rowH - 8}" fill="${COLORS.bar}"><title>${escapeXml(`${b.label}: ${b.value}`)}</title></rect>`,
    );
    body.push(`<text x="${fmt(labelW + w + 4)}" y="${y + rowH / 2 + 4}" fill="${COLORS.text}">${b.value}</text>`);
  });
  return svg(opts, width, height, body);
}

export interface MatrixData {
  columns: readonly string[];
  rows: readonly { label: string; cells: readonly MatrixStatus[] }[];
  /** Legend text for each status shown (none has no legend). */
  legend: Record<Exclude<MatrixStatus, 'none'>, string>;
}

const SYMBOL: Record<MatrixStatus, string> = { met: '✓', missing: '✗', pending: '·', none: '' };

/** The completeness matrix: a coloured cell per category and month, with a legend below. */
export function matrixChart(m: MatrixData, opts: ChartOptions & { width?: number }): string {
  const width = opts.width ?? 640,
    rowH = 24,
    headH = 22,
    legendH = 28;
  const labelW = Math.min(260, Math.max(40, ...m.rows.map((r) => displayWidth(r.label) * PX_PER_COLUMN)) + 10);
  const cellW = Math.min(60, (width - labelW - 8) / Math.max(1, m.columns.length));
  const height = headH + rowH * m.rows.length + legendH;
  const body: string[] = [];
  m.columns.forEach((c, j) =>
    body.push(`<text x="${fmt(labelW + cellW * j + cellW / 2)}" y="15" text-anchor="middle" fill="${COLORS.text}">${escapeXml(c)}</text>`),
  );
  m.rows.forEach((r, i) => {
    const y = headH + i * rowH;
    body.push(`<text x="${fmt(labelW - 6)}" y="${y + rowH / 2 + 4}" text-anchor="end" fill="${COLORS.text}">${escapeXml(r.label)}</text>`);
    r.cells.forEach((status, j) => {
      const x = labelW + cellW * j;
      body.push(
        `<rect class="cell cell-${status}" x="${fmt(x + 1)}" y="${y + 1}" width="${fmt(cellW - 2)}" height="${rowH - 2}" fill="${COLORS[status]}"><title>${escapeXml(`${r.label} ${m.columns[j] ?? ''}`)}</title></rect>`,
      );
      if (SYMBOL[status])
        body.push(`<text x="${fmt(x + cellW / 2)}" y="${y + rowH / 2 + 4}" text-anchor="middle" fill="#fff">${SYMBOL[status]}</text>`);
    });
  });
  let lx = labelW;
  const ly = headH + rowH * m.rows.length + 10;
  for (const status of ['met', 'missing', 'pending'] as const) {
    body.push(`<rect class="legend" x="${fmt(lx)}" y="${ly}" width="12" height="12" fill="${COLORS[status]}"/>`);
    body.push(`<text x="${fmt(lx + 16)}" y="${ly + 10}" fill="${COLORS.text}">${escapeXml(m.legend[status])}</text>`);
    lx += 16 + displayWidth(m.legend[status]) * PX_PER_COLUMN + 18;
  }
  return svg(opts, width, height, body);
}
