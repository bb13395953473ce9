/**
 * The YAML library, loaded on first use. A warm command takes settings and records from the cache
 * and never parses YAML, so the library (a quarter of the code) is not loaded at start-up: the build
 * ships it as its own CommonJS file, `dist/yaml.cjs`, which `require` loads synchronously when a file
 * must be parsed or written. Running from `src/` (tests), the package itself is required.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as YamlLib from 'yaml';
import { BUNDLED } from './build-info.js';
import { PACKAGE_ROOT } from './package-paths.js';

const requireCjs = createRequire(import.meta.url);
let lib: typeof YamlLib | undefined;

export function yaml(): typeof YamlLib {
  lib ??= (BUNDLED ? requireCjs(join(PACKAGE_ROOT, 'dist', 'yaml.cjs')) : requireCjs('yaml')) as typeof YamlLib;
  return lib;
}
