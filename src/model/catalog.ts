/**
 * The catalog: what a school must disclose (categories), through which channels (forms), to whom
 * (audiences) and where opinions come from (feedback channels). The default lives in
 * `templates/catalog.yaml`; an archive's `xwgk.yaml` adds, changes or disables entries.
 */
import { z } from 'zod';
import { lazySchema } from './lazy-schema.js';

export const LANGS = ['zh-CN', 'en'] as const;
export const LabelSchema = lazySchema(() => z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) }));
export type Label = z.infer<typeof LabelSchema>;

export const ID_RE = /^[a-z][a-z0-9-]*$/;
const Id = lazySchema(() => z.string().regex(ID_RE, { message: 'err.catalog-id' }));

export const COLUMNS = ['affairs', 'finance', 'fees'] as const;
export const FREQUENCIES = ['monthly', 'term', 'year', 'event'] as const;
export const TIMINGS = ['before', 'during', 'after'] as const;
/** What a category expects of `timing`: one of TIMINGS, or a 事前 and a 事后 disclosure of one matter. */
export const CATEGORY_TIMINGS = ['before', 'during', 'after', 'before-and-after'] as const;
export const AUDIENCES = ['staff', 'students', 'parents', 'public'] as const;
/** Record keys a category may require beyond the always-required ones. */
export const REQUIRABLE_KEYS = [
  'timing',
  'decided',
  'basis',
  'amount',
  'until',
  'review',
  'supervision',
  'handler',
  'explanation',
] as const;

/**
 * When a category's disclosure falls due. Exactly one key:
 * `day_of_next_month` (monthly: by that day of the following month), `days_after_start` /
 * `days_after_end` (term: calendar days after the term starts / ends), `by` (year: `MM-DD` within the
 * school year), `working_days` (event: working days after `decided`).
 */
export const DueSchema = lazySchema(() =>
  z.union([
    z.object({ day_of_next_month: z.number().int().min(1).max(28) }).strict(),
    z.object({ days_after_start: z.number().int().min(0).max(366) }).strict(),
    z.object({ days_after_end: z.number().int().min(0).max(366) }).strict(),
    z.object({ by: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: 'err.due-by' }) }).strict(),
    z.object({ working_days: z.number().int().min(1).max(366) }).strict(),
  ]),
);
export type Due = z.infer<typeof DueSchema>;

export const CategorySchema = lazySchema(() =>
  z
    .object({
      id: Id,
      label: LabelSchema,
      column: z.enum(COLUMNS),
      frequency: z.enum(FREQUENCIES),
      required: z.boolean().default(false),
      due: DueSchema.optional(),
      timing: z.enum(CATEGORY_TIMINGS).optional(),
      audience: z.array(z.enum(AUDIENCES)).default([]),
      requires: z.array(z.enum(REQUIRABLE_KEYS)).default([]),
      /** The form must include one of these channels (fees on a standing board, congress reports). */
      requires_form: z.array(Id).default([]),
      /** Working days a notice must stay up (`until` − `time`), where the category has a notice period. */
      notice_days: z.number().int().min(1).optional(),
      /** The usual channels: the default answer when `add` asks for the form. */
      forms: z.array(Id).default([]),
      /** Other words people use for it (`财务公开`): accepted wherever a category is typed. */
      aliases: z.array(z.string().min(1)).optional(),
      /** 公开内容 and 公开依据: what the category makes public and the rule behind it (the site's 主动公开目录). */
      scope: LabelSchema.optional(),
      rule: LabelSchema.optional(),
      /** `false`: never published on the website (student-aid lists stay on the board, 教财厅函〔2017〕28号). */
      web: z.boolean().default(true),
    })
    .strict(),
);
export type Category = z.infer<typeof CategorySchema>;

export const NamedSchema = lazySchema(() =>
  z.object({ id: Id, label: LabelSchema, aliases: z.array(z.string().min(1)).optional() }).strict(),
);
export type Named = z.infer<typeof NamedSchema>;

export const CatalogSchema = lazySchema(() =>
  z
    .object({
      columns: z.array(NamedSchema),
      categories: z.array(CategorySchema),
      forms: z.array(NamedSchema),
      audiences: z.array(NamedSchema),
      channels: z.array(NamedSchema),
      /** 事前/事中/事后 and 已公开/已撤回: fixed ids, labels and aliases for typed input. */
      timings: z.array(NamedSchema).default([]),
      statuses: z.array(NamedSchema).default([]),
    })
    .strict(),
);
export type CatalogData = z.infer<typeof CatalogSchema>;

/** The lists of the catalog an archive may add aliases to (`catalog.aliases` in xwgk.yaml). */
export const ALIAS_KINDS = ['categories', 'forms', 'audiences', 'channels', 'timings', 'statuses'] as const;

