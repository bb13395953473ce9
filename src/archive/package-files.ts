/**
 * Reading xwgk's own files (templates, the default catalog): from disk beside the code, or, in the
 * single executable, from the assets inside it (src/model/package-paths.ts says which paths those are).
 * Any other path is read from disk, so a caller need not know where a template folder lives.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { seaAsset, seaAssetKey, seaAssetKeys } from '../model/package-paths.js';

function notFound(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOENT: no such file in the executable, open '${path}'`), { code: 'ENOENT', path });
}

/** Reads one of the package's files (or, for a path outside the package, the file on disk). */
export function readPackageFile(path: string): Buffer {
  const key = seaAssetKey(path);
  if (key === undefined) return readFileSync(path);
  const bytes = seaAsset(key);
  if (!bytes) throw notFound(path);
  return bytes;
}

/** Whether `path` is a file, embedded or on disk. */
export function packageFileExists(path: string): boolean {
  const key = seaAssetKey(path);
  if (key !== undefined) return seaAssetKeys().has(key);
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The names of the files directly in folder `dir`, embedded or on disk. */
export function listPackageDir(dir: string): string[] {
  const key = seaAssetKey(dir);
  if (key === undefined) return readdirSync(dir);
  const prefix = `${key}/`;
  return [...seaAssetKeys()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/')).map((k) => k.slice(prefix.length));
}
