/**
 * The summary's wording templates on disk: which template folders exist (the archive's own
 * `templates/summary/…` first, then the package's), and which file holds a given template text (Liquid's
 * errors carry the text, not the file name). liquidjs reads the templates itself from these folders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The folders of `dirs` that exist, in order. */
export function existingDirs(dirs: readonly string[]): string[] {
  return dirs.filter((d) => existsSync(d));
}

/** The `.liquid` file under `roots` whose text is `source`. */
export function templateFileWithSource(roots: readonly string[], source: string): string | undefined {
  for (const root of roots) {
    let names: string[];
    try {
      names = readdirSync(root).filter((n) => n.endsWith('.liquid'));
    } catch {
      continue;
    }
    for (const n of names) if (readFileSync(join(root, n), 'utf8') === source) return join(root, n);
  }
  return undefined;
}