/** Changes an archive makes: a category or channel with a known id is changed, a new id is added. */
export const CatalogChangesSchema = lazySchema(() =>
  z
    .object({
      categories: z.array(z.object({ id: Id }).passthrough()).default([]),
      forms: z.array(NamedSchema).default([]),
      channels: z.array(NamedSchema).default([]),
      disable: z.array(Id).default([]),
      /** The archive's own words (its old ledger's), per kind: `{ forms: { 宣传栏: board } }`. */
      aliases: z.partialRecord(z.enum(ALIAS_KINDS), z.record(z.string().min(1), Id)).optional(),
    })
    .strict(),
);
export type CatalogChanges = z.infer<typeof CatalogChangesSchema>;

/** The catalog in force, with look-ups. Disabled entries stay known (old records still load). */
export interface Catalog {
  readonly data: CatalogData;
  readonly disabled: ReadonlySet<string>;
  category(id: string): Category | undefined;
  /** The categories in force (not disabled). */
  active(): Category[];
  form(id: string): Named | undefined;
  channel(id: string): Named | undefined;
  audience(id: string): Named | undefined;
  column(id: string): Named | undefined;
}

export function makeCatalog(data: CatalogData, disabled: Iterable<string> = []): Catalog {
  const off = new Set(disabled);
  const index = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  const cats = index(data.categories),
    forms = index(data.forms),
    channels = index(data.channels);
  const audiences = index(data.audiences),
    columns = index(data.columns);
  return {
    data,
    disabled: off,
    category: (id) => cats.get(id),
    active: () => data.categories.filter((c) => !off.has(c.id)),
    form: (id) => forms.get(id),
    channel: (id) => channels.get(id),
    audience: (id) => audiences.get(id),
    column: (id) => columns.get(id),
  };
}

export type CatalogIssue = { path: (string | number)[]; message: string; params?: Record<string, string | number> };

/**
 * Applies an archive's changes to the default catalog. A change to a known category is merged key by
 * key; a new category must be complete. Returns the issues instead of throwing so the caller can point
 * at the line in `xwgk.yaml`.
 */
export function mergeCatalog(base: CatalogData, changes: CatalogChanges | undefined): { catalog: Catalog; issues: CatalogIssue[] } {
  if (!changes) return { catalog: makeCatalog(base), issues: [] };
  const issues: CatalogIssue[] = [];
  const categories = [...base.categories];
  changes.categories.forEach((change, i) => {
    const at = categories.findIndex((c) => c.id === change.id);
    const merged = at >= 0 ? { ...categories[at], ...change } : change;
    const parsed = CategorySchema.safeParse(merged);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ path: ['catalog', 'categories', i, ...(issue.path as (string | number)[])], message: issue.message });
      }
      return;
    }
    if (at >= 0) categories[at] = parsed.data;
    else categories.push(parsed.data);
  });
  const upsert = (list: Named[], add: Named[]) => {
    const out = [...list];
    for (const n of add) {
      const at = out.findIndex((x) => x.id === n.id);
      if (at >= 0) out[at] = n;
      else out.push(n);
    }
    return out;
  };
  const data: CatalogData = {
    ...base,
    categories,
    forms: upsert(base.forms, changes.forms),
    channels: upsert(base.channels, changes.channels),
  };
  addAliases(data, changes.aliases, issues);
  const known = new Set([...categories, ...data.forms, ...data.channels].map((x) => x.id));
  changes.disable.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: ['catalog', 'disable', i], message: 'err.disable-unknown', params: { id } });
  });
  for (const [i, c] of categories.entries()) {
    for (const f of [...c.forms, ...c.requires_form]) {
      if (!data.forms.some((x) => x.id === f)) {
        const ci = changes.categories.findIndex((x) => x.id === c.id);
        issues.push({
          path: ci >= 0 ? ['catalog', 'categories', ci] : ['catalog'],
          message: 'err.unknown-form-in-category',
          params: { id: f, category: c.id },
        });
      }
    }
    void i;
  }
  return { catalog: makeCatalog(data, changes.disable), issues };
}

/** Adds `catalog.aliases` of xwgk.yaml to the entries they name; an alias for an unknown id is an issue. */
function addAliases(data: CatalogData, aliases: CatalogChanges['aliases'], issues: CatalogIssue[]): void {
  for (const kind of ALIAS_KINDS) {
    const words = aliases?.[kind];
    if (!words) continue;
    // A copy: the default catalog's lists are shared by every archive loaded in this process.
    const list = [...data[kind]] as { id: string; aliases?: string[] | undefined }[];
    (data as Record<string, unknown>)[kind] = list;
    for (const [word, id] of Object.entries(words)) {
      const at = list.findIndex((e) => e.id === id);
      if (at < 0) {
        issues.push({ path: ['catalog', 'aliases', kind, word], message: 'err.alias-unknown', params: { id, kind } });
        continue;
      }
      list[at] = { ...list[at]!, aliases: [...(list[at]!.aliases ?? []), word] };
    }
  }
}
