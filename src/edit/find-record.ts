/** Finding one record by id for `show`, `amend` and the like: an unknown id is exit 2, with the reason. */
import type { Archive, LoadedRecord } from '../archive/load.js';
import { usageError } from '../model/errors.js';
import { ID_PATTERN } from '../model/record.js';

export function findRecord(archive: Archive, id: string): LoadedRecord {
  const found = archive.records.find((r) => r.record.id === id);
  if (found) return found;
  if (!ID_PATTERN.test(id)) throw usageError('err.id', { value: id });
  const broken = archive.findings.find((f) => f.file?.endsWith(`/${id}.yaml`) && f.severity === 'error');
  if (broken) throw usageError('err.record-invalid', { id, file: broken.file! }, { key: 'hint.run-check' });
  throw usageError('err.unknown-record', { id }, { key: 'hint.list-ids' });
}
