/**
 * The fast writer (src/archive/fast-serialize.ts) writes byte for byte what the `yaml` library writes
 * in the record layout, wherever it writes at all — over random record-shaped values with hostile text
 * (quotes, indicators, numbers-as-text, line breaks, controls, blank lines) — and takes the usual ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LAYOUT, orderedRecord, SCHEMA_COMMENT, serializeRecord, serializeWithLibrary } from '../../src/archive/serialize.js';
import { fastSerialize } from '../../src/archive/fast-serialize.js';
import type { DisclosureRecord } from '../../src/model/record.js';

/** Pieces of text chosen to sit on every edge of YAML's plain-scalar and literal rules. */
const piece = fc.constantFrom(
  '财务收支',
  '收费：每生每学期 100 元',
  'a: b',
  'a:',
  'a #b',
  'a#b',
  '#x',
  '- x',
  '-x',
  '? x',
  ':x',
  "'q'",
  '"q"',
  '[a]',
  '{a}',
  'a, b',
  '&a',
  '*a',
  '!t',
  '%x',
  '@x',
  '`x',
  '|',
  '>',
  '---',
  '...',
  'null',
  'Null',
  '~',
  'true',
  'FALSE',
  '12',
  '-3',
  '0x1F',
  '0o17',
  '1e5',
  '.5',
  '.inf',
  '.NaN',
  '1_000',
  '2025-09-01',
  '2025-09-01 08:00',
  ' lead',
  'trail ',
  '\t',
  '\n',
  '\n\n',
  ' \n',
  '\r\n',
  '\u0085',
  '\u2028',
  '\ufeff',
  '\u00a0',
  '\u3000',
  '\x07',
  '𠮷',
  '\ud800',
  '\\',
  'http://x.cn/a?b=1#c',
  'x'.repeat(61),
  '长'.repeat(61),
);
/** What a clerk writes: the texts the fast writer is for. */
const ordinary = fc.constantFrom(
  '2025年9月财务收支情况公开',
  '9月份收入186400元，支出74080元。',
  '王建国',
  '关于课后服务收费的公示\n收费标准：每生每月200元。\n\n如有意见请反映。',
  '关于课后服务收费的公示\n收费标准：每生每月200元。\n',
  '某价发〔2025〕10号',
  'Fees for after-school care',
  'attachments/2025/20250901-001-1.jpg',
  '经领导小组审核后予以公开，具体安排见附表，如有意见请于公示期内通过意见箱或监督电话反映。编号12345。',
);
const text = fc.oneof(
  { weight: 6, arbitrary: ordinary },
  { weight: 2, arbitrary: fc.array(piece, { minLength: 1, maxLength: 4 }).map((a) => a.join('')) },
  { weight: 2, arbitrary: fc.array(piece, { minLength: 1, maxLength: 3 }).map((a) => a.join(' ')) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
);
const number = fc.oneof(
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.double({ noNaN: false }),
  fc.integer({ min: 0, max: 1e8 }).map((c) => c / 100),
);
const scalar = fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: number });
const key = fc.constantFrom('title', 'content', 'by', 'on', 'path', 'note', 'null', 'Title', 'x_1', 'a-b');
const map = (value: fc.Arbitrary<unknown>) => fc.dictionary(key, fc.option(value, { nil: undefined, freq: 8 }), { minKeys: 0, maxKeys: 3 });
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: scalar },
  { weight: 2, arbitrary: fc.array(scalar, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.array(map(scalar), { maxLength: 3 }) },
  { weight: 1, arbitrary: map(scalar) },
  { weight: 1, arbitrary: fc.constantFrom(null, true, {}, [null], [[1]]) },
);
const data = fc.dictionary(
  fc.constantFrom('id', 'title', 'category', 'content', 'form', 'amount', 'review', 'attachments', 'tags', 'source'),
  value,
  {
    minKeys: 1,
    maxKeys: 8,
  },
);

describe('the fast record writer', () => {
  it('writes what the library writes, or gives up', () => {
    let written = 0;
    fc.assert(
      fc.property(data, (d) => {
        const fast = fastSerialize(d, SCHEMA_COMMENT, LAYOUT);
        if (fast === undefined) return;
        written++;
        expect(fast).toBe(serializeWithLibrary(d, SCHEMA_COMMENT));
      }),
      { numRuns: 3000 },
    );
    expect(written).toBeGreaterThan(250);
  });

  it('writes the usual record, and a file it writes reads back as the record', () => {
    const record: DisclosureRecord = {
      id: '20250901-001',
      title: '2025年秋季学期收费公示',
      category: 'fees',
      content: '收费项目：作业本费每生每学期12元。\n\n如有意见，请于公示期内反映。\n',
      time: '2025-09-01',
      term: '2025-2026-1',
      form: ['board', 'website'],
      audience: ['parents', 'public'],
      amount: 12.5,
      responsible: '王建国',
      review: { by: '校务公开领导小组', on: '2025-08-30' },
      attachments: [{ path: 'attachments/2025/20250901-001-1.jpg', sha256: 'a'.repeat(64), note: '公示栏照片' }],
      tags: ['收费', '2025秋'],
      source: { file: 'ledger.csv', row: 2 },
      status: 'published',
    } as DisclosureRecord;
    const ordered = orderedRecord(record);
    const fast = fastSerialize(ordered, SCHEMA_COMMENT, LAYOUT);
    expect(fast).toBeDefined();
    expect(fast).toBe(serializeWithLibrary(ordered, SCHEMA_COMMENT));
    expect(serializeRecord(record)).toBe(fast);
  });
});
