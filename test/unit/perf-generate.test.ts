// The benchmark's archive generator (bench/generate.mjs) writes a journal the tool accepts as its own:
// `verify` passes, `check` has no integrity findings, every line is exactly what `formatLine` writes,
// and the tool's next `add` chains on from it. (It repeats the line format because it runs unbuilt.)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fastParseRecord } from '../../src/archive/fast-record.js';
import { loadRecordBytes } from '../../src/archive/record-file.js';
import { serializeRecord } from '../../src/archive/serialize.js';
import { makeCatalog } from '../../src/model/catalog.js';
import { defaultCatalogData } from '../../src/archive/default-catalog.js';
import { formatLine, splitJournal, type JournalEntry } from '../../src/model/chain.js';
import { cli, REPO, tempDir } from '../helpers/archive.js';
import { addFlags, PLAIN } from '../helpers/add-flags.js';

function generate(n: number): string {
  const root = join(tempDir(), 'archive');
  const gen = spawnSync(process.execPath, [join(REPO, 'bench', 'generate.mjs'), root, String(n)], { encoding: 'utf8' });
  expect(gen.status).toBe(0);
  return root;
}

const TODAY = ['--today', '2026-09-01', '--lang', 'en'];
const EN = ['--lang', 'en'];

describe('bench/generate.mjs', () => {
  it("writes every record byte for byte as xwgk's writer would, so the fast path reads what real archives hold", () => {
    const root = generate(200);
    const catalog = makeCatalog(defaultCatalogData());
    let files = 0;
    for (const year of readdirSync(join(root, 'records'))) {
      for (const name of readdirSync(join(root, 'records', year))) {
        const file = `records/${year}/${name}`;
        const bytes = readFileSync(join(root, file));
        const { loaded, findings } = loadRecordBytes(bytes, file, catalog);
        expect(findings).toEqual([]);
        expect(serializeRecord(loaded!.record)).toBe(bytes.toString('utf8'));
        expect(fastParseRecord(bytes.toString('utf8'))).toBeDefined();
        files++;
      }
    }
    expect(files).toBe(200);
  });

  it('journals every record: verify passes and check reports nothing about integrity', async () => {
    const root = generate(120);
    const lines = splitJournal(readFileSync(join(root, 'journal.jsonl'), 'utf8'));
    expect(lines).toHaveLength(120);
    const verify = await cli(['--archive', root, 'verify', '--format', 'json', ...EN]);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout).problems).toEqual([]);
    const check = await cli(['--archive', root, 'check', '--format', 'json', ...TODAY]);
    const findings = JSON.parse(check.stdout).findings as { check: string }[];
    expect(findings.filter((f) => f.check === 'integrity')).toEqual([]);
  });

  it('writes each line exactly as the tool formats it, and the tool chains on from the last', async () => {
    const root = generate(5);
    const lines = splitJournal(readFileSync(join(root, 'journal.jsonl'), 'utf8'));
    for (const text of lines) {
      const { hash: _hash, ...entry } = JSON.parse(text) as JournalEntry & { hash: string };
      expect(formatLine(entry as JournalEntry)).toBe(text);
    }
    const add = await cli([
      '--archive',
      root,
      ...addFlags({ ...PLAIN, title: '基准测试', content: '基准测试内容', time: '2026-07-01', responsible: '张伟' }),
      ...TODAY,
    ]);
    expect(add.code).toBe(0);
    const after = splitJournal(readFileSync(join(root, 'journal.jsonl'), 'utf8'));
    expect(after).toHaveLength(6);
    expect(JSON.parse(after[5]!).seq).toBe(6);
    expect((await cli(['--archive', root, 'verify', ...EN])).code).toBe(0);
  });
});
