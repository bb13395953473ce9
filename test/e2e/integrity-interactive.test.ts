/** At a terminal, a late entry for a sealed term asks for its reason instead of failing after all the questions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, writeArchive } from '../helpers/archive.js';
import { KEY, runInteractive } from '../helpers/pty.js';

it('asks why a record is added to a sealed term, and journals the answer', async () => {
  const root = writeArchive();
  const fields = [
    '--category',
    'plan',
    '--title',
    '学年计划',
    '--content',
    '计划',
    '--form',
    'board',
    '--audience',
    'staff,parents',
    '--timing',
    'before',
    '--responsible',
    '王建国',
    '--handler',
    '李明',
  ];
  expect((await cli(['add', '--yes', ...fields, '--time', '2025-09-15', '--archive', root])).code).toBe(0);
  expect((await cli(['seal', '--term', '2025-2026-1', '--archive', root])).code).toBe(0);

  const r = await runInteractive(['add', ...fields, '--time', '2025-11-02', '--archive', root, '--lang', 'zh-CN'], async (t) => {
    await t.answer('已封存的学期 2025-2026-1', `补登纸质记录${KEY.enter}`);
    await t.answer('确认写入', KEY.enter);
  });
  expect(r.code).toBe(0);
  const last = readFileSync(join(root, 'journal.jsonl'), 'utf8').trimEnd().split('\n').pop()!;
  expect(JSON.parse(last)).toMatchObject({ action: 'add', id: '20251102-001', reason: '补登纸质记录' });
});
