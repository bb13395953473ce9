/**
 * Read-only reports remembered: the same question about the same bytes gets the same answer, from
 * the result memo (archive/result-memo.ts) instead of loading the archive and working it out again.
 * A warm repeat of `check`, `status`, `audit`, `summary` or `list` then costs about one pass of reading
 * and hashing every file. The report must be plain data: it goes through JSON. Off with `XWGK_NO_CACHE=1`.
 */
import { cacheOn } from '../archive/env.js';
import type { Archive } from '../archive/load.js';
import { ResultMemo } from '../archive/result-memo.js';
import type { Ctx } from './context.js';

/**
 * The report for `question` (the command, its options as they bear on the report, and today): from the
 * memo when the archive's bytes are those it was made from, else built from the loaded archive and filed.
 */
export function remembered<R>(ctx: Ctx, question: Record<string, unknown>, build: (archive: Archive) => R): R {
  const memo = cacheOn(ctx.io.env) ? ResultMemo.open(ctx.archiveRoot(), question, ctx.io.env) : undefined;
  const hit = memo?.get();
  if (hit !== undefined) return hit.value as R;
  const archive = ctx.archive();
  const report = build(archive);
  memo?.put(report, archive.records);
  return report;
}
