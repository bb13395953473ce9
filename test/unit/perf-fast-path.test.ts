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
import { makeCatalog } from '../../src/model/catalog.js';
import { defaultCatalogData } from '../../src/archive/default-catalog.js';
import { validateRecord } from '../../src/model/validate.js';
import type { DisclosureRecord } from '../../src/model/record.js';

const catalog = makeCatalog(defaultCatalogData());

const tricky = fc.constantFrom(
  'no',
  'yes',
  'on',
  'true',
  'False',
  '007',
  '0x1F',
  '0o17',
  '1e3',
  '.5',
  '1.',
  '-0',
  '+1',
  '12.50',
  '.inf',
  '.NaN',
  '2025-09-01',
  'null',
  'Null',
  '~',
  '- a',
  '-a',
  '?x',
  ': x',
  'a: b',
  'a:b',
  'a:',
  '#c',
  'a #c',
  'a#c',
  '"q"',
  'a"b',
  "'",
  "it's",
  '|',
  '>',
  '  lead',
  'trail  ',
  'a\n b',
  'a\r\nb',
  'x\ty',
  '[a]',
  '{a}',
  'a, b',
  '&a',
  '*a',
  '!tag',
  '%x',
  '@x',
  '`x',
  '---',
  '...',
  '\u00a0',
  '\u3000',
  '全角　空格',
  '财务收支',
  '收费：每生每学期 100 元',
  '𠮷野家',
  '\u2028',
  '\u0085',
  'a\n\n\nb\n',
  '\n lead',
  'line\n',
  'line\n\n',
  '\\',
  'back\\slash',
  'http://x.cn/a?b=1#c',
);
const text = fc.oneof(
  tricky,
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 90 }),
  fc.array(tricky, { minLength: 1, maxLength: 4 }).map((a) => a.join(' ')),
);
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
const date = fc
  .date({ min: new Date('2016-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const approval = (words: fc.Arbitrary<string>) => fc.record({ by: words, on: date });
const ids = <T extends { id: string }>(xs: T[]) => xs.map((x) => x.id);

/** A record as a person would log it, tricky text sometimes; validated, so the writer sees a real record. */
const cents = fc.integer({ min: 0, max: 99_999_999 }).map((c) => c / 100);
const anyAmount = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  cents,
);
const recordArb = (words: fc.Arbitrary<string>, amounts: fc.Arbitrary<number> = anyAmount) =>
  fc
    .record({
      title: words,
      content: words,
      responsible: words,
      time: date,
      category: fc.constantFrom(...ids(catalog.data.categories)),
      form: fc.uniqueArray(fc.constantFrom(...ids(catalog.data.forms)), { minLength: 1, maxLength: 3 }),
      audience: fc.uniqueArray(fc.constantFrom('staff', 'students', 'parents', 'public'), { minLength: 1, maxLength: 4 }),
      timing: fc.option(fc.constantFrom('before', 'during', 'after'), { nil: undefined }),
      basis: fc.option(words, { nil: undefined }),
      handler: fc.option(words, { nil: undefined }),
      explanation: fc.option(words, { nil: undefined }),
      amount: fc.option(amounts, { nil: undefined }),
      review: fc.option(approval(words), { nil: undefined }),
      supervision: fc.option(approval(words), { nil: undefined }),
      feedback: fc.option(
        fc.array(
          fc.record({
            received: date,
            channel: fc.constantFrom(...ids(catalog.data.channels)),
            summary: words,
            response: words,
            responded: date,
          }),
          { minLength: 1, maxLength: 2 },
        ),
        { nil: undefined },
      ),
      attachments: fc.option(
        fc.array(
          fc.record({
            path: fc.constantFrom('attachments/2025/board.jpg', 'attachments/2025/通知 扫描.pdf'),
            sha256: fc.stringMatching(/^[0-9a-f]{64}$/),
            note: fc.option(words, { nil: undefined }),
          }),
          { minLength: 1, maxLength: 2 },
        ),
        { nil: undefined },
      ),
      tags: fc.option(fc.array(words, { minLength: 1, maxLength: 3 }), { nil: undefined }),
    })
    .map((raw) => {
      const id = `${raw.time.replaceAll('-', '')}-001`;
      const strip = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
      const fields = strip({ id, ...raw, attachments: raw.attachments?.map(strip) });
      return validateRecord(fields, catalog).record;
    })
    .filter((r): r is DisclosureRecord => r !== undefined);

const fileOf = (r: DisclosureRecord) => `records/${r.id.slice(0, 4)}/${r.id}.yaml`;

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
