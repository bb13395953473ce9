/**
 * Finding one record or request by id for `show`, `amend`, `request answer` and the like: an unknown id
 * is exit 2, with the reason.
 */
import type { Archive, LoadedRecord } from '../archive/load.js';
import type { LoadedRequest } from '../archive/load-requests.js';
import { RECORDS_DIR } from '../archive/record-walk.js';
import { EXIT, usageError, XwgkError } from '../model/errors.js';
import type { MessageKey } from '../model/message-key.js';
import { ID_PATTERN } from '../model/record.js';
import { REQUESTS_DIR } from '../model/request.js';

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

/** Where one kind of file lives, and what is said when one of them no longer validates. */
interface FileKind {
  folder: string;
  invalid: MessageKey;
  hint: MessageKey;
}
const RECORD_FILES: FileKind = { folder: RECORDS_DIR, invalid: 'amend.file-invalid', hint: 'hint.amend-fix-file' };
const REQUEST_FILES: FileKind = { folder: REQUESTS_DIR, invalid: 'err.request.file-invalid', hint: 'hint.request.fix-file' };

/**
 * Exit 2 when the file `<folder>/…/<id>.yaml` is there but no longer validates (a hand edit gone wrong),
 * with every error of it located, so the clerk can fix it and run the command again.
 */
function refuseInvalidFile(archive: Archive, kind: FileKind, id: string): void {
  const errors = archive.findings.filter(
    (f) => f.file?.endsWith(`/${id}.yaml`) && f.file.startsWith(`${kind.folder}/`) && f.severity === 'error',
  );
  if (errors.length === 0) return;
  throw new XwgkError(
    EXIT.usage,
    { key: kind.invalid, params: { id, file: errors[0]!.file! } },
    { key: kind.hint },
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

/** The record to change; a file that no longer validates is exit 2 with its problems located. */
export function recordToChange(archive: Archive, id: string): LoadedRecord {
  const found = archive.records.find((r) => r.record.id === id);
  if (found) return found;
  refuseInvalidFile(archive, RECORD_FILES, id);
  return findRecord(archive, id);
}

/** The request a command changes; a file that no longer validates is exit 2 with its problems located. */
export function requestToChange(archive: Archive, id: string): LoadedRequest {
  const found = archive.requests.find((r) => r.request.id === id);
  if (found) return found;
  refuseInvalidFile(archive, REQUEST_FILES, id);
  throw usageError('err.request.unknown-id', { id }, { key: 'hint.request.list' });
}

/** `--reason` is required and must say something. */
export function requireReason(reason: string | undefined, command: string): string {
  const r = reason?.trim();
  if (!r) throw usageError('change.reason-required', { command }, { key: 'hint.reason' });
  return r;
}
