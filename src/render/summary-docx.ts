/**
 * The term summary as a Word document (.docx) that opens in Word and WPS: built from the blocks of the
 * Markdown document with the `docx` package, loaded only here. A4, 宋体 body and 黑体 headings (Latin
 * text in Times New Roman / Arial), the title on two lines (the school; the term and the document's
 * name), tables whose header repeats, whose rows never split and whose last row is never left alone on
 * a page, the lead-in sentence kept with its table or chart, the signature block after the body and the
 * appendix in a landscape section of its own (its wide tables read), "第 X 页，共 Y 页" in the footer. The charts are the HTML's SVG charts as
 * PNG images (chart-png.ts, @resvg/resvg-js, loaded only for Word).
 */
import { t, type Lang } from '../i18n/index.js';
import { displayWidth } from './grid.js';
import { inlineText, parseMarkdownBlocks, type Align, type Block, type Inline } from './markdown-blocks.js';

export const DOCX_FONTS = { body: '宋体', heading: '黑体', latinBody: 'Times New Roman', latinHeading: 'Arial' } as const;

/** Half-points (Word's unit for font size): 小二 18pt, 四号 14pt, 小四 12pt, 五号 10.5pt. */
const SIZE = { title: 36, h2: 28, h3: 24, body: 24, table: 21, footer: 18 };
/** A4 in twentieths of a point, with 2.5 cm / 2.2 cm margins. */
const PAGE = { width: 11906, height: 16838, top: 1418, bottom: 1418, left: 1247, right: 1247 };
/** About one display column (half a Chinese character) of 10.5pt table text, in twips. */
const TWIPS_PER_COLUMN = 110;
/** Columns at most this wide (an id, a date, a name) are never squeezed. */
const SHORT_COLUMN = 14;

/**
 * Column widths in twips. When everything fits, in proportion to each column's widest text; otherwise
 * short columns (ids, dates, names) keep their width and the long ones share what is left, so titles
 * wrap rather than ids.
 */
export function tableColumnWidths(
  headers: readonly string[],
  rows: readonly string[][],
  total = PAGE.width - PAGE.left - PAGE.right,
): number[] {
  // A column of dates or ids gets a little slack: the cell's margins and a substituted font's wider digits.
  const tokens = headers.map((_, i) => rows.length > 0 && rows.every((r) => DATE_OR_ID.test(r[i] ?? '')));
  const natural = headers.map((h, i) => Math.max(headerWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))) + (tokens[i] ? 3 : 2));
  const budget = total / TWIPS_PER_COLUMN;
  const sum = natural.reduce((a, b) => a + b, 0);
  let widths = natural;
  if (sum > budget) {
    const short = (w: number, i: number) => w <= SHORT_COLUMN || tokens[i]!;
    const fixed = natural.filter(short).reduce((a, b) => a + b, 0);
    const room = budget - fixed;
    if (room > 0) widths = natural.map((w, i) => (short(w, i) ? w : (w / (sum - fixed)) * room));
  }
  const scale = total / widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => Math.floor(w * scale));
}

/**
 * The narrowest a column may be for its header: its longest word, whose letters are bold and so about a
 * tenth wider than body text, so that an English header (Research) wraps between words, never inside
 * one. The whole header still counts for the natural width. Chinese characters keep two columns.
 */
function headerWidth(h: string): number {
  const word = (w: string) => {
    const cjk = displayWidth(w) - [...w].length;
    return Math.ceil(cjk * 2 + ([...w].length - cjk) * 1.1);
  };
  return Math.max(displayWidth(h), ...h.split(/[\s-]+/).map(word));
}

/** An id (20260210-001), a date in any of our styles, or nothing: text that must not wrap. */
const DATE_OR_ID = /^$|^\d{8}-\d{3,}$|^\d{4}-\d{2}-\d{2}$|^\d{4}年\d{1,2}月\d{1,2}日$|^\d{1,2} [A-Z][a-z]{2} \d{4}$/;

export interface DocxMeta {
  school: string;
  title: string;
  lang: Lang;
  /** The charts by name, as SVG (the HTML's); without them a chart placeholder is left out. */
  charts?: Record<string, (title: string) => string>;
}

