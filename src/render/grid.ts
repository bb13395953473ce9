/** A grid of text (headers and rows) as a terminal table, CSV or a Markdown table. */
import Table from 'cli-table3';
import { escapeMarkdownText } from './markdown-safe.js';
import { drawPlainTable } from './plain-table.js';
import { displayWidth, neutralizeControls, tableCell } from './width.js';

/** Text in rows under headers: what the table, CSV and Markdown renderers take. */
export interface Grid {
  headers: string[];
  rows: string[][];
}

export function renderGridAsTable(input: Grid, opts: { maxWidth?: number } = {}): string {
  // Cells are cut and neutralised first: cli-table3's wrapping is quadratic in a cell's length, and an
  // escape sequence in a title would reach the reader's terminal.
  const grid = { headers: input.headers.map((h) => tableCell(h)), rows: input.rows.map((r) => r.map((c) => tableCell(c ?? ''))) };
  const widths = opts.maxWidth ? fitWidths(grid, opts.maxWidth) : undefined;
  const plain = drawPlainTable(grid.headers, grid.rows, widths);
  if (plain !== undefined) return plain;
  const table = new Table({
    head: grid.headers,
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    ...(widths ? { colWidths: widths } : {}),
  });
  for (const row of grid.rows) table.push(row);
  return table.toString();
}

/** Display width: CJK characters take two columns (defined in width.ts, kept here for its importers). */
export { displayWidth };

/** Column widths that fit `max` columns: narrow columns keep their width, wide ones share the rest. */
function fitWidths(grid: Grid, max: number): number[] {
  const natural = grid.headers.map((h, i) => Math.max(displayWidth(h), ...grid.rows.map((r) => displayWidth(r[i] ?? ''))) + 2);
  const budget = max - (grid.headers.length + 1);
  if (natural.reduce((a, b) => a + b, 0) <= budget) return natural;
  // Short columns (ids, dates, names) keep their width; the long ones share what is left.
  const widths = [...natural];
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i]! <= 16) break;
    widths[i]! -= 1;
  }
  return widths;
}

/** Markdown table; `|` in cells is escaped and line breaks become `<br>`. */
export function renderGridAsMarkdown(grid: Grid): string {
  const cell = (s: string) => escapeMarkdownText(neutralizeControls(s)).replaceAll('|', '\\|').replace(/\r?\n/g, '<br>');
  return (
    [
      `| ${grid.headers.map(cell).join(' | ')} |`,
      `| ${grid.headers.map(() => '---').join(' | ')} |`,
      ...grid.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
    ].join('\n') + '\n'
  );
}
