/** Reads the default catalog shipped in `templates/catalog.yaml`. */
import { CatalogSchema, type CatalogData } from './catalog.js';
import { readPackageFile, templatePath } from './package-paths.js';
import { yaml } from './yaml-lib.js';

let cached: CatalogData | undefined;

export function defaultCatalogData(): CatalogData {
  cached ??= CatalogSchema.parse(yaml().parse(readPackageFile(templatePath('catalog.yaml')).toString('utf8')));
  return cached;
}
