/** Ten clerks (processes) adding at the same moment in one archive: ten distinct records, no error. */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { BIN, writeArchive } from '../helpers/archive.js';
import { addFlags, PLAIN } from '../helpers/add-flags.js';

function addProcess(root: string, n: number): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        BIN,
        '--archive',
        root,
        '--lang',
        'en',
        ...addFlags({ ...PLAIN, title: `通知 ${n}`, content: `第 ${n} 条`, time: '2025-11-10', responsible: `文员${n}` }),
      ],
      { env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } },
    );
    let out = '',
      err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

describe('concurrent add', () => {
  it('gives ten processes ten distinct ids and loses nothing', async () => {
    const root = writeArchive();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => addProcess(root, i + 1)));
    for (const r of results) expect(r).toMatchObject({ code: 0, err: '' });
    const ids = results.map((r) => /Logged (\d{8}-\d{3})/.exec(r.out)?.[1]).sort();
    expect(ids).toEqual(Array.from({ length: 10 }, (_, i) => `20251110-${String(i + 1).padStart(3, '0')}`));
    expect(readdirSync(join(root, 'records/2025')).filter((f) => f.endsWith('.yaml'))).toHaveLength(10);
    const archive = loadArchive(root);
    expect(archive.findings).toEqual([]);
    const titles = archive.records.map((r) => r.record.title).sort();
    expect(titles).toEqual(Array.from({ length: 10 }, (_, i) => `通知 ${i + 1}`).sort());
    // each file holds the record its process wrote (no torn or swapped writes)
    for (const r of archive.records)
      expect(readFileSync(join(root, r.file), 'utf8')).toContain(`content: 第 ${r.record.title.slice(3)} 条`);
  });
});
