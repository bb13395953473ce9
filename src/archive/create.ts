/**
 * A new archive on disk: `xwgk.yaml` from the template (created exclusively, so an existing archive is
 * never overwritten), the records and attachments folders, the editor schemas (records, requests), the VS Code mapping and
 * a .gitignore for the cache and the lock.
 */
import { existsSync } from 'node:fs';
import type { Env } from './env.js';
import { makeDirs } from './fs-guard.js';
import { journalSettings } from './settings-journal.js';
import { join } from 'node:path';
import { makeCatalog } from '../model/catalog.js';
import { defaultCatalogData } from './default-catalog.js';
import { usageError } from '../model/errors.js';
import { recordJsonSchema } from '../model/json-schema.js';
import { templatePath } from '../model/package-paths.js';
import { readPackageFile } from './package-files.js';
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
/** `edit` may change the settings text before it is written (the `public:` answers of `init`). */
export function createArchive(root: string, o: { school: string; locale: string; now?: string | undefined; env?: Env | undefined; edit?: (settings: string) => string }): void {
  if (archiveExists(root)) throw usageError('err.init-exists', { dir: root });
  // A line break (or another control character) in a name would make a settings file nobody reads back.
  if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(o.school)) throw usageError('init.school-control', { value: JSON.stringify(o.school) }, { key: 'init.school-control-hint' });
  // Level by level: a recursive mkdir spins on /proc/x.
  makeDirs(join(root, 'records'));
  makeDirs(join(root, 'attachments'));
  const template = readPackageFile(templatePath('xwgk.yaml')).toString('utf8')
    .replace(/^school: SCHOOL$/m, `school: ${yaml().stringify(o.school).trim()}`)
    .replace(/^locale: LOCALE$/m, `locale: ${o.locale}`);
  const settings = o.edit ? o.edit(template) : template;
  if (!createFileExclusive(join(root, CONFIG_FILE), settings)) throw usageError('err.init-exists', { dir: root });
  replaceFile(join(root, SCHEMA_FILE), JSON.stringify(recordJsonSchema(makeCatalog(defaultCatalogData())), null, 2) + '\n');
  replaceFile(join(root, REQUEST_SCHEMA_FILE), JSON.stringify(requestJsonSchema(), null, 2) + '\n');
  const vscode = join(root, '.vscode', 'settings.json');
  if (!existsSync(vscode)) {
    replaceFile(vscode, JSON.stringify({ 'yaml.schemas': { [`./${SCHEMA_FILE}`]: 'records/**/*.yaml', [`./${REQUEST_SCHEMA_FILE}`]: 'requests/**/*.yaml' } }, null, 2) + '\n');
  }
  if (!existsSync(join(root, '.gitignore'))) replaceFile(join(root, '.gitignore'), '.xwgk-cache/\n.xwgk-pending/\n.xwgk.lock\n*.tmp\n');
  // git with core.autocrlf would turn LF into CRLF on checkout, and every hash would look tampered.
  if (!existsSync(join(root, '.gitattributes'))) replaceFile(join(root, '.gitattributes'), GITATTRIBUTES);
  // The settings' hash opens the journal: from now on a quiet edit of xwgk.yaml shows in verify.
  journalSettings(root, { now: o.now, env: o.env });
}

/** Keeps the archive's bytes exactly as written on every checkout: the journal holds their hashes. */
export const GITATTRIBUTES = '# xwgk: records, settings and the journal are hashed; never convert their line endings\n* -text\n';
