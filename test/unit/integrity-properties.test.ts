/**
 * Property tests (fast-check): a record survives writing and reading; one changed byte anywhere in a
 * record, the journal or an attachment is found by verify; a journal cut and re-extended is found
 * against an earlier seal.
 */
import { cpSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, tempDir, writeArchive } from '../helpers/archive.js';
import { loadArchive } from '../../src/archive/load.js';
import { loadRecordBytes } from '../../src/archive/record-file.js';
import { sealTerm } from '../../src/archive/seal.js';
import { serializeRecord } from '../../src/archive/serialize.js';
import { verifyArchive } from '../../src/archive/verify.js';
import { rewriteRecord, writeNewRecord } from '../../src/archive/write.js';
import { makeCatalog } from '../../src/model/catalog.js';
import { defaultCatalogData } from '../../src/archive/default-catalog.js';
import { validateRecord } from '../../src/model/validate.js';
import { addFlags } from '../helpers/add-flags.js';

const catalog = makeCatalog(defaultCatalogData());

const tricky = fc.constantFrom(
  'no',
  'yes',
  'on',
  '007',
  '0x1F',
  '1e3',
  '2025-09-01',
  'null',
  '~',
  '- a',
  ': x',
  'a: b',
  '#c',
  'a #c',
  '"q"',
  "'",
  '|',
  '>',
  '  lead',
  'trail  ',
  'a\n b',
  'a\r\nb',
  'x\ty',
  '[a]',
  '{a}',
  '&a',
  '*a',
  '!tag',
  '%x',
  '@x',
  '`x',
  '---',
  '...',
  '\u00a0',
  '财务收支',
  '收费：每生每学期 100 元',
  '𠮷野家',
  '\u2028',
  'a\n\n\nb\n',
);
const text = fc.oneof(
  tricky,
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
  fc.array(tricky, { minLength: 1, maxLength: 4 }).map((a) => a.join(' ')),
);
const date = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('properties', () => {
  it('a record written and loaded again is the same record', () => {
    fc.assert(
      fc.property(
        fc.record({
          title: text,
          content: text,
          responsible: text,
          explanation: fc.option(text, { nil: undefined }),
          basis: fc.option(text, { nil: undefined }),
          time: date,
          category: fc.constantFrom(...catalog.data.categories.map((c) => c.id)),
          form: fc.uniqueArray(fc.constantFrom(...catalog.data.forms.map((f) => f.id)), { minLength: 1, maxLength: 3 }),
          audience: fc.uniqueArray(fc.constantFrom('staff', 'students', 'parents', 'public'), { minLength: 1, maxLength: 4 }),
          amount: fc.option(
            fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true })),
            { nil: undefined },
          ),
          tags: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }), { nil: undefined }),
        }),
        (raw) => {
          const id = `${raw.time.replaceAll('-', '')}-001`;
          const fields = Object.fromEntries(Object.entries({ id, ...raw }).filter(([, v]) => v !== undefined));
          const { record } = validateRecord(fields, catalog);
          fc.pre(record !== undefined);
          const file = `records/${id.slice(0, 4)}/${id}.yaml`;
          const loaded = loadRecordBytes(Buffer.from(serializeRecord(record!), 'utf8'), file, catalog);
          expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
          expect(loaded.loaded?.record).toEqual(record);
        },
      ),
      { numRuns: 300 },
    );
  });

  describe('on an archive written through the tool', () => {
    let base: string;
    let seal: { digest: string; seq: number };
    beforeAll(async () => {
      base = writeArchive();
      const photo = join(tempDir(), 'board.jpg');
      writeFileSync(photo, 'a photo of the board');
      const add = (title: string, time: string, ...more: string[]) =>
        cli([...addFlags({ category: 'plan', title, content: '内容', time, responsible: '王建国' }), ...more, '--archive', base]);
      for (const [t, d] of [
        ['计划一', '2025-09-10'],
        ['计划二', '2025-10-10'],
        ['计划三', '2025-11-10'],
      ] as const)
        expect((await add(t, d)).code).toBe(0);
      expect((await add('带附件', '2025-12-10', '--attach', photo)).code).toBe(0);
      seal = sealTerm(base, '2025-2026-1').seal;
      expect(verifyArchive(loadArchive(base)).ok).toBe(true);
    });

    const copy = () => {
      const root = tempDir();
      cpSync(base, root, { recursive: true });
      return root;
    };
    const filesOf = (root: string) => [
      'journal.jsonl',
      ...readdirSync(join(root, 'records/2025')).map((f) => `records/2025/${f}`),
      ...readdirSync(join(root, 'attachments/2025')).map((f) => `attachments/2025/${f}`),
    ];

    it('any change of one byte in a record file, a journal line or an attachment is found by verify', () => {
      const files = filesOf(base);
      fc.assert(
        fc.property(fc.nat({ max: files.length - 1 }), fc.nat(), fc.integer({ min: 1, max: 255 }), (which, at, xor) => {
          const root = copy();
          const path = join(root, files[which]!);
          const bytes = readFileSync(path);
          const i = at % bytes.length;
          bytes[i] = bytes[i]! ^ xor;
          writeFileSync(path, bytes);
          expect(verifyArchive(loadArchive(root)).ok).toBe(false);
        }),
        { numRuns: 120 },
      );
    });

    it('a chain cut at any point and re-extended is found when checked against an earlier seal', () => {
      const lines = readFileSync(join(base, 'journal.jsonl'), 'utf8').split('\n').filter(Boolean);
      const op = fc.constantFrom('add', 'amend');
      fc.assert(
        fc.property(fc.nat({ max: seal.seq - 1 }), fc.array(op, { minLength: 1, maxLength: 3 }), fc.boolean(), (keep, ops, reseal) => {
          const root = copy();
          // The attacker keeps the first `keep` lines (dropping the seal) and writes on through the tool.
          truncateSync(
            join(root, 'journal.jsonl'),
            Buffer.byteLength(
              lines
                .slice(0, keep)
                .map((l) => `${l}\n`)
                .join(''),
            ),
          );
          const meta = { reason: '改写' };
          for (const o of ops) {
            const { records } = loadArchive(root);
            const r = records[0]!.record;
            if (o === 'add') writeNewRecord(root, r.time, (id) => ({ ...r, id, title: `${r.title}（补）` }), { action: 'add', ...meta });
            else rewriteRecord(root, records[0]!.file, { ...r, title: `${r.title}（改）` }, { action: 'amend', ...meta });
          }
          if (reseal) {
            try {
              sealTerm(root, '2025-2026-1');
            } catch {
              // refused: records differ from the shortened journal — the attacker cannot even reseal
            }
          }
          const v = verifyArchive(loadArchive(root), { digest: seal.digest });
          expect(v.problems.some((p) => p.kind === 'digest')).toBe(true);
        }),
        { numRuns: 40 },
      );
    });
  });
});
