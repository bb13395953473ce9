/**
 * One vocabulary for every input: what a person writes for a category, form, audience, timing,
 * channel or status becomes its id. Accepted, in this order: the id; the Chinese or English label; an
 * alias (from `templates/catalog.yaml` or the archive's `xwgk.yaml`); one half of a label written
 * `告家长书/公开信`; a unique prefix of a label (`财务` → `finance` only while no other label starts so).
 * Used by flags, prompts, `amend --set`, `feedback`, import cells, `--default` and `list` filters.
 *
 *   normalize('category', '财务', catalog) → { ok: true, id: 'finance' }
 *   normalize('form', '教职工', catalog)   → { ok: false, reason: 'ambiguous', candidates: ['congress', 'staff-meeting'] }
 *
 * Candidates are ids; renderers show them with their labels (`财务收支 (finance)`).
 */
import type { Catalog, Label } from './catalog.js';
import type { Msg } from './finding.js';
import { editDistance } from './nearest.js';

export const VOCAB_KINDS = ['category', 'form', 'audience', 'timing', 'channel', 'status'] as const;
export type VocabKind = (typeof VOCAB_KINDS)[number];

export interface VocabEntry {
  id: string;
  label: Label;
  aliases: readonly string[];
}

export type Normalized = { ok: true; id: string } | { ok: false; reason: 'unknown' | 'ambiguous'; value: string; candidates: string[] };

/** The entries a kind accepts (a category disabled in `xwgk.yaml` stays readable, but is never offered). */
export function vocabulary(kind: VocabKind, catalog: Catalog): VocabEntry[] {
  const d = catalog.data;
  const list: readonly { id: string; label: Label; aliases?: readonly string[] }[] =
    kind === 'category'
      ? d.categories
      : kind === 'form'
        ? d.forms
        : kind === 'audience'
          ? d.audiences
          : kind === 'channel'
            ? d.channels
            : kind === 'timing'
              ? d.timings
              : d.statuses;
  return list.map((e) => ({ id: e.id, label: e.label, aliases: e.aliases ?? [] }));
}

/** Whether a kind is a VocabKind (for renderers that meet a `kind` parameter). */
export function isVocabKind(kind: unknown): kind is VocabKind {
  return typeof kind === 'string' && (VOCAB_KINDS as readonly string[]).includes(kind);
}

/** The label of an id in a kind, or undefined for an id the catalog does not know. */
export function vocabLabel(kind: VocabKind, id: string, catalog: Catalog): Label | undefined {
  return vocabulary(kind, catalog).find((e) => e.id === id)?.label;
}

/** Case, width and spacing do not matter: `ＢＯＡＲＤ ` is `board`, `告家长书 / 公开信` is `告家长书/公开信`. */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const offered = (kind: VocabKind, catalog: Catalog, e: VocabEntry) => kind !== 'category' || !catalog.disabled.has(e.id);

/** An entry with its words folded once (an import reads the same few words in every row). */
interface Prepared {
  entry: VocabEntry;
  offered: boolean;
  labels: string[];
  aliases: string[];
  halves: string[];
}

const prepared = new WeakMap<Catalog, Map<VocabKind, { entries: Prepared[]; results: Map<string, Normalized> }>>();

function prepare(kind: VocabKind, catalog: Catalog) {
  let byKind = prepared.get(catalog);
  if (!byKind) prepared.set(catalog, (byKind = new Map()));
  let p = byKind.get(kind);
  if (!p) {
    const entries = vocabulary(kind, catalog).map((entry) => prepareEntry(entry, offered(kind, catalog, entry)));
    byKind.set(kind, (p = { entries, results: new Map() }));
  }
  return p;
}

function prepareEntry(entry: VocabEntry, isOffered: boolean): Prepared {
  const labels = [fold(entry.label['zh-CN']), fold(entry.label.en)];
  return {
    entry,
    offered: isOffered,
    labels,
    aliases: entry.aliases.map(fold),
    halves: labels.flatMap((l) => (l.includes('/') ? l.split('/') : [])),
  };
}

