/**
 * The result memo (src/archive/result-memo.ts) makes a repeated `check` cheap and never changes what
 * it says: the same output with and without it; a same-size, same-mtime edit of a record, a changed
 * attachment, an attachment turned into a link out of the archive, a changed journal line, another
 * day — each is seen at once; a memo edited without the user's key is ignored.
 */
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheStore } from '../../src/archive/cache-store.js';
import { loadArchive } from '../../src/archive/load.js';
import { ResultMemo } from '../../src/archive/result-memo.js';
import { cli, FINANCE, journalRecords, recordYaml, tempDir, writeArchive } from '../helpers/archive.js';

const PHOTO = 'a photo of the notice board';
const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const DAY = { XWGK_TODAY: '2026-03-01' };

function archive(): string {
  const root = writeArchive({
    'attachments/2025/board.jpg': PHOTO,
    'records/2025/20251010-001.yaml': recordYaml(FINANCE),
    'records/2025/20251011-001.yaml': `${recordYaml({ ...FINANCE, id: '20251011-001', title: '附件' })}attachments:\n  - path: attachments/2025/board.jpg\n    sha256: ${sha(PHOTO)}\n`,
    'records/2025/20251012-001.yaml': recordYaml({ ...FINANCE, id: '20251012-001', audiance: '[staff]' }),
    'records/2025/20251013-001.yaml': 'id: 20251013-001\ntitle: [unclosed\n',
  });
  journalRecords(root);
  return root;
}

async function checks(root: string, env: Record<string, string> = {}) {
  const run = async (args: string[]) => cli(['--archive', root, '--lang', 'en', 'check', ...args], { env: { ...DAY, ...env } });
  return {
    json: await run(['--format', 'json']),
    text: await run([]),
    term: await run(['--term', '2025-2026-1', '--format', 'json']),
    one: await run(['attachments']),
  };
}

const codes = (r: { stdout: string }) => (JSON.parse(r.stdout).findings as { code: string }[]).map((f) => f.code);

describe('the result memo', () => {
  it('gives the same output as a run without any cache, first time and every time after', async () => {
    const root = archive();
    const truth = await checks(root, { XWGK_NO_CACHE: '1' });
    expect(truth.json.code).toBe(1);
    expect(codes(truth.json)).toEqual(expect.arrayContaining(['schema.unknown-key', 'schema.syntax']));
    expect(await checks(root)).toEqual(truth);
    expect(await checks(root)).toEqual(truth);
    // it really answers: an entry changed with the user's own key is what a warm run prints
    const store = CacheStore.open(root)!;
    const answers = store.filesIn('results-2').map((f) => `results-2/${f}`);
    expect(answers).toHaveLength(3); // text and json are one question
    for (const f of answers) expect(store.write(f, store.read(f)!.replaceAll('schema.unknown-key', 'schema.from-the-memo'))).toBe(true);
    expect(codes((await checks(root)).json)).toContain('schema.from-the-memo');
    // … while one edited without the key is ignored
    for (const f of answers)
      writeFileSync(
        join(root, '.xwgk-cache', f),
        readFileSync(join(root, '.xwgk-cache', f), 'utf8').replaceAll('schema.from-the-memo', 'schema.forged'),
      );
    expect(await checks(root)).toEqual(truth);
  }, 120_000);

  it('sees a same-size, same-mtime edit of a record: nothing is judged by stat data', async () => {
    const root = archive();
    await checks(root);
    const file = join(root, 'records/2025/20251010-001.yaml');
    const before = statSync(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('responsible: 王建国', 'responsible: 王建民'));
    expect(statSync(file).size).toBe(before.size);
    utimesSync(file, before.atimeMs / 1000, before.mtimeMs / 1000);
    expect(Math.abs(statSync(file).mtimeMs - before.mtimeMs)).toBeLessThan(1);
    const warm = await checks(root);
    expect(warm).toEqual(await checks(root, { XWGK_NO_CACHE: '1' }));
    expect(codes(warm.json)).toEqual(expect.arrayContaining(['integrity.changed']));
  }, 120_000);

  it('sees a changed attachment, and one turned into a link out of the archive', async () => {
    const root = archive();
    await checks(root);
    writeFileSync(join(root, 'attachments/2025/board.jpg'), PHOTO.toUpperCase());
    const changed = await checks(root);
    expect(changed).toEqual(await checks(root, { XWGK_NO_CACHE: '1' }));
    expect(codes(changed.json)).toContain('attachments.hash');
    const outside = join(tempDir(), 'board.jpg');
    writeFileSync(outside, PHOTO);
    rmSync(join(root, 'attachments/2025/board.jpg'));
    symlinkSync(outside, join(root, 'attachments/2025/board.jpg'));
    const linked = await checks(root);
    expect(linked).toEqual(await checks(root, { XWGK_NO_CACHE: '1' }));
    expect(codes(linked.json)).toContain('attachments.outside');
  }, 120_000);

  it('sees a changed journal line and another day', async () => {
    const root = archive();
    const first = await checks(root);
    const journal = join(root, 'journal.jsonl');
    writeFileSync(journal, readFileSync(journal, 'utf8').replace('"seq":2', '"seq":9'));
    const tampered = await checks(root);
    expect(tampered).toEqual(await checks(root, { XWGK_NO_CACHE: '1' }));
    expect(codes(tampered.json)).toContain('integrity.chain');
    expect(tampered).not.toEqual(first);
    const later = { XWGK_TODAY: '2027-03-01' };
    expect(await checks(root, later)).toEqual(await checks(root, { ...later, XWGK_NO_CACHE: '1' }));
  }, 120_000);

  it('files nothing when a record changed between the question and the reading', () => {
    const root = archive();
    const file = join(root, 'records/2025/20251010-001.yaml');
    const before = readFileSync(file, 'utf8');
    // a new cache remembers nothing on its first run (it would only read every file once more)
    expect(ResultMemo.open(root, { q: 1 })).toBeUndefined();
    const memo = ResultMemo.open(root, { q: 1 })!;
    writeFileSync(file, before.replace('王建国', '王建民'));
    const loaded = loadArchive(root);
    memo.put([], loaded.records);
    writeFileSync(file, before);
    // back to the bytes the key was made from: no findings were filed under them
    expect(ResultMemo.open(root, { q: 1 })!.get()).toBeUndefined();
    // while a run that read what it asked about is remembered
    const again = ResultMemo.open(root, { q: 1 })!;
    again.put([], loadArchive(root).records);
    expect(ResultMemo.open(root, { q: 1 })!.get()).toEqual({ value: [] });
  }, 120_000);
});
