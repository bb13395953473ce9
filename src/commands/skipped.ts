/**
 * What every command that reads records does with the files it could not read: name them on stderr,
 * one line each, with the count and `xwgk check schema`. A command declared with formats gets this
 * from `runWith` (shape.ts) by itself; the JSON `skipped` array and the document notices come from
 * `render/skipped.ts` (`withSkippedJson`, `withSkippedNotice`, `noticeOf`) in its renderers.
 */
import type { Archive } from '../archive/load.js';
import type { Ctx } from './context.js';
import { skippedFiles, type SkippedFile } from '../model/skipped.js';
import { renderSkippedAsLines } from '../render/skipped.js';

/** Writes the skipped files to stderr (even with `-q`: a report that leaves records out must say so) and returns them. */
export function reportSkipped(ctx: Ctx, archive: Archive): SkippedFile[] {
  const skipped = skippedFiles(archive.findings);
  const text = renderSkippedAsLines(ctx.lang, skipped, archive.catalog);
  if (text) ctx.err(text);
  return skipped;
}
