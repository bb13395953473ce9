/**
 * The one-pass table (src/render/plain-table.ts) draws byte for byte what cli-table3 draws with the
 * options grid.ts gives it, for every grid it accepts; and it declines every grid it cannot be sure of.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawPlainTable } from '../../src/render/plain-table.js';
import { renderGridAsTable } from '../../src/render/grid.js';

type TableCtor = new (opts: object) => { push(row: unknown): void; toString(): string };
const Table = createRequire(import.meta.url)('cli-table3') as TableCtor;

function cliTable3(headers: string[], rows: string[][], colWidths?: number[]): string {
  const t = new Table({
    head: headers,
    style: { head: [], border: [], compact: true },
    wordWrap: true,
    ...(colWidths ? { colWidths } : {}),
  });
  for (const r of rows) t.push(r);
  return t.toString();
}

/** Characters of the archive's texts; and, in some grids, characters the fast path must decline. */
const plainChar = fc.oneof(
  fc.constantFrom(...'ab Z09-_/:.,()[]#*'.split('')),
  fc.constantFrom(...'收费公示财务月清㐀，。、：（）《》【】“”…—·　'.split('')),
);
const oddChar = fc.constantFrom('\n', '\t', 'é', '👍', '\u0301', '\ufffd', '©', '\uff70', 'ｱ', '\u3040', '\u2e80');
const cellOf = (ch: fc.Arbitrary<string>) => fc.array(ch, { maxLength: 10 }).map((cs) => cs.join(''));
const grid = fc
  .oneof(
    { weight: 3, arbitrary: fc.constant(cellOf(plainChar)) },
    { weight: 2, arbitrary: fc.constant(cellOf(fc.oneof({ weight: 8, arbitrary: plainChar }, { weight: 1, arbitrary: oddChar }))) },
  )
  .chain((cell) =>
    fc.record({
      n: fc.integer({ min: 1, max: 5 }),
      head: fc.array(cell, { minLength: 5, maxLength: 5 }),
      rows: fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 8 }),
    }),
  );

describe('the one-pass table', () => {
  it('draws exactly what cli-table3 draws, or declines', () => {
    let drawn = 0;
    fc.assert(
      fc.property(grid, ({ n, rows, head }) => {
        const headers = head.slice(0, n);
        const body = rows.map((r) => r.slice(0, n));
        const plain = drawPlainTable(headers, body);
        if (plain !== undefined) drawn++;
        if (plain !== undefined) expect(plain).toBe(cliTable3(headers, body));
      }),
      { numRuns: 2000 },
    );
    // The comparison means something only if the fast path took a good share of the grids.
    expect(drawn).toBeGreaterThan(200);
  });

  it('takes the common tables: Chinese and ASCII text, no line breaks', () => {
    const headers = ['编号', '公开事项', 'date'];
    const rows = [
      ['2025-09-001', '2025年秋季学期收费公示（含代收费）', '2025-09-01'],
      ['2025-09-002', '财务公开月月清…', ''],
    ];
    const plain = drawPlainTable(headers, rows);
    expect(plain).toBeDefined();
    expect(plain).toBe(cliTable3(headers, rows));
  });

  it('declines what it cannot be sure of: a line break, an emoji, a combining mark, a short row', () => {
    for (const odd of ['a\nb', 'ok 👍', 'e\u0301', 'x\ty']) expect(drawPlainTable(['h'], [[odd]]), JSON.stringify(odd)).toBeUndefined();
    expect(drawPlainTable(['a', 'b'], [['1']])).toBeUndefined();
  });

  it('draws given widths only when they are the natural ones (narrower columns wrap: cli-table3)', () => {
    const rows = [['2025-09-001', '收费公示']];
    expect(drawPlainTable(['id', 't'], rows, [13, 10])).toBe(cliTable3(['id', 't'], rows));
    expect(drawPlainTable(['id', 't'], rows, [13, 6])).toBeUndefined();
  });

  it('leaves the table grid.ts draws unchanged whichever path draws it', () => {
    const rows = [
      ['2025-09-001', '收费公示'],
      ['2025-09-002', '财务公开\n月月清'],
    ];
    expect(renderGridAsTable({ headers: ['编号', '事项'], rows })).toBe(cliTable3(['编号', '事项'], rows));
    expect(renderGridAsTable({ headers: ['编号', '事项'], rows: rows.slice(0, 1) })).toBe(cliTable3(['编号', '事项'], rows.slice(0, 1)));
    const narrow = renderGridAsTable({ headers: ['编号', '事项'], rows: [['2025-09-001', '收'.repeat(40)]] }, { maxWidth: 40 });
    expect(narrow.split('\n').every((l) => l.length <= 40)).toBe(true);
  });
});