/** The title split after the school's name, so no line holds a lone character: [school, rest]. */
export function titleLines(title: string, school: string): string[] {
  if (!school || !title.startsWith(school) || title.length === school.length) return [title];
  return [title.slice(0, school.length).replace(/[:：]\s*$/, ''), title.slice(school.length).replace(/^[:：]\s*/, '')];
}

/** Largest width of a chart in the Word page, in pixels at 96 dpi (16 cm). */
const CHART_WIDTH_PX = 605;

export async function renderSummaryAsDocx(markdown: string, meta: DocxMeta): Promise<Uint8Array> {
  const d = await import('docx');
  const { svgToPng } = await import('./chart-png.js');
  const bodyFont = { ascii: DOCX_FONTS.latinBody, hAnsi: DOCX_FONTS.latinBody, eastAsia: DOCX_FONTS.body, cs: DOCX_FONTS.latinBody };
  const headingFont = {
    ascii: DOCX_FONTS.latinHeading,
    hAnsi: DOCX_FONTS.latinHeading,
    eastAsia: DOCX_FONTS.heading,
    cs: DOCX_FONTS.latinHeading,
  };
  const align = (a: Align | undefined) =>
    a === 'right' ? d.AlignmentType.RIGHT : a === 'center' ? d.AlignmentType.CENTER : d.AlignmentType.LEFT;
  const runs = (inl: readonly Inline[], extra: { size?: number; font?: typeof bodyFont } = {}) =>
    inl.map(
      (r) =>
        new d.TextRun({
          text: r.text,
          bold: r.bold ?? false,
          ...(extra.size ? { size: extra.size } : {}),
          ...(extra.font ? { font: extra.font } : {}),
        }),
    );
  const zh = meta.lang === 'zh-CN';
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: '808080' };
  const borders = { top: border, bottom: border, left: border, right: border };

  const cell = (text: string, a: Align | undefined, header: boolean, keepNext: boolean) =>
    new d.TableCell({
      borders,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(header ? { shading: { type: d.ShadingType.CLEAR, fill: 'EEF1F5', color: 'auto' } } : {}),
      children: [
        new d.Paragraph({
          alignment: align(a),
          keepNext,
          spacing: { line: 276 },
          children: [new d.TextRun({ text, size: SIZE.table, bold: header, ...(header ? { font: headingFont } : {}) })],
        }),
      ],
    });

  const blocks = parseMarkdownBlocks(markdown) as Block[];
  type Child = InstanceType<typeof d.Paragraph> | InstanceType<typeof d.Table>;
  const body: Child[] = [];
  /** After the signature block, the appendix: a section of its own, landscape, so its wide tables read. */
  const appendix: Child[] = [];
  let children = body;
  let signed = false;
  const textWidth = () => (children === appendix ? PAGE.height : PAGE.width) - PAGE.left - PAGE.right;
  for (const [i, b] of blocks.entries()) {
    const next = blocks[i + 1];
    // A sentence that leads into a table, chart or list stays on its page.
    const leadsIn = next !== undefined && (next.kind === 'table' || next.kind === 'chart' || next.kind === 'list');
    if (b.kind === 'heading') {
      const level = b.level === 1 ? d.HeadingLevel.TITLE : b.level === 2 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2;
      const text = b.level === 1 ? titleLines(inlineText(b.text), meta.school) : undefined;
      const content = text
        ? text.flatMap((line, n) => [...(n > 0 ? [new d.TextRun({ text: '', break: 1 })] : []), new d.TextRun(line)])
        : runs(b.text);
      if (signed && b.level === 2) {
        children = appendix;
        signed = false;
      }
      children.push(new d.Paragraph({ heading: level, children: content }));
    } else if (b.kind === 'paragraph') {
      const right = b.align === 'right';
      children.push(
        new d.Paragraph({
          alignment: right ? d.AlignmentType.RIGHT : d.AlignmentType.JUSTIFIED,
          keepNext: leadsIn,
          ...(zh && !right ? { indent: { firstLineChars: 200, firstLine: 480 } } : {}),
          // The signature block: well below the body, its lines kept together, wide spacing for the stamp.
          ...(right ? { spacing: { before: 720, line: 480 }, keepLines: true } : {}),
          children: b.lines.flatMap((line, n) => [...(n > 0 ? [new d.TextRun({ text: '', break: 1 })] : []), ...runs(line)]),
        }),
      );
      if (right) signed = true;
    } else if (b.kind === 'list') {
      b.items.forEach((item, n) =>
        children.push(
          new d.Paragraph({
            indent: { left: 480, hanging: 360 },
            keepNext: leadsIn && n === b.items.length - 1,
            children: [new d.TextRun(b.ordered ? `${n + 1}.\u00a0` : '•\u00a0'), ...runs(item)],
          }),
        ),
      );
    } else if (b.kind === 'table') {
      const last = b.rows.length - 1;
      children.push(
        new d.Table({
          width: { size: textWidth(), type: d.WidthType.DXA },
          columnWidths: tableColumnWidths(b.headers, b.rows, textWidth()),
          layout: d.TableLayoutType.FIXED,
          rows: [
            new d.TableRow({ tableHeader: true, cantSplit: true, children: b.headers.map((h, c) => cell(h, b.align[c], true, true)) }),
            // The first row stays with the header, the last with the row before it: no row alone on a page.
            ...b.rows.map(
              (r, n) =>
                new d.TableRow({
                  cantSplit: true,
                  children: b.headers.map((_, c) => cell(r[c] ?? '', b.align[c], false, n === 0 || n === last - 1)),
                }),
            ),
          ],
        }),
        new d.Paragraph({ children: [] }),
      );
    } else if (b.kind === 'chart') {
      const draw = meta.charts?.[b.name];
      if (!draw) continue;
      const image = svgToPng(draw(b.title), CHART_WIDTH_PX);
      if (!image) {
        children.push(
          new d.Paragraph({
            alignment: d.AlignmentType.CENTER,
            spacing: { after: 200 },
            children: [
              new d.TextRun({ text: `${b.title}${t(meta.lang, 'summary.chart-unavailable')}`, size: SIZE.table, font: headingFont }),
            ],
          }),
        );
        continue;
      }
      const { png, width, height } = image;
      children.push(
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          keepNext: true,
          spacing: { line: 240, lineRule: d.LineRuleType.AUTO, before: 120 },
          children: [
            new d.ImageRun({
              type: 'png',
              data: png,
              transformation: { width, height },
              altText: { name: b.name, title: b.title, description: b.title },
            }),
          ],
        }),
        new d.Paragraph({
          alignment: d.AlignmentType.CENTER,
          spacing: { after: 200 },
          children: [new d.TextRun({ text: b.title, size: SIZE.table, font: headingFont })],
        }),
      );
    }
  }

  // "第 {page} 页，共 {pages} 页" → text runs around Word's page fields.
  const footerParts = t(meta.lang, 'summary.page', { page: '\u0000CURRENT\u0000', pages: '\u0000TOTAL_PAGES\u0000' })
    .split('\u0000')
    .filter(Boolean);
  const footerChildren = footerParts.map((p) =>
    p === 'CURRENT' ? d.PageNumber.CURRENT : p === 'TOTAL_PAGES' ? d.PageNumber.TOTAL_PAGES : p,
  );

  const margin = { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right };
  const footer = () =>
    new d.Footer({
      children: [
        new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: footerChildren, size: SIZE.footer })] }),
      ],
    });
  const doc = new d.Document({
    creator: meta.school,
    title: meta.title,
    styles: {
      default: {
        document: { run: { font: bodyFont, size: SIZE.body }, paragraph: { spacing: { line: 360, after: 60 } } },
        title: {
          run: { font: headingFont, size: SIZE.title, bold: true, color: '000000' },
          paragraph: { alignment: d.AlignmentType.CENTER, spacing: { before: 240, after: 360 } },
        },
        heading1: {
          run: { font: headingFont, size: SIZE.h2, bold: true, color: '000000' },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: headingFont, size: SIZE.h3, bold: true, color: '000000' },
          paragraph: { spacing: { before: 180, after: 80 }, keepNext: true },
        },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin } },
        footers: { default: footer() },
        children: body,
      },
      ...(appendix.length
        ? [
            {
              properties: { page: { size: { width: PAGE.width, height: PAGE.height, orientation: d.PageOrientation.LANDSCAPE }, margin } },
              footers: { default: footer() },
              children: appendix,
            },
          ]
        : []),
    ],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}
