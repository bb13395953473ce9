/**
 * fast-check arbitraries for records, shared by the property tests: text that YAML finds tricky
 * (words it reads as booleans, numbers, dates, comments, anchors, line breaks), dates, amounts, and
 * `recordArb` — a whole record as a person would log it, validated against the default catalog.
 */
import fc from 'fast-check';
import { defaultCatalogData } from '../../src/archive/default-catalog.js';
import { makeCatalog } from '../../src/model/catalog.js';
import type { DisclosureRecord } from '../../src/model/record.js';
import { validateRecord } from '../../src/model/validate.js';

/** The catalog the records are drawn from and validated against. */
export const catalog = makeCatalog(defaultCatalogData());

/** Single words and lines that YAML would misread if the writer did not quote them. */
export const tricky = fc.constantFrom(
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
/** Text for any text field: a tricky word, random graphemes, or tricky words run together. */
export const text = fc.oneof(
  tricky,
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 90 }),
  fc.array(tricky, { minLength: 1, maxLength: 4 }).map((a) => a.join(' ')),
);
/** A calendar date, `YYYY-MM-DD`, 2016–2030. */
export const date = fc
  .date({ min: new Date('2016-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const approval = (words: fc.Arbitrary<string>) => fc.record({ by: words, on: date });
const ids = <T extends { id: string }>(xs: T[]) => xs.map((x) => x.id);

/** Amounts in whole fen, as money is written. */
export const cents = fc.integer({ min: 0, max: 99_999_999 }).map((c) => c / 100);
const anyAmount = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  cents,
);
/** A record as a person would log it, with `words` in every text field; validated, so the writer sees a real record. */
export const recordArb = (words: fc.Arbitrary<string>, amounts: fc.Arbitrary<number> = anyAmount) =>
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

/** Where the writer puts a record: `records/YYYY/<id>.yaml`. */
export const fileOf = (r: DisclosureRecord) => `records/${r.id.slice(0, 4)}/${r.id}.yaml`;
