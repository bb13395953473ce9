/** `integrity`: what `verify` checks — the journal chain, records and attachments against it, and seals — as findings. */
import { HINT_FOR_KIND, verifyArchive, type VerifyResult } from '../archive/verify.js';
import type { Archive } from '../archive/load.js';
import type { Finding } from '../model/finding.js';
import type { Check } from './types.js';

/** The check, with `verify` as given: `verifyArchive` itself, or a copy that reads the disk once (verify-once.ts). */
export function integrityCheckOf(verify: (archive: Archive) => VerifyResult): Check {
  return {
    name: 'integrity',
    rule: 'check.integrity.rule',
    why: 'check.integrity.why',
    run(ctx) {
      const { problems } = verify(ctx.archive);
      // With a period, only the records of that period (and the journal itself, which belongs to every period).
      const whole = !ctx.range.from && !ctx.range.to && !ctx.range.term;
      const inRange = new Set(ctx.records.map((r) => r.record.id));
      return problems
        .filter((p) => whole || p.kind === 'chain' || p.id === undefined || inRange.has(p.id))
        .map((p): Finding => ({
          check: 'integrity',
          code: `integrity.${p.kind}`,
          severity: 'error',
          message: p.message,
          hint: { key: HINT_FOR_KIND[p.kind] },
          ...(p.id ? { id: p.id } : {}),
          ...(p.file ? { file: p.file } : {}),
          ...(p.line ? { line: p.line } : {}),
        }));
    },
  };
}

export const integrityCheck: Check = integrityCheckOf((archive) => verifyArchive(archive));
