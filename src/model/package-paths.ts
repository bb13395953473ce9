/** Where the package's own files are, whether running from `src/` (tests) or the bundle in `dist/`. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'templates'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('xwgk: cannot find the package root (templates/ is missing)');
    dir = up;
  }
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();

export function templatePath(name: string): string {
  return join(PACKAGE_ROOT, 'templates', name);
}
