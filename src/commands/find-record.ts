/** Finding one record by id for `show`, `amend` and the like: an unknown id is exit 2, with the reason. */
import type { Archive, LoadedRecord } from '../archive/load.js';
import { EXIT, usageError, XwgkError } from '../model/errors.js';
import { ID_PATTERN } from '../model/record.js';

export function findRecord(archive: Archive, id: string): LoadedRecord {
  const found = archive.records.find((r) => r.record.id === id);
  if (found) return found;
  if (!ID_PATTERN.test(id)) throw usageError('err.id', { value: id });
  const broken = archive.findings.filter((f) => f.file?.endsWith(`/${id}.yaml`) && f.severity === 'error');
  // Each error of the file, with its own hint (`audiance` → rename it), so the fix is named here too.
  if (broken.length > 0) throw new XwgkError(EXIT.usage, { key: 'err.record-invalid', params: { id, file: broken[0]!.file! } }, { key: 'hint.run-check' }, broken);
  throw usageError('err.unknown-record', { id }, { key: 'hint.list-ids' });
}
