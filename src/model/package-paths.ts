/**
 * Where the package's own files are (templates, the default catalog, the parse worker), whether running
 * from `src/` (tests), the bundle in `dist/`, or the single executable (`npm run dist`), which carries
 * them inside itself as node:sea assets. In the executable the package root is the executable's own
 * path: `templatePath('catalog.yaml')` is then `…/xwgk.exe/templates/catalog.yaml`, a path no real file
 * can have (a file is not a folder), which src/archive/package-files.ts answers from the assets. This
 * module only finds where xwgk is and what it carries; reading files is the archive layer's.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
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

/** The keys of the assets embedded in the executable (empty outside it). */
export function seaAssetKeys(): ReadonlySet<string> {
  if (!sea) return new Set();
  manifest ??= new Set(JSON.parse(Buffer.from(sea.getRawAsset(SEA_MANIFEST)).toString('utf8')) as string[]);
  return manifest;
}

/** One embedded asset's bytes, by key (`templates/catalog.yaml`); undefined when there is none. */
export function seaAsset(key: string): Buffer | undefined {
  return sea && seaAssetKeys().has(key) ? Buffer.from(sea.getRawAsset(key)) : undefined;
}

/** The asset key of `path` when it lies inside the executable, else undefined. */
export function seaAssetKey(path: string): string | undefined {
  if (!IN_SEA) return undefined;
  const rel = relative(PACKAGE_ROOT, resolve(path));
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : undefined;
}

/**
 * How to start a worker whose bundle is `dist/<name>.js` beside the CLI: by file, or in the executable
 * by its embedded source (CommonJS, evaluated).
 */
export function workerScript(name: string): { script: string; eval: boolean } {
  const source = seaAsset(`dist/${name}.cjs`);
  if (source) return { script: source.toString('utf8'), eval: true };
  return { script: join(PACKAGE_ROOT, 'dist', `${name}.js`), eval: false };
}
