/**
 * Reading and validating many record files, on every core when it pays: a cold load of a large
 * archive starts worker threads, and they and the main thread take batches of files from one shared
 * counter until none are left (so a slow or late worker simply takes fewer). The loader stays
 * synchronous: the main thread blocks on `Atomics.wait` until each worker has posted its results, which
 * it takes with `receiveMessageOnPort`. Every file gets exactly the result `loadRecordBytes` gives it
 * on the main thread; if a worker fails, the files it had taken are parsed here afterwards.
 */
import { fastPathOn, type Env } from './env.js';
import { availableParallelism } from 'node:os';
import type { MessagePort, Worker } from 'node:worker_threads';
import { BUNDLED } from '../model/build-info.js';
import { makeCatalog, type Catalog, type CatalogData } from '../model/catalog.js';
import type { Finding } from '../model/finding.js';
import { workerScript } from '../model/package-paths.js';
import { loadRecordBytes, readArchiveFile, type LoadedRecord } from './record-file.js';

/** Below this many files a worker costs more to start than it saves. */
export const PARALLEL_FROM = 1500;
/** Files taken from the shared counter at a time. */
const BATCH = 100;
/** A worker's state in the shared array: created, running (it may take batches), done, or abandoned before it ran. */
const CREATED = 1;
const RUNNING = 2;
const DONE = 3;
const ABANDONED = 4;

export interface FileParse {
  file: string;
  /** SHA-256 of the bytes parsed; undefined when the file could not be read. */
  hash?: string;
  loaded?: LoadedRecord;
  findings: Finding[];
}

export interface WorkerInput {
  root: string;
  files: readonly string[];
  catalog: { data: CatalogData; disabled: string[] };
  port: MessagePort;
  /** Int32 [0]: the next file index to take (shared); [1]: this worker's state. */
  shared: SharedArrayBuffer;
  state: number;
  /** Whether the fast path for the writer's layout is on (`XWGK_NO_FAST_PATH`). */
  fast: boolean;
}

export type WorkerOutput = { results: [index: number, parse: FileParse][] } | { error: string };

/** Reads and validates one file on this thread. */
export function parseFile(root: string, file: string, catalog: Catalog, fast = true): FileParse {
  const read = readArchiveFile(root, file);
  if ('finding' in read) return { file, findings: [read.finding] };
  const r = loadRecordBytes(read.bytes, file, catalog, { fast });
  return { file, hash: r.hash, ...(r.loaded ? { loaded: r.loaded } : {}), findings: r.findings };
}

/** Takes batches from the shared counter (`next[0]`) and parses them until none are left. */
export function parseBatches(root: string, files: readonly string[], catalog: Catalog, next: Int32Array, fast: boolean, put: (i: number, p: FileParse) => void): void {
  for (;;) {
    const start = Atomics.add(next, 0, BATCH);
    if (start >= files.length) return;
    for (let i = start; i < Math.min(start + BATCH, files.length); i++) put(i, parseFile(root, files[i]!, catalog, fast));
  }
}

/** The worker's side (see `parse-worker.ts`). */
export function runWorker(input: WorkerInput): void {
  const flags = new Int32Array(input.shared);
  const results: [number, FileParse][] = [];
  // A worker that starts after the main thread gave up on it takes nothing.
  if (Atomics.compareExchange(flags, input.state, CREATED, RUNNING) !== CREATED) return;
  let out: WorkerOutput;
  try {
    const catalog = makeCatalog(input.catalog.data, input.catalog.disabled);
    parseBatches(input.root, input.files, catalog, flags, input.fast, (i, p) => results.push([i, p]));
    out = { results };
  } catch (e) {
    out = { error: String((e as Error)?.stack ?? e) };
  }
  input.port.postMessage(out);
  Atomics.store(flags, input.state, DONE);
  Atomics.notify(flags, input.state);
}

/** How many workers to start for `count` files (0: parse here). `XWGK_NO_PARALLEL=1` turns workers off. */
export function workersFor(count: number, env: Env): number {
  if (!BUNDLED || env.XWGK_NO_PARALLEL === '1' || count < PARALLEL_FROM) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, 3, Math.floor(count / PARALLEL_FROM)));
}

/** Starts a worker thread running `parse-worker` with this `workerData` (the bundle's by default). */
export type StartWorker = (workerData: Omit<WorkerInput, 'port'> & { port: MessagePort }, transferList: [MessagePort]) => Worker;

/** The bundle's worker: dist/parse-worker.js, or in the single executable its embedded source. */
const bundledWorker: StartWorker = (workerData, transferList) => {
  const { script, eval: isSource } = workerScript('parse-worker');
  return new (threads().Worker)(script, { eval: isSource, workerData, transferList });
};

/**
 * Reads and validates `files`, sharing them with worker threads when that pays; results in the order
 * of `files`. `how` is for tests: a number of workers, and how to start one (from the sources).
 */
export function parseFiles(root: string, files: readonly string[], catalog: Catalog, env: Env, how: { workers?: number; start?: StartWorker } = {}): FileParse[] {
  const out: FileParse[] = new Array(files.length);
  const workers = how.workers ?? workersFor(files.length, env);
  const fast = fastPathOn(env);
  if (workers === 0) {
    files.forEach((f, i) => (out[i] = parseFile(root, f, catalog, fast)));
    return out;
  }
  const shared = new SharedArrayBuffer(4 * (1 + workers));
  const flags = new Int32Array(shared);
  const jobs = [];
  for (let w = 1; w <= workers; w++) jobs.push(startWorker({ root, files, catalog: { data: catalog.data, disabled: [...catalog.disabled] }, shared, state: w, fast }, how.start ?? bundledWorker));
  parseBatches(root, files, catalog, flags, fast, (i, p) => (out[i] = p));
  for (const job of jobs) {
    if (!job) continue;
    const result = finishWorker(job, flags);
    if ('results' in result) for (const [i, p] of result.results) out[i] = p;
  }
  // Whatever a failed worker had taken is still missing: parse it here.
  files.forEach((f, i) => (out[i] ??= parseFile(root, f, catalog, fast)));
  return out;
}

interface Job {
  worker: Worker;
  port: MessagePort;
  state: number;
}

/** node:worker_threads, loaded only when a worker is started (it costs start-up time every command would pay). */
const threads = () => process.getBuiltinModule('node:worker_threads') as typeof import('node:worker_threads');

function startWorker(input: Omit<WorkerInput, 'port'>, start: StartWorker): Job | undefined {
  try {
    const { MessageChannel } = threads();
    const { port1, port2 } = new MessageChannel();
    const flags = new Int32Array(input.shared);
    Atomics.store(flags, input.state, CREATED);
    const worker = start({ ...input, port: port2 }, [port2]);
    worker.unref();
    return { worker, port: port1, state: input.state };
  } catch {
    return undefined;
  }
}

/**
 * Waits for a worker's results. A worker still loading when the main thread has run out of files is
 * abandoned: it has taken nothing, and it will take nothing when it starts.
 */
function finishWorker(job: Job, flags: Int32Array): WorkerOutput {
  try {
    if (Atomics.compareExchange(flags, job.state, CREATED, ABANDONED) === CREATED) return { results: [] };
    while (Atomics.load(flags, job.state) !== DONE) Atomics.wait(flags, job.state, RUNNING);
    const out = threads().receiveMessageOnPort(job.port)?.message as WorkerOutput | undefined;
    return out ?? { error: 'no results' };
  } finally {
    job.port.close();
    void job.worker.terminate();
  }
}
