/**
 * The site's search index, built by pagefind (npm package with its own binary, loaded only by `xwgk
 * site`) and written by it straight into the site folder. Chosen because it segments Chinese (收费,
 * 公用经费, 作业本 are found) and filters by column, category and year; minisearch finds nothing in
 * Chinese without a tokenizer of our own. Records are sent as soon as the index starts, in batches, so
 * pagefind's process works while this one renders the pages.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface SearchIndexRecord {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

export interface SearchIndexJob {
  /** Writes the index into `dir` (after every record is in) and stops pagefind. */
  writeTo(dir: string): Promise<void>;
  /** Stops pagefind without writing (on an error elsewhere). */
  close(): Promise<void>;
}

const BATCH = 512;
/** pagefind's ready-made UIs bring their own stylesheets; the site has one stylesheet and its own form. */
const UI_FILE = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

export function startSearchIndex(language: string, records: readonly SearchIndexRecord[]): SearchIndexJob {
  const started = (async () => {
    const pagefind = await import('pagefind');
    const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
    if (!index) throw new Error(errors.join('; '));
    return { pagefind, index };
  })();
  const added = started.then(async ({ index }) => {
    for (let i = 0; i < records.length; i += BATCH) {
      const results = await Promise.all(records.slice(i, i + BATCH).map((r) => index.addCustomRecord({ ...r, language })));
      const failed = results.flatMap((x) => x.errors);
      if (failed.length) throw new Error(failed.join('; '));
    }
  });
  // Until writeTo is awaited an early failure is kept, not thrown into the void.
  added.catch(() => undefined);
  const close = async () => {
    try {
      await (await started).pagefind.close();
    } catch {
      // pagefind never started: nothing to stop.
    }
  };
  return {
    async writeTo(dir) {
      try {
        await added;
        const { index } = await started;
        const written = await index.writeFiles({ outputPath: dir });
        if (written.errors.length) throw new Error(written.errors.join('; '));
        for (const f of readdirSync(dir)) if (UI_FILE.test(f)) rmSync(join(dir, f));
      } finally {
        await close();
      }
    },
    close,
  };
}
