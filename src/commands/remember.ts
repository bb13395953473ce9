/**
 * Read-only reports remembered: the same question about the same bytes gets the same answer, from
 * the result memo (archive/result-memo.ts) instead of loading the archive and working it out again.
 * A warm repeat of `check`, `status`, `audit`, `summary` or `list` then costs about one pass of reading
 * and hashing every file. The report must be plain data: it goes through JSON. With it are kept the
 * loader's findings and file count, so that the files left out are named on stderr, in JSON `skipped`
 * and in documents exactly as when the archive is loaded. Off with `XWGK_NO_CACHE=1`.
 */
import { cacheOn } from '../archive/env.js';
import type { Archive } from '../archive/load.js';
import { ResultMemo } from '../archive/result-memo.js';
import type { Finding } from '../model/finding.js';
import type { Ctx } from './context.js';

interface Remembered<R> {
  report: R;
  findings: Finding[];
  fileCount: number;
}

/**
 * The report for `question` (the command, its options as they bear on the report, and today): from the
 * memo when the archive's bytes are those it was made from, else built from the loaded archive and filed.
 */
export function remembered<R>(ctx: Ctx, question: Record<string, unknown>, build: (archive: Archive) => R): R {
  const memo = cacheOn(ctx.io.env) ? ResultMemo.open(ctx.archiveRoot(), question, ctx.io.env) : undefined;
  const hit = memo?.get()?.value as Remembered<R> | undefined;
  if (hit && typeof hit === 'object' && 'report' in hit && Array.isArray(hit.findings)) {
    ctx.rememberedFrom({ ...ctx.settings(), records: [], requests: [], findings: hit.findings, fileCount: hit.fileCount });
    return hit.report;
  }
  const archive = ctx.archive();
  const report = build(archive);
  memo?.put({ report, findings: archive.findings, fileCount: archive.fileCount } satisfies Remembered<R>, archive.records);
  return report;
}
