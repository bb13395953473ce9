/**
 * A new archive on disk: `xwgk.yaml` from the template (created exclusively, so an existing archive is
 * never overwritten), the records and attachments folders, the editor schemas (records, requests), the VS Code mapping and
 * a .gitignore for the cache and the lock.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCatalog } from '../model/catalog.js';
import { defaultCatalogData } from './default-catalog.js';
import { usageError } from '../model/errors.js';
import { recordJsonSchema } from '../model/json-schema.js';
import { templatePath } from '../model/package-paths.js';
import { yaml } from '../model/yaml-lib.js';
import { createFileExclusive, replaceFile } from './atomic.js';
import { CONFIG_FILE } from './discover.js';
import { REQUEST_SCHEMA_FILE, SCHEMA_FILE } from './serialize.js';
import { requestJsonSchema } from '../model/request-json-schema.js';

/** Whether `root` already holds an archive. */
export function archiveExists(root: string): boolean {
  return existsSync(join(root, CONFIG_FILE));
}

/** Creates the archive; exit 2 when one is there already. */
export function createArchive(root: string, o: { school: string; locale: string }): void {
  if (archiveExists(root)) throw usageError('err.init-exists', { dir: root });
  mkdirSync(join(root, 'records'), { recursive: true });
  mkdirSync(join(root, 'attachments'), { recursive: true });
  const settings = readFileSync(templatePath('xwgk.yaml'), 'utf8')
    .replace(/^school: SCHOOL$/m, `school: ${yaml().stringify(o.school).trim()}`)
    .replace(/^locale: LOCALE$/m, `locale: ${o.locale}`);
  if (!createFileExclusive(join(root, CONFIG_FILE), settings)) throw usageError('err.init-exists', { dir: root });
  replaceFile(join(root, SCHEMA_FILE), JSON.stringify(recordJsonSchema(makeCatalog(defaultCatalogData())), null, 2) + '\n');
  replaceFile(join(root, REQUEST_SCHEMA_FILE), JSON.stringify(requestJsonSchema(), null, 2) + '\n');
  const vscode = join(root, '.vscode', 'settings.json');
  if (!existsSync(vscode)) {
    replaceFile(vscode, JSON.stringify({ 'yaml.schemas': { [`./${SCHEMA_FILE}`]: 'records/**/*.yaml', [`./${REQUEST_SCHEMA_FILE}`]: 'requests/**/*.yaml' } }, null, 2) + '\n');
  }
  if (!existsSync(join(root, '.gitignore'))) replaceFile(join(root, '.gitignore'), '.xwgk-cache/\n.xwgk.lock\n*.tmp\n');
}
