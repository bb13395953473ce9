/**
 * Where the package's own files are (templates, the default catalog, the parse worker), whether running
 * from `src/` (tests), the bundle in `dist/`, or the single executable (`npm run dist`), which carries
 * them inside itself as node:sea assets. In the executable the package root is the executable's own
 * path: `templatePath('catalog.yaml')` is then `…/xwgk.exe/templates/catalog.yaml`, a path no real file
 * can have (a file is not a folder), which `readPackageFile` and `packageFs` answer from the assets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

interface SeaModule {
  isSea(): boolean;
  getRawAsset(key: string): ArrayBuffer;
}

/** node:sea when running as a single executable (loaded by name: Node 20.11 and older have no such module). */
const sea: SeaModule | undefined = (() => {
  try {
    const m = process.getBuiltinModule?.('node:sea') as SeaModule | undefined;
    return m?.isSea() ? m : undefined;
  } catch {
    return undefined;
  }
})();

/** True inside the single executable. */
export const IN_SEA = sea !== undefined;

/** The asset that lists every embedded file's key (`templates/summary/zh-CN/summary.liquid`, …). */
export const SEA_MANIFEST = 'manifest.json';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'templates'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('xwgk: cannot find the package root (templates/ is missing)');
    dir = up;
  }
  return dir;
}

export const PACKAGE_ROOT = IN_SEA ? process.execPath : findPackageRoot();

export function templatePath(name: string): string {
  return join(PACKAGE_ROOT, 'templates', name);
}

let manifest: Set<string> | undefined;
function assetKeys(): Set<string> {
  manifest ??= new Set(JSON.parse(Buffer.from(sea!.getRawAsset(SEA_MANIFEST)).toString('utf8')) as string[]);
  return manifest;
}

/** The asset key of `path` when it lies inside the executable, else undefined. */
function assetKey(path: string): string | undefined {
  if (!IN_SEA) return undefined;
  const rel = relative(PACKAGE_ROOT, resolve(path));
  return rel && !rel.startsWith('..') && !rel.startsWith(sep) ? rel.split(sep).join('/') : undefined;
}

function notFound(path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`ENOENT: no such file in the executable, open '${path}'`), { code: 'ENOENT', path });
}

/** Reads one of the package's files (or, for a path outside the package, the file on disk). */
export function readPackageFile(path: string): Buffer {
  const key = assetKey(path);
  if (key === undefined) return readFileSync(path);
  if (!assetKeys().has(key)) throw notFound(path);
  return Buffer.from(sea!.getRawAsset(key));
}

/** Whether `path` is a file, embedded or on disk. */
export function packageFileExists(path: string): boolean {
  const key = assetKey(path);
  if (key === undefined) {
    try {
      return statSync(path).isFile();
    } catch {
      return false;
    }
  }
  return assetKeys().has(key);
}

/** The names of the files directly in folder `dir`, embedded or on disk. */
export function listPackageDir(dir: string): string[] {
  const key = assetKey(dir);
  if (key === undefined) return readdirSync(dir);
  const prefix = `${key}/`;
  return [...assetKeys()].filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/')).map((k) => k.slice(prefix.length));
}

/**
 * How to start a worker whose bundle is `dist/<name>.js` beside the CLI: by file, or in the executable
 * by its embedded source (CommonJS, evaluated).
 */
export function workerScript(name: string): { script: string; eval: boolean } {
  if (IN_SEA) return { script: readPackageFile(join(PACKAGE_ROOT, 'dist', `${name}.cjs`)).toString('utf8'), eval: true };
  return { script: join(PACKAGE_ROOT, 'dist', `${name}.js`), eval: false };
}
