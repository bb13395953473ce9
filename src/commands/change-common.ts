/** What `amend` and `withdraw` share: finding the record to change, its reason, and the warnings shown after writing. */
import type { Ctx } from './context.js';
import type { LoadedRecord } from '../archive/load.js';
import { catalogFindings } from '../checks/catalog.js';
import { EXIT, XwgkError, usageError } from '../model/errors.js';
import { renderLocated } from '../render/errors.js';
import { findRecord } from './find-record.js';

/**
 * The record to change. A file that no longer validates (a hand edit gone wrong) is exit 2 with every
 * problem located, so the clerk can fix it and run the command again.
 */
export function recordToChange(ctx: Ctx, id: string): LoadedRecord {
  const archive = ctx.archive();
  const found = archive.records.find((r) => r.record.id === id);
  if (found) return found;
  const errors = archive.findings.filter((f) => f.file?.endsWith(`/${id}.yaml`) && f.severity === 'error');
  if (errors.length > 0) {
    throw new XwgkError(EXIT.usage, { key: 'amend.file-invalid', params: { id, file: errors[0]!.file! } }, { key: 'hint.amend-fix-file' },
      errors.map((f) => ({ ...(f.file ? { file: f.file } : {}), ...(f.line ? { line: f.line } : {}), ...(f.column ? { column: f.column } : {}), ...(f.excerpt ? { excerpt: f.excerpt } : {}), message: f.message, ...(f.hint ? { hint: f.hint } : {}) })));
  }
  return findRecord(archive, id);
}

/** `--reason` is required and must say something. */
export function requireReason(reason: string | undefined, command: string): string {
  const r = reason?.trim();
  if (!r) throw usageError('change.reason-required', { command }, { key: 'hint.reason' });
  return r;
}

/** The catalog's warnings about the record as written (like `add`): it was written, but a check will flag it. */
export function warnCatalog(ctx: Ctx, loaded: Pick<LoadedRecord, 'record' | 'file'>): void {
  const view = ctx.view();
  for (const f of catalogFindings({ ...loaded, lines: {} }, ctx.settings().catalog)) {
    ctx.err(renderLocated(view, { ...f, file: undefined, line: undefined }, view.style.yellow(ctx.t('label.warning'))));
  }
}
