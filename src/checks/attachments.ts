/**
 * `attachments`: the evidence behind a disclosure (a photo of the board, the scanned notice) is where
 * the record says, inside the archive, and unchanged since it was hashed. Withdrawn records are
 * checked too: their evidence is part of the file.
 */
import { attachmentInspector } from '../archive/attachments.js';
import type { LoadedRecord } from '../archive/load.js';
import type { Finding } from '../model/finding.js';
import { recordFinding } from './finding-at.js';
import type { Check } from './types.js';

export const attachmentsCheck: Check = {
  name: 'attachments',
  rule: 'check.attachments.rule',
  why: 'check.attachments.why',
  run: (ctx) => {
    const withAttachments = ctx.records.filter((l) => l.record.attachments?.length);
    if (withAttachments.length === 0) return [];
    const inspect = attachmentInspector(ctx.archive.root);
    return withAttachments.flatMap((loaded) => attachmentFindings(loaded, inspect));
  },
};

export function attachmentFindings(loaded: LoadedRecord, inspect: ReturnType<typeof attachmentInspector>): Finding[] {
  const out: Finding[] = [];
  for (const a of loaded.record.attachments ?? []) {
    const found = inspect(a.path);
    const params = { id: loaded.record.id, path: a.path };
    const push = (code: 'hash' | 'unreadable' | 'outside' | 'missing' | 'not-file', extra: Record<string, string> = {}) =>
      out.push(
        recordFinding('attachments', loaded, {
          code: `attachments.${code}`,
          severity: 'error',
          field: 'attachments',
          message: { key: `check.attachments.${code}` as const, params: { ...params, ...extra } },
          hint: { key: `hint.attachments.${code}` as const, params: { ...params, ...extra } },
        }),
      );
    if (found.state === 'ok') {
      if (found.sha256 !== a.sha256) push('hash', { expected: `${a.sha256.slice(0, 12)}…`, actual: `${found.sha256.slice(0, 12)}…` });
    } else if (found.state === 'unreadable') push('unreadable', { detail: found.detail });
    else push(found.state);
  }
  return out;
}
