/**
 * What every command that reads records does with the files it could not read: name them on stderr
 * (one line each, with the count and `xwgk check schema`) and hand back the list for JSON `skipped`
 * and document notices. New reading commands call `reportSkipped(ctx, archive)` once, after loading.
 */
import type { Archive } from '../archive/load.js';
import type { Ctx } from './context.js';
import { skippedFiles, type SkippedFile } from '../model/skipped.js';
import { renderSkippedAsLines, skippedAsJson } from '../render/skipped.js';

/** Writes the skipped files to stderr (even with `-q`: a report that leaves records out must say so) and returns them. */
export function reportSkipped(ctx: Ctx, archive: Archive): SkippedFile[] {
  const skipped = skippedFiles(archive.findings);
  const text = renderSkippedAsLines(ctx.lang, skipped, archive.catalog);
  if (text) ctx.err(text);
  return skipped;
}

/** A JSON report object with its `skipped` array (SPEC "JSON shapes"), messages in the reader's language. */
export function withSkipped<T extends object>(ctx: Ctx, report: T, skipped: readonly SkippedFile[], catalog?: Archive['catalog']): T & { skipped: ReturnType<typeof skippedAsJson> } {
  return { ...report, skipped: skippedAsJson(ctx.lang, skipped, catalog) };
}
