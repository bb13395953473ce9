/**
 * The loader over files held in memory, `{path: text}`: the same settings, record (and request) parsing, findings
 * and assembly as `loadArchive`, without the disk, the walk or the caches. Tests build archives inline
 * with it (no temporary folders); checks that look at the disk itself (attachments, the journal) find
 * nothing there.
 */
import { EXIT, XwgkError } from '../model/errors.js';
import type { Finding } from '../model/finding.js';
import { CONFIG_FILE } from './discover.js';
import { assembleArchive, type Archive } from './assemble.js';
import { fileFinding, loadRecordBytes } from './record-file.js';
import { RECORDS_DIR } from './record-walk.js';
import { assembleRequests, loadRequestBytes } from './load-requests.js';
import { REQUESTS_DIR } from '../model/request.js';
import { parseSettings } from './settings.js';

/** Where an in-memory archive says it is (file paths in findings are relative to it, as on disk). */
export const IN_MEMORY_ROOT = '/in-memory-archive';

export function loadArchiveFromFiles(files: Readonly<Record<string, string | Uint8Array>>, opts: { root?: string } = {}): Archive {
  const root = opts.root ?? IN_MEMORY_ROOT;
  const bytes = (path: string) => {
    const content = files[path]!;
    return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  };
  if (!Object.hasOwn(files, CONFIG_FILE)) throw new XwgkError(EXIT.usage, { key: 'err.no-archive-at', params: { dir: root } }, { key: 'hint.init' });
  const settings = parseSettings(root, bytes(CONFIG_FILE));
  const findings: Finding[] = [...settings.findings];
  const inRecords = Object.keys(files).filter((p) => p.startsWith(`${RECORDS_DIR}/`) && !p.split('/').some((part) => part.startsWith('.'))).sort();
  // As the walk does: `.yaml` files are records, a `.yml` one is named so it is not silently skipped.
  for (const p of inRecords) if (p.endsWith('.yml')) findings.push(fileFinding(p, 'schema.extension', 'err.yml-extension', 'warning'));
  const paths = inRecords.filter((p) => p.endsWith('.yaml'));
  const results = paths.map((file) => ({ file, ...loadRecordBytes(bytes(file), file, settings.catalog) }));
  const requestPaths = Object.keys(files).filter((p) => p.startsWith(`${REQUESTS_DIR}/`) && p.endsWith('.yaml') && !p.split('/').some((part) => part.startsWith('.'))).sort();
  const archive = assembleArchive(settings, results, findings, paths.length);
  archive.requests.push(...assembleRequests(requestPaths.map((file) => ({ file, ...loadRequestBytes(bytes(file), file) })), findings));
  return archive;
}
