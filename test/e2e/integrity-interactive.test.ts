/** At a terminal, a late entry for a sealed term asks for its reason instead of failing after all the questions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { run } from '../../src/cli/program.js';
import { setPromptStreams } from '../../src/commands/prompter.js';
import { cli, writeArchive } from '../helpers/archive.js';

afterEach(() => setPromptStreams(undefined));

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

  let screen = '';
  const input = Object.assign(new PassThrough(), { isTTY: true, setRawMode: () => {} });
  const output = () => new Writable({ write: (chunk, _e, done) => void ((screen += stripVTControlCharacters(String(chunk))), done()) });
  setPromptStreams({ input: () => input, output });
  const answer = async (text: string, keys: string) => {
    for (let i = 0; i < 500 && !screen.includes(text); i++) await new Promise((r) => setTimeout(r, 10));
    expect(screen).toContain(text);
    input.write(keys);
  };
  const done = run({
    argv: ['add', ...fields, '--time', '2025-11-02', '--archive', root, '--lang', 'zh-CN'],
    env: { NO_COLOR: '1' },
    cwd: process.cwd(),
    stdout: () => {},
    stderr: () => {},
    interactive: true,
    stdoutColor: false,
    columns: 100,
  });
  await answer('已封存的学期 2025-2026-1', '补登纸质记录\r');
  await answer('确认写入', '\r');
  expect(await done).toBe(0);
  const last = readFileSync(join(root, 'journal.jsonl'), 'utf8').trimEnd().split('\n').pop()!;
  expect(JSON.parse(last)).toMatchObject({ action: 'add', id: '20251102-001', reason: '补登纸质记录' });
});
