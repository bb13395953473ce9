/** Building a finding that points at one record: its id, file, category and the line of a field. */
import type { LoadedRecord } from '../archive/load.js';
import type { Finding, Msg, Severity } from '../model/finding.js';

export interface RecordFindingSpec {
  code: string;
  severity: Severity;
  message: Msg;
  hint?: Msg;
  /** The top-level key the finding is about; its line is used (else the line of `id`, else 1). */
  field?: string;
  period?: string;
}

/** A finding of `check` about `loaded`, located at the line of `spec.field`. */
export function recordFinding(check: string, loaded: Pick<LoadedRecord, 'record' | 'file' | 'lines'>, spec: RecordFindingSpec): Finding {
  const { record, file, lines } = loaded;
  const f: Finding = {
    check,
    code: spec.code,
    severity: spec.severity,
    message: spec.message,
    id: record.id,
    file,
    line: (spec.field ? lines[spec.field] : undefined) ?? lines.id ?? 1,
    category: record.category,
  };
  if (spec.hint) f.hint = spec.hint;
  if (spec.period) f.period = spec.period;
  return f;
}

/** Content checks judge what is on display; a withdrawn record no longer is. */
export function published<T extends { record: { status: string } }>(records: readonly T[]): T[] {
  return records.filter((r) => r.record.status !== 'withdrawn');
}
