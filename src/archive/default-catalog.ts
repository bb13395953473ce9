/** Reads the default catalog shipped in `templates/catalog.yaml`. */
import { readFileSync } from 'node:fs';
import { CatalogSchema, type CatalogData } from '../model/catalog.js';
import { templatePath } from '../model/package-paths.js';
import { yaml } from '../model/yaml-lib.js';

let cached: CatalogData | undefined;

export function defaultCatalogData(): CatalogData {
  cached ??= CatalogSchema.parse(yaml().parse(readFileSync(templatePath('catalog.yaml'), 'utf8')));
  return cached;
}
