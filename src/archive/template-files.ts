/**
 * The summary's wording templates on disk: which template folders exist (the archive's own
 * `templates/summary/…` first, then the package's), and which file holds a given template text (Liquid's
 * errors carry the text, not the file name). The package's folders may be inside the single executable
 * (model/package-paths.ts); liquidjs reads them through template-fs.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listPackageDir, readPackageFile } from './package-files.js';

/** The folders of `dirs` that exist, in order. */
export function existingDirs(dirs: readonly string[]): string[] {
  return dirs.filter((d) => existsSync(d));
}

/** The `.liquid` file under `roots` whose text is `source`. */
export function templateFileWithSource(roots: readonly string[], source: string): string | undefined {
  for (const root of roots) {
    let names: string[];
    try {
      names = listPackageDir(root).filter((n) => n.endsWith('.liquid'));
    } catch {
      continue;
    }
    for (const n of names) if (readPackageFile(join(root, n)).toString('utf8') === source) return join(root, n);
  }
  return undefined;
}
