/** Reads the default catalog shipped in `templates/catalog.yaml`. */
import { CatalogSchema, type CatalogData } from '../model/catalog.js';
import { templatePath } from '../model/package-paths.js';
import { readPackageFile } from './package-files.js';
import { yaml } from '../model/yaml-lib.js';

let cached: CatalogData | undefined;

export function defaultCatalogData(): CatalogData {
  cached ??= CatalogSchema.parse(yaml().parse(readPackageFile(templatePath('catalog.yaml')).toString('utf8')));
  return cached;
}
