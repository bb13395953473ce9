/**
 * The parse worker (its own entry point in the bundle, `dist/parse-worker.js`): during a cold load of
 * a large archive it takes batches of record files alongside the main thread and validates them with
 * the very function the main thread uses. See `parallel-parse.ts`.
 */
import { workerData } from 'node:worker_threads';
import { runWorker, type WorkerInput } from './parallel-parse.js';

runWorker(workerData as WorkerInput);
