// The parallel parser from the sources (not only through the bundle): worker threads started from
// src/archive/parse-worker.ts give every file exactly the result the main thread gives it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { loadArchive } from '../../src/archive/load.js';
import { parseFiles, type StartWorker } from '../../src/archive/parallel-parse.js';
import { listRecordFiles } from '../../src/archive/record-walk.js';
import { FINANCE, recordYaml, writeArchive } from '../helpers/archive.js';

const WORKER = new URL('../../src/archive/parse-worker.ts', import.meta.url).href;
/** A worker running the TypeScript source through tsx (the bundle runs dist/parse-worker.js). */
const fromSource: StartWorker = (workerData, transferList) =>
  new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(WORKER)}); })`, {
    eval: true,
    workerData,
    transferList,
  });

function bigArchive(n: number): string {
  const root = writeArchive();
  mkdirSync(join(root, 'records/2025'), { recursive: true });
  for (let i = 1; i <= n; i++) {
    const id = `20251010-${String(i).padStart(3, '0')}`;
    // Every seventh file is broken, every eleventh has an unknown key: findings must match too.
    const text =
      i % 7 === 0
        ? `id: ${id}\ntitle: [unclosed\n`
        : recordYaml({ ...FINANCE, id, title: `九月财务 ${i}`, ...(i % 11 === 0 ? { audiance: '[staff]' } : {}) });
    writeFileSync(join(root, `records/2025/${id}.yaml`), text);
  }
  return root;
}

describe('parseFiles with worker threads', () => {
  it('gives each file the result the main thread gives it, in order, whoever parsed it', () => {
    const n = 1500;
    const root = bigArchive(n);
    const { catalog } = loadArchive(root, { cache: false });
    const files = listRecordFiles(root);
    const alone = parseFiles(root, files, catalog, {}, { workers: 0 });
    // Each worker's state word tells afterwards whether it ran (DONE = 3) or was abandoned unstarted.
    const states: (() => number)[] = [];
    const watched: StartWorker = (data, transfer) => {
      states.push(() => Atomics.load(new Int32Array(data.shared), data.state));
      return fromSource(data, transfer);
    };
    const shared = parseFiles(root, files, catalog, {}, { workers: 2, start: watched });
    expect(shared).toHaveLength(n);
    expect(shared).toEqual(alone);
    expect(shared.filter((p) => !p.loaded)).toHaveLength(Math.floor(n / 7));
    expect(states.map((s) => s())).toContain(3);
  }, 60000);

  it('parses everything on the main thread when a worker never gets going', () => {
    const root = bigArchive(120);
    const { catalog } = loadArchive(root, { cache: false });
    const files = listRecordFiles(root);
    // A worker that never takes a file (as one still loading when the main thread is done): it is abandoned.
    const idle: StartWorker = () => new Worker('', { eval: true });
    expect(parseFiles(root, files, catalog, {}, { workers: 2, start: idle })).toEqual(parseFiles(root, files, catalog, {}, { workers: 0 }));
  }, 60000);
});
