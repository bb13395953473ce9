/**
 * What write-excel-file does not write itself, added through its documented "features" hook (a
 * transform of the sheet and workbook XML): fit to one page wide, repeated header rows (print titles),
 * an auto-filter over the table, page numbers in the footer, narrow margins, hidden columns. Elements
 * are inserted in the order ECMA-376 requires, or Excel reports the file as damaged.
 */

/** Per-sheet print settings, passed in the sheet's options as `print`. */
export interface PrintLayout {
  /** 1-based row of the table's header: repeated on every printed page, the filter starts there. */
  headerRow: number;
  lastRow: number;
  columns: number;
  /** Footer text in Excel's codes (`&P` page, `&N` pages). */
  footer: string;
  /** 0-based columns hidden by default. */
  hidden: number[];
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A1-style column letters of a 0-based column. */
export function columnLetters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

type SheetOpts = { sheet?: string; print?: PrintLayout };

/** The sheet XML with the print layout added. */
export function addPrintLayout(xml: string, p: PrintLayout): string {
  const ref = `A${p.headerRow}:${columnLetters(p.columns - 1)}${Math.max(p.lastRow, p.headerRow)}`;
  let out = xml.replace(/(<worksheet\b[^>]*>)/, '$1<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  // autoFilter comes right after sheetData (before mergeCells); printOptions before pageMargins.
  out = out.replace('</sheetData>', `</sheetData><autoFilter ref="${ref}"/>`);
  out = out.replace(
    /<pageMargins\b[^>]*\/>/,
    '<printOptions horizontalCentered="1"/><pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>',
  );
  const setup = '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>';
  out = /<pageSetup\b[^>]*\/>/.test(out) ? out.replace(/<pageSetup\b[^>]*\/>/, setup) : out.replace('</worksheet>', `${setup}</worksheet>`);
  return out.replace(setup, `${setup}<headerFooter><oddFooter>${esc(`&C${p.footer}`)}</oddFooter></headerFooter>`);
}

/** The workbook's defined names: print titles and the filter range of each laid-out sheet. */
export function printNames(sheets: readonly SheetOpts[]): string {
  const names: string[] = [];
  sheets.forEach((s, i) => {
    if (!s.print || !s.sheet) return;
    const p = s.print;
    const q = quoteSheet(s.sheet);
    names.push(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${esc(`${q}!$A$${p.headerRow}:$${columnLetters(p.columns - 1)}$${Math.max(p.lastRow, p.headerRow)}`)}</definedName>`,
    );
    names.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${esc(`${q}!$${p.headerRow}:$${p.headerRow}`)}</definedName>`);
  });
  return names.length ? `<definedNames>${names.join('')}</definedNames>` : '<definedNames/>';
}

/** The write-excel-file feature that applies `print` of each sheet's options. */
export const printLayoutFeature = {
  files: {
    transform: {
      'xl/worksheets/sheet{id}.xml': {
        transform: (xml: string, options: SheetOpts) => (options.print ? addPrintLayout(xml, options.print) : xml),
        transformElementAttributes: (tag: string, attrs: Record<string, string | number>, index: number | undefined, options: SheetOpts) =>
          tag === 'col' && index !== undefined && options.print?.hidden.includes(index) ? { ...attrs, hidden: 1 } : attrs,
      },
      'xl/workbook.xml': {
        transform: (xml: string, sheets: SheetOpts[]) =>
          xml.replace(/<definedNames\s*\/>|<definedNames>[\s\S]*?<\/definedNames>/, printNames(sheets)),
      },
    },
  },
};
