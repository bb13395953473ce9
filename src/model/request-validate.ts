/**
 * Validating a request: unknown keys (a warning that names the nearest known key), then the schema,
 * giving `{ request, issues }` in the shape the record validator uses, so the loader locates them and
 * the commands refuse on any error. Pure: no disk, no output.
 */
import type { z } from 'zod';
import type { MessageKey } from './message-key.js';
import { nearest } from './nearest.js';
import { REQUEST_KEYS, requestSchema, type InfoRequest } from './request.js';
import { APPEAL_RESULTS, APPLICANT_TYPES, OUTCOMES, REQUEST_CHANNELS, reasonsFor, type Word } from './request-vocab.js';
import { unknownKeyIssue, valueAt, type RecordIssue } from './validate.js';

/** The valid ids of a field, for the hint that lists them. */
function validFor(path: (string | number)[], input: Record<string, unknown>): readonly Word[] | undefined {
  const last = [...path].reverse().find((p) => typeof p === 'string');
  if (last === 'channel') return REQUEST_CHANNELS;
  if (last === 'applicant') return APPLICANT_TYPES;
  if (last === 'outcome') return OUTCOMES;
  if (last === 'result') return APPEAL_RESULTS;
  if (last === 'reason' && path[0] === 'answer') {
    const outcome = (input.answer as { outcome?: unknown } | undefined)?.outcome;
    return typeof outcome === 'string' ? reasonsFor(outcome) : undefined;
  }
  return undefined;
}

function issueFromZod(issue: z.core.$ZodIssue, input: Record<string, unknown>): RecordIssue {
  const path = issue.path as (string | number)[];
  const field = path.join('.');
  const { value, shown } = valueAt(input, path);
  if (value === undefined && issue.code === 'invalid_type')
    return { code: 'missing-key', severity: 'error', path, key: 'err.required', params: { field } };
  const key = (issue.message.startsWith('err.') ? issue.message : 'err.invalid') as MessageKey;
  const valid = validFor(path, input);
  const out: RecordIssue = {
    code: key === 'err.request.reason-missing' ? 'missing-key' : valid ? 'unknown-id' : 'invalid-value',
    severity: 'error',
    path,
    key,
    params: { field, value: shown },
  };
  if (valid) {
    const list = valid.map((x) => x.id).join(', ');
    const near =
      typeof value === 'string'
        ? nearest(
            value,
            valid.map((x) => x.id),
          )
        : undefined;
    out.hint = near
      ? { key: 'hint.did-you-mean-valid', params: { suggestion: near, valid: list } }
      : { key: 'hint.valid-values', params: { valid: list } };
  }
  return out;
}

/** Validates raw data (parsed YAML, or what a `request` command assembled) as a request. */
export function validateRequest(raw: Record<string, unknown>): { request?: InfoRequest; issues: RecordIssue[] } {
  const issues: RecordIssue[] = [];
  const input: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if ((REQUEST_KEYS as readonly string[]).includes(k)) {
      input[k] = typeof v === 'number' && (k === 'asked' || k === 'handler') ? String(v) : v;
      continue;
    }
    issues.push(unknownKeyIssue(k, REQUEST_KEYS));
  }
  if (typeof input.tags === 'string') input.tags = [input.tags];
  const parsed = requestSchema().safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(issueFromZod(issue, input));
    return { issues };
  }
  return { request: parsed.data, issues };
}
