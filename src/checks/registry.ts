/**
 * The one registry of named checks: `check`, `check --list`, the audit flags and the summary all read
 * this array, so a new check is added here and nowhere else.
 */
import { approvalsCheck } from './approvals.js';
import { attachmentsCheck } from './attachments.js';
import { catalogCheck } from './catalog.js';
import { completenessCheck } from './completeness.js';
import { feedbackCheck } from './feedback.js';
import { privacyCheck } from './privacy.js';
import { requestsCheck } from './requests.js';
import { integrityCheck } from './integrity.js';
import { schemaCheck } from './schema.js';
import { timelinessCheck } from './timeliness.js';
import type { Check, CheckContext } from './types.js';
import type { Finding } from '../model/finding.js';
import { usageError } from '../model/errors.js';

export const CHECKS: readonly Check[] = [
  schemaCheck,
  catalogCheck,
  completenessCheck,
  timelinessCheck,
  approvalsCheck,
  feedbackCheck,
  attachmentsCheck,
  privacyCheck,
  requestsCheck,
  integrityCheck,
];

/** Picks checks by name or unique prefix (hledger style); an unknown or ambiguous name is exit 2. */
export function selectChecks(names: readonly string[]): Check[] {
  if (names.length === 0) return [...CHECKS];
  const out: Check[] = [];
  for (const name of names) {
    const exact = CHECKS.find((c) => c.name === name);
    const matches = exact ? [exact] : CHECKS.filter((c) => c.name.startsWith(name));
    if (matches.length !== 1) {
      throw usageError(matches.length === 0 ? 'err.unknown-check' : 'err.ambiguous-check', {
        name,
        valid: CHECKS.map((c) => c.name).join(', '),
      });
    }
    if (!out.includes(matches[0]!)) out.push(matches[0]!);
  }
  return out;
}

export function runChecks(checks: readonly Check[], ctx: CheckContext): Finding[] {
  return checks.flatMap((c) => c.run(ctx));
}
