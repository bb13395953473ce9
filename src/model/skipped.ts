/**
 * The record files a load could not use, as plain data: what every reading command reports so that
 * no report leaves a record out silently (on stderr, as JSON `skipped`, as a notice in documents).
 *
 * Usage (any command): `const skipped = skippedFiles(archive.findings)`; the renderers in
 * `render/skipped.ts` turn the list into stderr lines, a JSON array or a document notice.
 */
import type { Finding, Msg } from './finding.js';
import { ID_PATTERN, idDate } from './record.js';
import { addDays, isCalendarDate } from './dates.js';
import type { Terms } from './terms.js';

export interface SkippedFile {
  /** Path inside the archive, `/`-separated. */
  file: string;
  /** The line of the first problem, when there is one. */
  line?: number;
  /** The finding's code (`schema.syntax`, `schema.missing-key` …). */
  code: string;
  /** The first error of the file, as a message key: translated by the renderer. */
  message: Msg;
  hint?: Msg;
}

/**
 * One entry per file that produced no record: the first error found in it. Findings about
 * `xwgk.yaml`, and warnings (a misplaced but loaded record), skip nothing. `folders` narrows it to
 * files under those folders (`request list` asks for `['requests/']` alone).
 */
export function skippedFiles(findings: readonly Finding[], folders?: readonly string[]): SkippedFile[] {
  const byFile = new Map<string, SkippedFile>();
  for (const f of findings) {
    // Any file the load could not use: records, and request files where a loader reads them.
    if (f.check !== 'schema' || f.severity !== 'error' || !f.file || f.file === 'xwgk.yaml') continue;
    if (folders && !folders.some((d) => f.file!.startsWith(d))) continue;
    if (byFile.has(f.file)) continue;
    byFile.set(f.file, {
      file: f.file,
      ...(f.line ? { line: f.line } : {}),
      code: f.code,
      message: f.message,
      ...(f.hint ? { hint: f.hint } : {}),
    });
  }
  return [...byFile.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** What a file is, for the words that name it: a record, a request for information, the settings. */
export type SkippedKind = 'record' | 'request' | 'settings';
export const SKIPPED_KINDS: readonly SkippedKind[] = ['record', 'request', 'settings'];

/** The kind of an archive file by its path (`requests/…` a request, `xwgk.yaml` the settings, else a record). */
export function skippedFileKind(file: string): SkippedKind {
  if (file === 'xwgk.yaml' || file.endsWith('/xwgk.yaml')) return 'settings';
  return file.startsWith('requests/') ? 'request' : 'record';
}

/** The disclosure date a skipped file's name says (`records/2025/20250901-002.yaml` → 2025-09-01), if any. */
export function skippedFileDate(file: string): string | undefined {
  const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
  return ID_PATTERN.test(name) && isCalendarDate(idDate(name)) ? idDate(name) : undefined;
}

/**
 * The skipped files that may hold a record of `term`: those whose file-name date lies in the term, or
 * in the 30 days before it (a fee notice posted before term belongs to it), and those with no date.
 */
export function skippedInTerm(findings: readonly Finding[], terms: Terms, term: string): SkippedFile[] {
  const t = terms.byId(term);
  const from = addDays(terms.belongsFrom(t), -30);
  // A seal vouches for the term's records: only record files can hold one.
  return skippedFiles(findings).filter((s) => {
    if (!s.file.startsWith('records/')) return false;
    const date = skippedFileDate(s.file);
    return date === undefined || (date >= from && date <= t.end);
  });
}