/**
 * The same reading over words that are not the catalog's — the request register's channels, applicant
 * types, outcomes and reasons (model/request-vocab.ts) — so every typed word is read one way.
 */
export function normalizeAmong(entries: readonly VocabEntry[], text: string): Normalized {
  return normalizeWith(
    entries.map((e) => prepareEntry(e, true)),
    fold(text),
    text.trim(),
  );
}

/** What a person wrote, as an id of `kind`, or why not (with the candidates to choose from). */
export function normalize(kind: VocabKind, text: string, catalog: Catalog): Normalized {
  const { entries, results } = prepare(kind, catalog);
  const known = results.get(text);
  if (known) return known;
  const result = normalizeWith(entries, fold(text), text.trim());
  results.set(text, result);
  return result;
}

function normalizeWith(entries: Prepared[], v: string, value: string): Normalized {
  const fail = (reason: 'unknown' | 'ambiguous', ids: string[]): Normalized => ({ ok: false, reason, value, candidates: ids });
  const ids = (matches: Prepared[]) => [...new Set(matches.map((e) => e.entry.id))];
  if (v === '') return fail('unknown', ids(entries.filter((e) => e.offered)));
  const steps: ((e: Prepared) => boolean)[] = [
    (e) => e.entry.id === v,
    (e) => e.labels.includes(v),
    (e) => e.aliases.includes(v),
    (e) => e.halves.includes(v),
    (e) => [...e.labels, ...e.halves].some((l) => l.startsWith(v)),
  ];
  for (const [i, step] of steps.entries()) {
    // A prefix names only what is offered: `其` must not pick a disabled category.
    const found = ids(entries.filter((e) => step(e) && (i < 4 || e.offered)));
    if (found.length === 1) return { ok: true, id: found[0]! };
    if (found.length > 1) return fail('ambiguous', found);
  }
  return fail('unknown', ids(entries.filter((e) => e.offered)));
}

/** The nearest id or label to an unknown word, when it is near enough to be a typo. */
export function suggest(kind: VocabKind, text: string, catalog: Catalog): string | undefined {
  const v = fold(text);
  let best: string | undefined,
    bestD = Infinity;
  for (const e of vocabulary(kind, catalog).filter((x) => offered(kind, catalog, x))) {
    for (const w of [e.id, e.label['zh-CN'], e.label.en, ...e.aliases]) {
      const d = editDistance(v, fold(w));
      if (d < bestD) [best, bestD] = [e.id, d];
    }
  }
  return best !== undefined && bestD <= (v.length >= 4 ? Math.max(2, Math.floor(v.length / 3)) : 1) ? best : undefined;
}

const UNKNOWN_KEY = {
  category: 'err.unknown-category',
  form: 'err.unknown-form',
  audience: 'err.unknown-audience',
  channel: 'err.unknown-channel',
  timing: 'err.timing',
  status: 'err.status',
} as const;

/**
 * The message and hint for a value that did not normalise, language-free: ids in `valid` /
 * `candidates` / `suggestion` with `kind`, which the renderer shows as `label (id)`.
 */
export function vocabProblem(
  kind: VocabKind,
  r: Extract<Normalized, { ok: false }>,
  catalog: Catalog,
  field: string = kind,
): { message: Msg; hint: Msg } {
  if (r.reason === 'ambiguous') {
    return {
      message: { key: 'err.ambiguous', params: { field, value: r.value, kind, candidates: r.candidates.join(', ') } },
      hint: { key: 'hint.ambiguous' },
    };
  }
  const near = suggest(kind, r.value, catalog);
  const valid = r.candidates.join(', ');
  return {
    message: { key: UNKNOWN_KEY[kind], params: { field, value: r.value } },
    hint: near
      ? { key: 'hint.did-you-mean-valid', params: { kind, suggestion: near, valid } }
      : { key: 'hint.valid-values', params: { kind, valid } },
  };
}
