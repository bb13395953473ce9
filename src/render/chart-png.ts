/**
 * The summary's SVG charts as PNG images for Word, drawn by @resvg/resvg-js (a maintained Rust SVG
 * renderer with prebuilt binaries; loaded only when a .docx is made). Chinese labels need a CJK font:
 * the chart names the usual ones of each system and resvg picks the first it finds on the machine.
 */
import { createRequire } from 'node:module';

const FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'SimHei', 'WenQuanYi Micro Hei', sans-serif";

/** Renders `svg` at twice `widthPx` (sharp when printed) and gives the size to show it at, in pixels. */
export function svgToPng(svg: string, widthPx: number): { png: Uint8Array; width: number; height: number } {
  // resvg-js is a native addon, required (not imported) so the bundle leaves it to Node.
  const { Resvg } = createRequire(import.meta.url)('@resvg/resvg-js') as typeof import('@resvg/resvg-js');
  const withFont = svg.replace(/^<svg\b/, `<svg font-family="${FONTS}"`);
  const resvg = new Resvg(withFont, { fitTo: { mode: 'width', value: widthPx * 2 }, font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' }, background: '#ffffff' });
  const image = resvg.render();
  const png = new Uint8Array(image.asPng());
  const width = Math.min(widthPx, Math.round(image.width / 2));
  return { png, width, height: Math.round((image.height / image.width) * width) };
}
