/** Catalog ids typed by people: an id, or its Chinese or English label (`校务公开栏` → `board`). */
import type { Catalog, Named } from '../model/catalog.js';
import { usageError } from '../model/errors.js';
import { nearest } from '../model/nearest.js';

export type IdKind = 'category' | 'form' | 'audience' | 'channel';

function entries(catalog: Catalog, kind: IdKind): Named[] {
  const d = catalog.data;
  return kind === 'category' ? d.categories : kind === 'form' ? d.forms : kind === 'audience' ? d.audiences : d.channels;
}

/**
 * The id for a value given as an id or a label, or undefined. A label written `告家长书/公开信` also
 * answers to each of its halves, as ledgers write it (`告家长书`).
 */
export function lookupId(catalog: Catalog, kind: IdKind, value: string): string | undefined {
  const v = value.trim().toLowerCase();
  const list = entries(catalog, kind);
  const exact = list.find((e) => e.id === v || e.label['zh-CN'] === value.trim() || e.label.en.toLowerCase() === v);
  if (exact || !v) return exact?.id;
  const halves = list.filter((e) => e.label['zh-CN'].split('/').some((part) => part.trim() === value.trim()));
  return halves.length === 1 ? halves[0]!.id : undefined;
}

/** Resolves a list of ids or labels; an unknown one is exit 2 with the valid ids. */
export function resolveIds(catalog: Catalog, kind: IdKind, values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  return values.map((v) => {
    const id = lookupId(catalog, kind, v);
    if (id) return id;
    const valid = entries(catalog, kind).map((e) => e.id);
    const near = nearest(v, valid);
    throw usageError(`err.unknown-${kind}`, { value: v, field: kind }, near ? { key: 'hint.did-you-mean-valid', params: { suggestion: near, valid: valid.join(', ') } } : { key: 'hint.valid-values', params: { valid: valid.join(', ') } });
  });
}
