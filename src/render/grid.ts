/** A grid of text (headers and rows) as a terminal table, CSV or a Markdown table. */
import Table from 'cli-table3';

/** Text in rows under headers: what the table, CSV and Markdown renderers take. */
export interface Grid {
  headers: string[];
  rows: string[][];
}

export function renderGridAsTable(grid: Grid, opts: { maxWidth?: number } = {}): string {
  const table = new Table({
    head: grid.headers,
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    ...(opts.maxWidth ? { colWidths: fitWidths(grid, opts.maxWidth) } : {}),
  });
  for (const row of grid.rows) table.push(row);
  return table.toString();
}

/** Display width: CJK characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

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
  const cell = (s: string) => s.replaceAll('|', '\\|').replace(/\r?\n/g, '<br>');
  return [
    `| ${grid.headers.map(cell).join(' | ')} |`,
    `| ${grid.headers.map(() => '---').join(' | ')} |`,
    ...grid.rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n') + '\n';
}
