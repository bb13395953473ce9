/**
 * The summary's wording: Liquid templates under `templates/summary/<lang>/`, rendered with liquidjs
 * (safe: templates cannot run code; loaded only when a summary is made). An archive may hold its own
 * copy under `<archive>/templates/summary/<lang>/`, which wins, so a school changes the wording in its
 * archive and keeps it across upgrades. Filters format dates, months, periods, money and percentages
 * the way each language writes them.
 */
import { join } from 'node:path';
import type { Lang } from '../i18n/index.js';
import { ratePercent } from './percent.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { templatePath } from '../model/package-paths.js';
import { existingDirs, templateFileWithSource } from '../archive/template-files.js';
import { escapeMarkdownOutput } from './markdown-safe.js';
import { templateFs } from '../archive/template-fs.js';
import { defaultTermName, isSchoolYearId, isTermId } from '../model/terms.js';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Which document's templates: the term summary, or the annual report (which shares the summary's page). */
export type TemplateKind = 'summary' | 'report';

/** The folders a template is looked up in, the archive's own first. */
export function summaryTemplateRoots(lang: Lang, archiveRoot?: string, kind: TemplateKind = 'summary'): string[] {
  const own = archiveRoot ? [join(archiveRoot, 'templates', kind, lang), join(archiveRoot, 'templates', kind)] : [];
  const shared = kind === 'summary' ? [] : [templatePath('summary')];
  return [...existingDirs(own), templatePath(join(kind, lang)), templatePath(kind), ...shared];
}

/** Formatting used by the templates, per language. Exported for tests and the other renderers. */
export function summaryFormatters(lang: Lang) {
  const zh = lang === 'zh-CN';
  const parts = (d: string) => [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))] as const;
  const day = (d: string) => {
    if (!/^\d{4}-\d{2}-\d{2}/.test(String(d ?? ''))) return String(d ?? '');
    const [y, m, dd] = parts(String(d));
    return zh ? `${y}年${m}月${dd}日` : `${dd} ${MONTHS_EN[m - 1]} ${y}`;
  };
  const month = (d: string) => {
    const [y, m] = parts(String(d));
    return zh ? `${y}年${m}月` : `${MONTHS_EN[m - 1]} ${y}`;
  };
  const shortMonth = (d: string) => (zh ? `${Number(String(d).slice(5, 7))}月` : MONTHS_EN[Number(String(d).slice(5, 7)) - 1]!);
  const period = (p: string) => {
    if (isTermId(p)) return defaultTermName(p, lang);
    if (isSchoolYearId(p)) return zh ? `${p.slice(0, 4)}—${p.slice(5)}学年` : `school year ${p.slice(0, 4)}–${p.slice(5)}`;
    return /^\d{4}-\d{2}$/.test(p) ? month(p) : p;
  };
  const percent = (x: number) => `${ratePercent(x)}%`;
  const money = (x: number) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(Number(x));
  /**
   * A list in running text: 甲、乙、丙 in Chinese (a name that itself holds 、 is quoted, so the reader
   * sees where it ends), "a, b and c" in English.
   */
  const series = (xs: unknown[]) => {
    if (!Array.isArray(xs)) return String(xs ?? '');
    // "Parents and the public": a label read mid-sentence loses its capital The (render/context.ts).
    const items = xs.map((x, i) => (i > 0 ? String(x).replace(/^The /, 'the ') : String(x)));
    if (zh) return items.map((x) => (x.includes('、') ? `“${x}”` : x)).join('、');
    // Names that hold "and" themselves ("Income and spending") are set apart with semicolons.
    if (items.some((x) => / and /.test(x))) return items.join('; ');
    return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
  };
  /** A Markdown table cell: pipes escaped, line breaks as spaces. */
  const cell = (s: unknown) =>
    String(s ?? '')
      .replaceAll('|', '\\|')
      .replace(/\s*\r?\n\s*/g, ' ');
  return { day, month, short_month: shortMonth, period, percent, money, series, cell };
}

/** A Liquid engine for one language; every output is escaped (HTML, or Markdown) unless marked `| raw`. */
export async function summaryEngine(lang: Lang, opts: { archiveRoot?: string; html?: boolean; kind?: TemplateKind } = {}) {
  const mod = await import('liquidjs');
  // The bundle takes liquidjs's CommonJS build (esbuild prefers `main` on node), seen through `default`.
  const Liquid = mod.Liquid ?? (mod as unknown as { default: typeof mod }).default.Liquid;
  const roots = summaryTemplateRoots(lang, opts.archiveRoot, opts.kind);
  const engine = new Liquid({
    root: roots,
    partials: roots,
    extname: '.liquid',
    fs: templateFs,
    strictFilters: true,
    strictVariables: true,
    ownPropertyOnly: true,
    // HTML escapes every output; Markdown keeps record text as text (no <script>, no javascript: link).
    outputEscape: opts.html ? ('escape' as const) : escapeMarkdownOutput,
  });
  for (const [name, fn] of Object.entries(summaryFormatters(lang))) engine.registerFilter(name, fn as (...args: unknown[]) => unknown);
  return engine;
}

/** Renders a template file; a template error stops with the file and Liquid's own line and column. */
export async function renderSummaryTemplate(
  lang: Lang,
  file: string,
  scope: object,
  opts: { archiveRoot?: string; html?: boolean; kind?: TemplateKind } = {},
): Promise<string> {
  const engine = await summaryEngine(lang, opts);
  try {
    return await engine.renderFile(file, scope);
  } catch (e) {
    const detail = (e as Error).message.split('\n')[0] ?? String(e);
    const source = (e as { token?: { input?: string } }).token?.input;
    const name =
      (source !== undefined && templateFileWithSource(summaryTemplateRoots(lang, opts.archiveRoot, opts.kind), source)) ||
      (file.endsWith('.liquid') ? file : `${file}.liquid`);
    throw new XwgkError(EXIT.usage, { key: 'err.summary-template', params: { file: name, detail } }, { key: 'hint.summary-template' });
  }
}
