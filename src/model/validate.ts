/**
 * Validating a record: schema → normalise → rules, giving `{ record, issues }`. Used by the loader (which
 * adds positions), by `add`, `amend` and `import` (which refuse on any error). Pure: no disk, no output.
 */
import type { z } from 'zod';
import type { MessageKey } from './message-key.js';
import type { Catalog } from './catalog.js';
import type { Params, Severity } from './finding.js';
import { nearest } from './nearest.js';
import { isVocabKind, normalize } from './vocabulary.js';
import { makeRecordSchema, normalizeRecordInput, RECORD_KEYS, type DisclosureRecord, type RecordSchema } from './record.js';

export interface RecordIssue {
  code: string;
  severity: Severity;
  path: (string | number)[];
  key: MessageKey;
  params?: Params;
  hint?: { key: MessageKey; params?: Params };
}

const schemas = new WeakMap<Catalog, RecordSchema>();
export function recordSchemaFor(catalog: Catalog): RecordSchema {
  let s = schemas.get(catalog);
  if (!s) schemas.set(catalog, (s = makeRecordSchema(catalog)));
  return s;
}

/** The value at `path` in `input`, and how a message shows it (JSON for objects, at most 60 characters). */
export function valueAt(input: Record<string, unknown>, path: readonly (string | number)[]): { value: unknown; shown: string } {
  let value: unknown = input;
  for (const p of path) value = value && typeof value === 'object' ? (value as Record<string | number, unknown>)[p] : undefined;
  const shown = value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return { value, shown: shown.length > 60 ? `${shown.slice(0, 57)}...` : shown };
}

/** The warning for a key a record or request does not have: the nearest known key, else the list of them. */
export function unknownKeyIssue(key: string, known: readonly string[]): RecordIssue {
  const near = nearest(key, known);
  return {
    code: 'unknown-key',
    severity: 'warning',
    path: [key],
    key: 'err.unknown-key',
    params: { field: key },
    hint: near
      ? { key: 'hint.did-you-mean', params: { suggestion: near } }
      : { key: 'hint.known-keys', params: { valid: known.join(', ') } },
  };
}

/** The ids a list-of-ids field accepts, for the hint that lists them. */
function validIds(field: string | number | undefined, catalog: Catalog): string | undefined {
  switch (field) {
    case 'category':
      return catalog.data.categories
        .filter((c) => !catalog.disabled.has(c.id))
        .map((c) => c.id)
        .join(', ');
    case 'form':
      return catalog.data.forms.map((c) => c.id).join(', ');
    case 'audience':
      return catalog.data.audiences.map((c) => c.id).join(', ');
    case 'channel':
      return catalog.data.channels.map((c) => c.id).join(', ');
    case 'timing':
      return 'before, during, after';
    case 'status':
      return 'published, withdrawn';
    default:
      return undefined;
  }
}

function issueFromZod(issue: z.core.$ZodIssue, input: Record<string, unknown>, catalog: Catalog): RecordIssue {
  const path = issue.path as (string | number)[];
  const field = path.join('.');
  const { value, shown } = valueAt(input, path);
  // zod reports a missing enum (category) as a bad value: it is a missing key all the same.
  if (value === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return { code: 'missing-key', severity: 'error', path, key: 'err.required', params: { field } };
  }
  const key = (issue.message.startsWith('err.') ? issue.message : 'err.invalid') as MessageKey;
  const listField = [...path].reverse().find((p) => typeof p === 'string');
  const ids = validIds(listField, catalog);
  const unknownId = key.startsWith('err.unknown-');
  // A file that says `category: 其他` meant `other`: the normaliser of typed input names it.
  const typed = unknownId && typeof value === 'string' && isVocabKind(listField) ? normalize(listField, value, catalog) : undefined;
  const suggestion = typed?.ok ? typed.id : unknownId && typeof value === 'string' && ids ? nearest(value, ids.split(', ')) : undefined;
  const result: RecordIssue = {
    code: unknownId ? 'unknown-id' : 'invalid-value',
    severity: 'error',
    path,
    key,
    params: { field, value: shown },
  };
  // `kind` lets the renderer show the ids with their labels (`财务收支 (finance)`).
  const kind = String(listField);
  if (suggestion) result.hint = { key: 'hint.did-you-mean-valid', params: { suggestion, valid: ids!, kind } };
  else if (ids) result.hint = { key: 'hint.valid-values', params: { valid: ids, kind } };
  return result;
}

/** Validates raw data (parsed YAML, or flags assembled by `add`) as a record of this catalog. */
export function validateRecord(raw: Record<string, unknown>, catalog: Catalog): { record?: DisclosureRecord; issues: RecordIssue[] } {
  const issues: RecordIssue[] = [];
  for (const k of Object.keys(raw)) if (!(RECORD_KEYS as readonly string[]).includes(k)) issues.push(unknownKeyIssue(k, RECORD_KEYS));
  const input = normalizeRecordInput(raw);
  const parsed = recordSchemaFor(catalog).safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push(issueFromZod(issue, input, catalog));
    return { issues: joinMisspelt(issues) };
  }
  return { record: parsed.data, issues };
}

/** Checks one field on its own (for prompts that check each answer as it is typed). */
export function validateField(
  catalog: Catalog,
  key: (typeof RECORD_KEYS)[number],
  value: unknown,
): { key: MessageKey; params?: Params } | undefined {
  const shape = recordSchemaFor(catalog).shape as Record<string, z.ZodType>;
  const normalized = normalizeRecordInput({ [key]: value })[key];
  const result = shape[key]!.safeParse(normalized);
  if (result.success) return undefined;
  const first = result.error.issues[0]!;
  const issue = issueFromZod({ ...first, path: [key, ...first.path] } as typeof first, { [key]: normalized }, catalog);
  return { key: issue.key, params: { ...issue.params, field: key } };
}

/**
 * `audiance:` next to a missing `audience`: the missing key's error names the key to rename and points
 * at the misspelt key's line (the unknown-key warning stays, as SPEC says, with its "did you mean").
 */
function joinMisspelt(issues: RecordIssue[]): RecordIssue[] {
  return issues.map((i) => {
    if (i.code !== 'missing-key' || i.path.length !== 1) return i;
    const field = String(i.path[0]);
    const typo = issues.find((u) => u.code === 'unknown-key' && u.hint?.params?.suggestion === field);
    if (!typo) return i;
    const given = String(typo.path[0]);
    return {
      ...i,
      path: typo.path,
      key: 'err.misspelt-key',
      params: { field, given },
      hint: { key: 'hint.rename-key', params: { given, field } },
    };
  });
}
