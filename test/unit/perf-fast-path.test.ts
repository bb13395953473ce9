/**
 * The fast path (src/archive/fast-record.ts) gives exactly what the `yaml` library gives: for random
 * valid records written by the writer and for random damaged ones, every file's value, key lines,
 * record, findings, positions and messages are the same with the fast path and without it; and it does
 * take the writer's ordinary output (so this test would notice a fast path that never runs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastParseRecord } from '../../src/archive/fast-record.js';
import { loadRecordBytes } from '../../src/archive/record-file.js';
import { serializeRecord } from '../../src/archive/serialize.js';
import { parseYamlText, topLevelLines } from '../../src/archive/yaml-source.js';
import { catalog, cents, fileOf, recordArb, text } from '../helpers/record-arbitraries.js';

const ordinary = fc.constantFrom(
  '2025年9月财务收支情况公开',
  '9月份收入186400元，支出74080元。',
  '王建国',
  '校务公开领导小组',
  '关于课后服务收费的公示\n收费标准：每生每月200元。\n如有意见请反映。',
  '某价发〔2025〕10号',
  'Fees for after-school care',
  '经领导小组审核后予以公开，具体安排见附表，如有意见请于公示期内通过意见箱或监督电话反映。编号12345。',
);

/** Both paths over the same bytes. */
function bothPaths(bytes: Uint8Array, file: string) {
  return { fast: loadRecordBytes(bytes, file, catalog), library: loadRecordBytes(bytes, file, catalog, { fast: false }) };
}

/** When the fast parser takes a text, it gives the library's value and key lines. */
function sameParse(source: string): boolean {
  const fast = fastParseRecord(source);
  if (!fast) return false;
  const lib = parseYamlText(source);
  expect(lib.issues).toEqual([]);
  expect(fast.value).toStrictEqual(lib.value);
  expect(fast.lines).toStrictEqual(topLevelLines(lib));
  return true;
}

/** Damage that people and tools do to files: a character in or out, a line doubled, moved, re-indented or cut. */
const damage = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    ch: fc.constantFrom(' ', '\n', ':', '-', '#', '"', "'", '[', ']', '{', '|', '\t', '\r', '&', '*', '!', 'x', '0', '财', '\u00a0'),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 4 }) }),
  fc.record({
    kind: fc.constantFrom('dup-line' as const, 'drop-line' as const, 'indent' as const, 'dedent' as const, 'swap' as const),
    at: fc.nat(),
  }),
);
type Damage = typeof damage extends fc.Arbitrary<infer T> ? T : never;

function applyDamage(source: string, d: Damage): string {
  if (d.kind === 'insert') {
    const at = d.at % (source.length + 1);
    return source.slice(0, at) + d.ch + source.slice(at);
  }
  if (d.kind === 'delete') {
    const at = d.at % Math.max(1, source.length);
    return source.slice(0, at) + source.slice(at + d.n);
  }
  const lines = source.split('\n');
  const i = d.at % lines.length;
  if (d.kind === 'dup-line') lines.splice(i, 0, lines[i]!);
  else if (d.kind === 'drop-line') lines.splice(i, 1);
  else if (d.kind === 'indent') lines[i] = `  ${lines[i]}`;
  else if (d.kind === 'dedent') lines[i] = lines[i]!.replace(/^ {1,2}/, '');
  else if (i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
  return lines.join('\n');
}

describe("the fast path for the writer's layout", () => {
  it("takes ordinary records as the writer writes them, with the library's value, lines and result", () => {
    let taken = 0;
    fc.assert(
      fc.property(recordArb(ordinary, cents), (record) => {
        const source = serializeRecord(record);
        expect(sameParse(source)).toBe(true);
        taken++;
        const { fast, library } = bothPaths(Buffer.from(source), fileOf(record));
        expect(fast).toStrictEqual(library);
        expect(fast.loaded?.record).toStrictEqual(record);
      }),
      { numRuns: 300 },
    );
    expect(taken).toBe(300);
  }, 120_000);

  it("gives the library's result for random valid records with tricky text, whether it takes them or not", () => {
    let taken = 0;
    fc.assert(
      fc.property(recordArb(text), (record) => {
        const source = serializeRecord(record);
        if (sameParse(source)) taken++;
        const { fast, library } = bothPaths(Buffer.from(source), fileOf(record));
        expect(fast).toStrictEqual(library);
      }),
      { numRuns: 600 },
    );
    // Most of these still take the fast path; the rest show it gives up rather than guesses.
    expect(taken).toBeGreaterThan(100);
  }, 120_000);

  it("gives the library's findings, positions and messages for random damaged records", () => {
    let taken = 0,
      failing = 0;
    fc.assert(
      fc.property(recordArb(fc.oneof(ordinary, text)), fc.array(damage, { minLength: 1, maxLength: 3 }), (record, damages) => {
        const source = damages.reduce(applyDamage, serializeRecord(record));
        if (sameParse(source)) taken++;
        const { fast, library } = bothPaths(Buffer.from(source), fileOf(record));
        expect(fast).toStrictEqual(library);
        if (library.findings.length > 0) failing++;
      }),
      { numRuns: 1500 },
    );
    // The damage really produced both readable and broken files.
    expect(taken).toBeGreaterThan(50);
    expect(failing).toBeGreaterThan(300);
  }, 180_000);

  it.each([
    ['a value the core schema reads as null', 'id: 20250901-001\ntitle: ~\n'],
    ['a boolean', 'id: 20250901-001\ntitle: true\n'],
    ['a comment after a value', 'id: 20250901-001 # note\n'],
    ['an anchor and alias', 'id: &a 20250901-001\ntitle: *a\n'],
    ['a tag', 'id: !!str 20250901-001\n'],
    ['a flow map', 'review: {by: 张, on: 2025-09-01}\n'],
    ['a duplicate key', 'id: 20250901-001\nid: 20250901-002\n'],
    ['a multi-line plain scalar', 'title: one\n  two\n'],
    ['a blank line', 'id: 20250901-001\n\ntitle: x\n'],
    ['CRLF line ends', 'id: 20250901-001\r\ntitle: x\r\n'],
    ['no final newline', 'id: 20250901-001'],
    ['a literal indented more on its first line', 'content: |-\n    deep\n  shallow\n'],
    ['a hex number', 'amount: 0x10\n'],
    ['a block sequence not indented under its key', 'form:\n- board\n'],
  ])('gives up on %s', (_name, source) => {
    expect(fastParseRecord(source)).toBeUndefined();
  });
});
