/**
 * The file system liquidjs reads the summary and report templates through: the package's own templates come from
 * `readPackageFile` (files beside the code, or assets inside the single executable), an archive's own
 * copy from disk. Containment is checked as liquidjs's own does (real paths inside the root), with the
 * embedded templates compared by path since they have no real path.
 */
import { realpathSync } from 'node:fs';
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { IN_SEA, PACKAGE_ROOT } from '../model/package-paths.js';
import { packageFileExists, readPackageFile } from './package-files.js';

function inside(root: string, file: string): boolean {
  const rel = relative(root, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

function containsSync(root: string, file: string): boolean {
  if (IN_SEA && inside(PACKAGE_ROOT, resolve(root))) return inside(resolve(root), resolve(file));
  try {
    return inside(realpathSync(root), realpathSync(file));
  } catch {
    return false;
  }
}

const readText = (file: string) => readPackageFile(file).toString('utf8');

/** liquidjs's `fs` option (its FS interface). */
export const templateFs = {
  exists: async (file: string) => packageFileExists(file),
  existsSync: packageFileExists,
  readFile: async (file: string) => readText(file),
  readFileSync: readText,
  resolve: (dir: string, file: string, ext: string) => resolve(dir, extname(file) ? file : file + ext),
  dirname,
  sep,
  contains: async (root: string, file: string) => containsSync(root, file),
  containsSync,
};
