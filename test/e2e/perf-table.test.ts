/**
 * The bundle's linear table layout (scripts/table-layout-patch.mjs) draws exactly what cli-table3
 * draws: random tables with spans and missing cells through both, and a long `list` from the built CLI
 * against the same command run from source (with cli-table3 as published).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringWidthOnce, stripAnsiOnce, tableCellOptions, tableLayoutLinear } from '../../scripts/table-layout-patch.mjs';
import { serializeRecord } from '../../src/archive/serialize.js';
import type { DisclosureRecord } from '../../src/model/record.js';
import { cli, spawnCli, tempDir, writeArchive } from '../helpers/archive.js';

type TableCtor = new (opts: object) => { push(row: unknown): void; toString(): string };

/** A package as the bundle has it: built with the patches. */
async function patched<T>(name: string): Promise<T> {
  const out = join(tempDir(), `${name}.cjs`);
  await build({
    stdin: { contents: `module.exports = require('${name}');`, resolveDir: process.cwd(), loader: 'js' },
    outfile: out,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    plugins: [tableLayoutLinear, tableCellOptions, stripAnsiOnce, stringWidthOnce],
    logLevel: 'silent',
  });
  return createRequire(import.meta.url)(out) as T;
}

const cellArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('财务收支', '2025-10-10', 'x'),
  fc.record({ content: fc.string({ maxLength: 8 }), rowSpan: fc.integer({ min: 1, max: 3 }), colSpan: fc.integer({ min: 1, max: 3 }) }),
);

describe('the linear table layout of the bundle', () => {
  it('draws random tables, spans and missing cells included, exactly as cli-table3 does', async () => {
    const Original = createRequire(import.meta.url)('cli-table3') as TableCtor;
    const Patched = await patched<TableCtor>('cli-table3');
    fc.assert(
      fc.property(
        fc.array(fc.array(cellArb, { minLength: 0, maxLength: 5 }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        (rows, wrap) => {
          const draw = (T: TableCtor) => {
            const t = new T({
              head: ['a', 'b', 'c'],
              style: { head: [], border: [], compact: true, 'padding-left': wrap ? 2 : undefined },
              wordWrap: wrap,
              ...(wrap ? { colWidths: [6, null, 9] } : {}),
              chars: { mid: wrap ? '=' : null },
            });
            for (const r of rows) t.push(r);
            try {
              return t.toString();
            } catch (e) {
              return `threw ${String(e)}`;
            }
          };
          expect(draw(Patched)).toBe(draw(Original));
        },
      ),
      { numRuns: 400 },
    );
  }, 120_000);

  it('strips escape codes with one regex exactly as strip-ansi does with a new one each time', async () => {
    const original = createRequire(import.meta.url)('strip-ansi') as (s: unknown) => unknown;
    const once = await patched<(s: unknown) => unknown>('strip-ansi');
    const piece = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('\u001b[31m', '\u001b[0m', '\u001b[1;2;3m', '\u009b4m', '\u001b]8;;http://x\u0007', '财'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (parts) => {
        const s = parts.join('');
        expect(once(s)).toBe(original(s));
        expect(once(s)).toBe(original(s));
      }),
      { numRuns: 500 },
    );
    expect(once(42)).toBe(42);
  }, 120_000);

  it('measures text once per text exactly as string-width does each time', async () => {
    const original = createRequire(import.meta.url)('string-width') as (s: unknown) => number;
    const once = await patched<(s: unknown) => number>('string-width');
    const piece = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.constantFrom('财务', '👨‍👩‍👧', '\u0301', '\u001b[31m', '\t', 'ｱ'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (parts) => {
        const s = parts.join('');
        expect(once(s)).toBe(original(s));
        expect(once(s)).toBe(original(s));
      }),
      { numRuns: 500 },
    );
    expect([once(undefined), once(7)]).toEqual([original(undefined), original(7)]);
  }, 120_000);

  it('prints a long list from the built CLI exactly as from source', async () => {
    const files: Record<string, string> = {};
    for (let i = 1; i <= 240; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const id = `202510${day}-${String(i).padStart(3, '0')}`;
      files[`records/2025/${id}.yaml`] = serializeRecord({
        id,
        title: `第${i}号公开事项${'很长的标题'.repeat(i % 5)}`,
        category: 'other',
        content: '内容',
        time: `2025-10-${day}`,
        form: ['board'],
        audience: ['staff'],
        responsible: '王建国',
        status: 'published',
      } as DisclosureRecord);
    }
    const root = writeArchive(files);
    const args = ['--archive', root, '--lang', 'en', 'list', '--term', '2025-2026-1'];
    const env = { XWGK_TODAY: '2026-03-01', XWGK_NO_CACHE: '1' };
    const built = spawnCli(args, { env });
    expect(built.code).toBe(0);
    expect(built.stdout.split('\n').length).toBeGreaterThan(240);
    expect(built).toEqual(await cli(args, { env }));
  }, 120_000);
});
