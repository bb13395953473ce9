/**
 * The site's search index, built by pagefind (npm package with its own binary, loaded only by `xwgk
 * site`). Chosen because it segments Chinese (收费, 公用经费, 作业本 are found) and filters by column,
 * category and year; minisearch finds nothing in Chinese without a tokenizer of our own. Records are
 * sent as soon as the index starts, all of them, and the index is asked for as soon as they are in,
 * so pagefind's process does its whole work while this one renders and writes the pages. The index
 * comes back as files (`getFiles`) that the site's one writer writes: pagefind's own `writeFiles`
 * opens its ~10,000 files from hundreds of threads at once, which took 5–20 s on a busy 2-core machine
 * where the same bytes, written here, take under one.
 */
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

/** Starts pagefind on `records`; the index is made while the caller goes on. */
export function startSearchIndex(language: string, records: readonly SearchIndexRecord[]): SearchIndexJob {
  const started = (async () => {
    const pagefind = await import('pagefind');
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(errors.join('; '));
    return { pagefind, index };
  })();
  const close = async () => {
    try {
      await (await started).pagefind.close();
    } catch {
      // pagefind never started: nothing to stop.
    }
  };
  const made = (async (): Promise<OutputFile[]> => {
    try {
      const { index } = await started;
      // All at once, not in batches: pagefind then never waits for this process, which is busy rendering
      // (a batch's answers were read only between two rendering steps). The index is the same.
      const results = await Promise.all(records.map((r) => index.addCustomRecord({ ...r, language })));
      const failed = results.flatMap((x) => x.errors);
      if (failed.length) throw new Error(failed.join('; '));
      const { files, errors } = await index.getFiles();
      if (errors.length) throw new Error(errors.join('; '));
      return files.flatMap((f) => {
        const path = f.path.replace(/\\/g, '/').replace(/^\/+/, '');
        if (path.split('/').some((s) => s === '..' || s === '')) throw new Error(`pagefind: ${f.path}`);
        return UI_FILE.test(path) ? [] : [{ path: `pagefind/${path}`, content: f.content }];
      });
    } finally {
      await close();
    }
  })();
  // Until `files` is awaited a failure is kept, not thrown into the void.
  made.catch(() => undefined);
  return { files: () => made, close };
}
