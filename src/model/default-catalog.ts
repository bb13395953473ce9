/** Reads the default catalog shipped in `templates/catalog.yaml`. */
import { readFileSync } from 'node:fs';
import { CatalogSchema, type CatalogData } from './catalog.js';
import { templatePath } from './package-paths.js';
import { yaml } from './yaml-lib.js';

let cached: CatalogData | undefined;

export function defaultCatalogData(): CatalogData {
  cached ??= CatalogSchema.parse(yaml().parse(readFileSync(templatePath('catalog.yaml'), 'utf8')));
  return cached;
}
