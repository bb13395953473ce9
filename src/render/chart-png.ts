/**
 * The summary's SVG charts as PNG images for Word, drawn by @resvg/resvg-js (a maintained Rust SVG
 * renderer with prebuilt binaries; loaded only when a .docx is made). Chinese labels need a CJK font:
 * the chart names the usual ones of each system and resvg picks the first it finds on the machine.
 */
import { createRequire } from 'node:module';
import { seaNativeAddon } from '../archive/native-addon.js';

const FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'SimHei', 'WenQuanYi Micro Hei', sans-serif";

type ResvgModule = Pick<typeof import('@resvg/resvg-js'), 'Resvg'>;
let loaded: ResvgModule | null | undefined;

/**
 * resvg-js is a native addon, required (not imported) so the bundle leaves it to Node. The standalone
 * executables (docs/dist.md) carry its binary for their platform as an asset (archive/native-addon.ts);
 * where neither loads it is null, and the Word summary says where the charts are instead of failing.
 */
function loadResvg(): ResvgModule | null {
  if (loaded === undefined) {
    try {
      loaded = createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
    } catch {
      loaded = fromExecutable();
    }
  }
  return loaded;
}

/** The binding inside the executable, wrapped as resvg-js's own index.js wraps it (options as JSON). */
function fromExecutable(): ResvgModule | null {
  try {
    const binding = seaNativeAddon('resvgjs') as { Resvg: new (svg: string, options?: string) => object } | undefined;
    if (!binding) return null;
    const Native = binding.Resvg;
    return {
      Resvg: class extends Native {
        constructor(svg: string, options?: object) {
          super(svg, JSON.stringify(options));
        }
      },
    } as unknown as ResvgModule;
  } catch {
    return null;
  }
}

/**
 * Renders `svg` at twice `widthPx` (sharp when printed) and gives the size to show it at, in pixels;
 * undefined when no SVG renderer can be loaded here.
 */
export function svgToPng(svg: string, widthPx: number): { png: Uint8Array; width: number; height: number } | undefined {
  const lib = loadResvg();
  if (!lib) return undefined;
  const { Resvg } = lib;
  const withFont = svg.replace(/^<svg\b/, `<svg font-family="${FONTS}"`);
  const resvg = new Resvg(withFont, {
    fitTo: { mode: 'width', value: widthPx * 2 },
    font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' },
    background: '#ffffff',
  });
  const image = resvg.render();
  const png = new Uint8Array(image.asPng());
  const width = Math.min(widthPx, Math.round(image.width / 2));
  return { png, width, height: Math.round((image.height / image.width) * width) };
}
