/** The sample archive is written through the tool: `verify` passes on it, and it holds a sealed term. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cli, REPO } from '../helpers/archive.js';

it('the sample archive verifies and has a sealed term', async () => {
  const archive = join(REPO, 'archive');
  const r = await cli(['verify', '--format', 'json', '--archive', archive]);
  expect(r.code).toBe(0);
  const v = JSON.parse(r.stdout);
  expect(v.ok).toBe(true);
  expect(v.records).toBeGreaterThanOrEqual(80);
  const seals = readFileSync(join(archive, 'journal.jsonl'), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l))
    .filter((e) => e.action === 'seal');
  expect(seals.map((s) => s.term)).toContain('2025-2026-1');
  expect((await cli(['verify', '--digest', seals[0].digest, '--archive', archive])).code).toBe(0);
});
