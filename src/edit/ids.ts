/**
 * Catalog words typed on the command line, through the one normaliser (model/vocabulary.ts): an id,
 * a label, an alias or a unique prefix becomes the id; anything else is exit 2 naming the candidates.
 */
import type { Catalog } from '../model/catalog.js';
import { EXIT, XwgkError } from '../model/errors.js';
import { normalize, vocabProblem, type VocabKind } from '../model/vocabulary.js';

export type IdKind = VocabKind;

/** The id for a typed value; an unknown or ambiguous one is exit 2 with the candidates (`field` names the flag). */
export function resolveId(catalog: Catalog, kind: IdKind, value: string, field: string = kind): string {
  const r = normalize(kind, value, catalog);
  if (r.ok) return r.id;
  const { message, hint } = vocabProblem(kind, r, catalog, field);
  throw new XwgkError(EXIT.usage, message, hint);
}

/** Resolves a list of typed values (see resolveId). */
export function resolveIds(catalog: Catalog, kind: IdKind, values: string[] | undefined, field: string = kind): string[] | undefined {
  return values?.map((v) => resolveId(catalog, kind, v, field));
}
