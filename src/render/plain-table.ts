/**
 * The common terminal table drawn in one pass: every cell one line of characters whose width is
 * certain (ASCII, CJK ideographs and punctuation, full-width forms), no column narrower than its
 * text. cli-table3 draws the same table by asking string-width about every cell several times and
 * merging twenty options into each: on a 10,000-record `list` or `audit` that drawing was most of
 * the run (bench/RESULTS.md). Any other table (a cell to wrap, a line break, a character whose
 * width the libraries judge apart) returns `undefined` and cli-table3 draws it. The two are held
 * byte for byte to each other by test/unit/plain-table.test.ts (random grids, fast-check).
 */
/**
 * Characters whose display width xwgk's `displayWidth` and cli-table3's string-width agree on:
 * printable ASCII, a few general punctuation marks, CJK symbols and punctuation, CJK ideographs,
 * full-width forms and the replacement character (what a neutralised control becomes).
 */
const CERTAIN = /^[\x20-\x7e\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u3000-\u303e\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff60\ufffd]*$/;

/**
 * The table with `widths` (each column's width, padding included) or the natural widths, as
 * cli-table3 draws it with compact style and no colours; `undefined` when it is not a plain table.
 */
export function drawPlainTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  widths?: readonly number[],
): string | undefined {
  const n = headers.length;
  if (n === 0) return undefined;
  const natural = headers.map((h) => (CERTAIN.test(h) ? certainWidth(h) : -1));
  if (natural.includes(-1)) return undefined;
  for (const row of rows) {
    if (row.length !== n) return undefined;
    for (let i = 0; i < n; i++) {
      const cell = row[i]!;
      if (!CERTAIN.test(cell)) return undefined;
      const w = certainWidth(cell);
      if (w > natural[i]!) natural[i] = w;
    }
  }
  const inner = natural.map((w) => w + 2);
  if (widths && (widths.length !== n || widths.some((w, i) => w !== inner[i]))) return undefined;
  const rule = (left: string, mid: string, right: string) => left + inner.map((w) => '─'.repeat(w)).join(mid) + right;
  const line = (cells: readonly string[]) => {
    let s = '│';
    for (let i = 0; i < n; i++) s += ` ${cells[i]}${' '.repeat(inner[i]! - 2 - certainWidth(cells[i]!))} │`;
    return s;
  };
  const out = [rule('┌', '┬', '┐'), line(headers)];
  if (rows.length > 0) out.push(rule('├', '┼', '┤'));
  for (const row of rows) out.push(line(row));
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/** The display width of a CERTAIN text: two columns from U+3000 up (all wide there but U+FFFD), else one. */
function certainWidth(s: string): number {
  let w = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x3000 && c !== 0xfffd) w++;
  }
  return w;
}
