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
import { addFlags } from '../helpers/add-flags.js';
import { catalog, fileOf, recordArb, text } from '../helpers/record-arbitraries.js';

describe('properties', () => {
  it('a record written and loaded again is the same record', () => {
    fc.assert(
      fc.property(recordArb(text), (record) => {
        const loaded = loadRecordBytes(Buffer.from(serializeRecord(record), 'utf8'), fileOf(record), catalog);
        expect(loaded.findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(loaded.loaded?.record).toEqual(record);
      }),
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
