/**
 * `amend --set key=value`: the changes, read exactly as `add` reads its flags (lists comma-separated,
 * ids or labels, `96,000` as an amount), so a value means the same whichever command takes it. Dotted
 * keys reach into approvals (`review.on=2025-09-01`, or both at once: `review=领导小组,2025-09-01`); an empty value (`handler=`) removes an optional
 * key. Keys the tool keeps itself (id, attachments, feedback, status, withdrawn, source) are refused,
 * each with the command that changes it.
 */
import type { Catalog } from '../model/catalog.js';
import { usageError } from '../model/errors.js';
import { nearest } from '../model/nearest.js';
import { orderedRecord } from '../archive/serialize.js';
import type { DisclosureRecord } from '../model/record.js';
import { collectList } from '../model/list-values.js';
import { fieldsFromFlags, type AddFlags } from './fields.js';

/** Each settable key and the `add` flag that reads the same value. */
const SETTABLE: Record<string, keyof AddFlags> = {
  title: 'title',
  category: 'category',
  content: 'content',
  time: 'time',
  until: 'until',
  term: 'term',
  period: 'period',
  form: 'form',
  audience: 'audience',
  timing: 'timing',
  decided: 'decided',
  basis: 'basis',
  amount: 'amount',
  responsible: 'responsible',
  handler: 'handler',
  'review.by': 'reviewBy',
  'review.on': 'reviewOn',
  'supervision.by': 'supervisionBy',
  'supervision.on': 'supervisionOn',
  explanation: 'explanation',
  tags: 'tag',
  tag: 'tag',
};
const LIST_FLAGS = new Set<keyof AddFlags>(['form', 'audience', 'tag']);
/** Keys that must not be removed: the record would be invalid without them. */
const REQUIRED = new Set(['title', 'category', 'content', 'time', 'form', 'audience', 'responsible']);
const ELSEWHERE: Record<string, string> = {
  id: 'amend.set-id',
  attachments: 'amend.set-attachments',
  feedback: 'amend.set-feedback',
  status: 'amend.set-status',
  withdrawn: 'amend.set-status',
  source: 'amend.set-source',
};

export interface SetChange {
  key: string;
  value: string;
}

/** `title=新标题` → {key, value}; the first `=` splits, so values may contain `=`. */
export function parseSet(items: readonly string[]): SetChange[] {
  return items
    .map((item) => {
      const at = item.indexOf('=');
      const key = at < 0 ? '' : item.slice(0, at).trim();
      if (at <= 0 || key === '') throw usageError('amend.set-syntax', { value: item }, { key: 'hint.amend-set' });
      // Own keys only: `constructor`, `toString` and `__proto__` are in every object's prototype.
      if (Object.hasOwn(ELSEWHERE, key)) throw usageError(ELSEWHERE[key] as never, { field: key });
      if (!Object.hasOwn(SETTABLE, key) && key !== 'review' && key !== 'supervision') {
        const near = nearest(key, Object.keys(SETTABLE));
        throw usageError(
          'amend.set-key',
          { field: key },
          near
            ? { key: 'hint.did-you-mean-valid', params: { suggestion: near, valid: Object.keys(SETTABLE).join(', ') } }
            : { key: 'hint.valid-values', params: { valid: Object.keys(SETTABLE).join(', ') } },
        );
      }
      return { key, value: item.slice(at + 1) };
    })
    .flatMap(splitApproval);
}

/** `review=校务公开领导小组,2025-10-09` is shorthand for `review.by=… review.on=…` (the hint of the catalog check writes it so). */
function splitApproval(c: SetChange): SetChange[] {
  if (c.key !== 'review' && c.key !== 'supervision') return [c];
  if (c.value.trim() === '') return [{ key: `${c.key}.by`, value: '' }];
  const parts = c.value.split(/[,，]/).map((s) => s.trim());
  const on = parts.length > 1 ? parts.pop()! : '';
  if (on === '' || parts.join('') === '')
    throw usageError('amend.set-approval', { field: c.key, value: c.value }, { key: 'hint.amend-set' });
  return [
    { key: `${c.key}.by`, value: parts.join(',') },
    { key: `${c.key}.on`, value: on },
  ];
}

/** The record with the changes applied, as raw fields for `validateRecord` (which judges them). */
export function applySet(record: DisclosureRecord, changes: readonly SetChange[], catalog: Catalog): Record<string, unknown> {
  const raw: Record<string, unknown> = { ...orderedRecord(record), status: record.status };
  const flags: AddFlags = {};
  for (const { key, value } of changes) {
    const flag = SETTABLE[key]!;
    if (value.trim() === '') {
      if (REQUIRED.has(key)) throw usageError('amend.set-remove-required', { field: key });
      // Removing one half of an approval removes the approval: an approval needs both `by` and `on`.
      const top = key.split('.')[0]!;
      delete raw[top === 'tag' ? 'tags' : top];
      continue;
    }
    if (LIST_FLAGS.has(flag)) (flags[flag] as string[] | undefined) = collectList(value, (flags[flag] as string[] | undefined) ?? []);
    else (flags[flag] as string) = value;
  }
  // A word that does not normalise is named as it was given: `--set timing=…`.
  const fields = fieldsFromFlags(
    flags,
    catalog,
    () => '',
    undefined,
    (k) => `--set ${k}`,
  );
  for (const key of ['review', 'supervision'] as const) {
    const part = fields[key] as { by?: string; on?: string } | undefined;
    if (!part) continue;
    const before = (raw[key] as { by?: string; on?: string } | undefined) ?? {};
    fields[key] = { ...before, ...Object.fromEntries(Object.entries(part).filter(([, v]) => v !== undefined)) };
  }
  return { ...raw, ...fields };
}
