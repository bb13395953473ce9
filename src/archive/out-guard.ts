/**
 * Where `--out FILE` may write: anywhere but the archive's own files. A report written over
 * `journal.jsonl`, a record, `xwgk.yaml` or the cache would destroy what the tool keeps, so those
 * paths — after every link on the way is followed — are refused (exit 2), and so is a folder.
 */
import { lstatSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { usageError } from '../model/errors.js';
import { escapes } from './attachments.js';

/** The archive's own top-level names: folders whose whole content is the archive's, and its files. */
export const ARCHIVE_OWN = ['records', 'attachments', 'requests', 'schema', 'journal.jsonl', 'xwgk.yaml', '.xwgk-cache', '.xwgk-pending', '.xwgk.lock', '.xwgk.lock.break', '.gitattributes'] as const;

/** The real path `target` would have: the deepest existing folder resolved, the rest appended. */
function realTarget(target: string): string {
  const rest: string[] = [];
  for (let d = target; ; d = dirname(d)) {
    try {
      return join(realpathSync(d), ...rest.reverse());
    } catch {
      if (dirname(d) === d) return target;
      rest.push(basename(d));
    }
  }
}

/**
 * Checks an `--out` path (resolved against `cwd`) before anything is written. `root` is the archive,
 * when there is one. Returns the absolute path to write.
 */
export function checkOutPath(cwd: string, given: string, root: string | undefined): string {
  const path = resolve(cwd, given);
  try {
    if (statSync(path).isDirectory()) throw usageError('out.directory', { file: given }, { key: 'out.directory-hint', params: { file: given, name: 'report.txt' } });
  } catch (e) {
    if (!(e as NodeJS.ErrnoException).code) throw e;
  }
  if (!root) return path;
  let rootReal: string;
  try {
    rootReal = realpathSync(root);
  } catch {
    return path;
  }
  // A link at the path itself is judged by where it leads too, since a reader would follow it.
  let target = realTarget(path);
  try {
    if (lstatSync(path).isSymbolicLink()) target = realTarget(realpathSync(path));
  } catch {
    // no such file yet, or a dangling link: judged by its own place
  }
  const rel = relative(rootReal, target);
  if (escapes(rel) || rel === '') return path;
  const first = rel.split(sep)[0]!;
  if ((ARCHIVE_OWN as readonly string[]).includes(first)) {
    throw usageError('out.inside-archive', { file: given, part: first }, { key: 'out.inside-archive-hint', params: { name: basename(path) } });
  }
  return path;
}
