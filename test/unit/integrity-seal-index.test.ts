/** The seal index lets a writer find seals without reading a long journal, and is never believed over the journal. */
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheStore } from '../../src/archive/cache-store.js';
import { readSeals } from '../../src/archive/journal.js';
import { cli, writeArchive } from '../helpers/archive.js';
import { addFlags, PLAIN } from '../helpers/add-flags.js';

const add = (root: string, title: string, time: string) => cli(['--archive', root, ...addFlags({ ...PLAIN, title, content: title, time })]);

describe('the seal index', () => {
  it('finds seals appended after it was built, and rereads a journal that was rewritten', async () => {
    const root = writeArchive();
    await add(root, '一', '2025-10-10');
    expect(readSeals(root, { cache: true })).toEqual([]);
    expect((await cli(['--archive', root, 'seal', '--term', '2025-2026-1', '--today', '2026-02-01'])).code).toBe(0);
    await add(root, '二', '2026-03-10');
    const seals = readSeals(root, { cache: true });
    expect(seals.map((s) => s.term)).toEqual(['2025-2026-1']);
    expect(readSeals(root, { cache: false })).toEqual(seals);
    expect(JSON.parse(CacheStore.open(root)!.read('seals.json')!).size).toBe(readFileSync(join(root, 'journal.jsonl')).length);

    // a journal rewritten without its seal line: the index no longer matches, so it is not believed
    const lines = readFileSync(join(root, 'journal.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l && !l.includes('"action":"seal"'));
    writeFileSync(join(root, 'journal.jsonl'), `${lines.join('\n')}\n`);
    appendFileSync(join(root, 'journal.jsonl'), '');
    expect(readSeals(root, { cache: true })).toEqual([]);
  });

  it('makes a change to a sealed term ask for a reason, index or not', async () => {
    const root = writeArchive();
    await add(root, '一', '2025-10-10');
    await cli(['--archive', root, 'seal', '--term', '2025-2026-1', '--today', '2026-02-01']);
    for (const env of [{}, { XWGK_NO_CACHE: '1' }] as Record<string, string>[]) {
      const r = await cli(
        ['--archive', root, '--lang', 'en', ...addFlags({ ...PLAIN, title: '补', content: '补', time: '2025-10-11', responsible: '王' })],
        { env },
      );
      expect(r.code).toBe(2);
    }
  });
});
