/**
 * Every temp file a writer leaves (a record's new content, the spare name kept for undo) is named one
 * way, with its writer's process id, so the next writer sweeps those of dead writers and no others.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processAlive, sweepTemps, tempName } from '../../src/archive/atomic.js';
import { isStale, refreshLock, withArchiveLock } from '../../src/archive/lock.js';
import { keepForUndo } from '../../src/archive/undo-file.js';
import { tempDir } from '../helpers/archive.js';

/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid!;

describe('temp files and their writers', () => {
  it('knows a live process from an ended one, for temp files and for the lock alike', () => {
    const dead = deadPid();
    expect([processAlive(process.pid), processAlive(dead)]).toEqual([true, false]);
    const now = Date.now();
    const owner = (pid: number) => ({ pid, host: hostname(), time: new Date(now).toISOString(), token: 't' });
    expect([isStale(owner(process.pid), now, now), isStale(owner(dead), now, now)]).toEqual([false, true]);
  });

  it("sweeps a dead writer's temp files, its undo spare among them, and keeps a live one's and every other file", () => {
    const dir = tempDir();
    const record = join(dir, '20251010-001.yaml');
    writeFileSync(record, 'id: 20251010-001\n');
    const spare = keepForUndo(record); // a live writer's spare name, beside the record
    const dead = deadPid();
    const left = tempName(record).replace(`.${process.pid}.`, `.${dead}.`);
    writeFileSync(left, 'half a record');
    writeFileSync(join(dir, 'notes.tmp'), 'not ours');
    expect(basename(left)).toMatch(/^\.20251010-001\.yaml\.\d+\.[0-9a-f]{8}\.tmp$/);
    expect(readdirSync(dir)).toHaveLength(4);
    expect(sweepTemps(dir)).toBe(1);
    const after = readdirSync(dir).sort();
    expect(after.filter((n) => !n.startsWith('.'))).toEqual(['20251010-001.yaml', 'notes.tmp']);
    expect(after.filter((n) => n.startsWith('.'))).toEqual([
      expect.stringMatching(new RegExp(`^\\.20251010-001\\.yaml\\.${process.pid}\\.[0-9a-f]{8}\\.tmp$`)),
    ]);
    spare.drop();
    expect(readdirSync(dir).sort()).toEqual(['20251010-001.yaml', 'notes.tmp']);
    expect(readFileSync(record, 'utf8')).toBe('id: 20251010-001\n');
  });
});

describe('the archive lock, re-dated', () => {
  it('is rewritten whole through the atomic writer: same owner, a later time, no temp file left', () => {
    const root = tempDir();
    const lock = join(root, '.xwgk.lock');
    withArchiveLock(root, () => {
      const before = JSON.parse(readFileSync(lock, 'utf8'));
      const until = Date.now() + 5;
      while (Date.now() <= until); // a later millisecond
      refreshLock();
      const after = JSON.parse(readFileSync(lock, 'utf8'));
      expect({ ...after, time: before.time }).toEqual(before);
      expect(Date.parse(after.time)).toBeGreaterThan(Date.parse(before.time));
      expect(readdirSync(root)).toEqual(['.xwgk.lock']);
    });
    expect(readdirSync(root)).toEqual([]);
  });
});
