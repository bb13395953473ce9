/**
 * The site's search index, built by pagefind (npm package with its own binary, loaded only by `xwgk
 * site`). Chosen because it segments Chinese (收费, 公用经费, 作业本 are found) and filters by column,
 * category and year; minisearch finds nothing in Chinese without a tokenizer of our own.
 *
 * pagefind is the long pole of a big site (about 5 s of CPU for 10,000 records), so it is fed from a
 * worker thread of its own: pagefind's client talks to its process through pipes, and on this thread,
 * busy rendering and writing for seconds at a time, the records waited to be sent and the answers to
 * be read — pagefind started seconds late and then stalled. The worker sends every record at once and
 * asks for the index as files (`getFiles`), which the site's one writer writes: pagefind's own
 * `writeFiles` opens its ~10,000 files from hundreds of threads at once, 5 s of system time here.
 */
import { Worker } from 'node:worker_threads';
import type { OutputFile } from './site-output.js';

export interface SearchIndexRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export interface SearchIndexJob {
  /** The index's files, their paths under `pagefind/`, once pagefind has made them (it is stopped then). */
  files(): Promise<OutputFile[]>;
  /** Stops pagefind, done or not (on an error elsewhere). */
  close(): Promise<void>;
}

/** pagefind's ready-made UIs bring their own stylesheets; the site has one stylesheet and its own form. */
const UI_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** The worker: pagefind's client, fed everything at once; answers { files } or { error }. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { url, language, records } = workerData;
  const pagefind = await import(url);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(errors.join('; '));
    const results = await Promise.all(records.map((r) => index.addCustomRecord({ ...r, language })));
    const failed = results.flatMap((x) => x.errors);
    if (failed.length) throw new Error(failed.join('; '));
    const made = await index.getFiles();
    if (made.errors.length) throw new Error(made.errors.join('; '));
    parentPort.postMessage({ files: made.files });
  } catch (e) {
    parentPort.postMessage({ error: e instanceof Error ? e.message : String(e) });
  } finally {
    await pagefind.close();
  }
})();
`;

/** Starts pagefind on `records` in a worker thread; the index is made while the caller goes on. */
export function startSearchIndex(language: string, records: readonly SearchIndexRecord[]): SearchIndexJob {
  const worker = new Worker(WORKER, { eval: true, workerData: { url: import.meta.resolve('pagefind'), language, records } });
  const made = new Promise<OutputFile[]>((resolve, reject) => {
    worker.once('message', (m: { files?: { path: string; content: Uint8Array }[]; error?: string }) => {
      if (m.error !== undefined || !m.files) return reject(new Error(m.error ?? 'pagefind'));
      try {
        resolve(
          m.files.flatMap((f) => {
            const path = f.path.replace(/\\/g, '/').replace(/^\/+/, '');
            if (path.split('/').some((s) => s === '..' || s === '')) throw new Error(`pagefind: ${f.path}`);
            return UI_FILE.test(path) ? [] : [{ path: `pagefind/${path}`, content: f.content }];
          }),
        );
      } catch (e) {
        reject(e);
      }
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`pagefind's worker stopped (${code})`)));
  });
  // Until `files` is awaited a failure is kept, not thrown into the void.
  made.catch(() => undefined);
  return {
    files: () => made,
    close: async () => {
      await worker.terminate();
    },
  };
}
