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
  if (broken.length > 0)
    throw new XwgkError(
      EXIT.usage,
      { key: 'err.record-invalid', params: { id, file: broken[0]!.file! } },
      { key: 'hint.run-check' },
      broken,
    );
  throw usageError('err.unknown-record', { id }, { key: 'hint.list-ids' });
}

/**
 * The record to change. A file that no longer validates (a hand edit gone wrong) is exit 2 with every
 * problem located, so the clerk can fix it and run the command again.
 */
export function recordToChange(archive: Archive, id: string): LoadedRecord {
  const found = archive.records.find((r) => r.record.id === id);
  if (found) return found;
  const errors = archive.findings.filter((f) => f.file?.endsWith(`/${id}.yaml`) && f.severity === 'error');
  if (errors.length > 0) {
    throw new XwgkError(
      EXIT.usage,
      { key: 'amend.file-invalid', params: { id, file: errors[0]!.file! } },
      { key: 'hint.amend-fix-file' },
      errors.map((f) => ({
        ...(f.file ? { file: f.file } : {}),
        ...(f.line ? { line: f.line } : {}),
        ...(f.column ? { column: f.column } : {}),
        ...(f.excerpt ? { excerpt: f.excerpt } : {}),
        message: f.message,
        ...(f.hint ? { hint: f.hint } : {}),
      })),
    );
  }
  return findRecord(archive, id);
}

/** `--reason` is required and must say something. */
export function requireReason(reason: string | undefined, command: string): string {
  const r = reason?.trim();
  if (!r) throw usageError('change.reason-required', { command }, { key: 'hint.reason' });
  return r;
}
