/** Translation at the edge: message keys with parameters become text in the user's language. */
import type { Lang } from '../model/lang.js';
import type { MessageKey } from '../model/message-key.js';
import { catalogOf, type CatalogKey } from './catalogs.js';
import type { Catalog } from '../model/catalog.js';
import { isVocabKind, vocabLabel } from '../model/vocabulary.js';
import { headerOf, SHEET_FIELD_KIND, type SheetField } from '../model/sheet-columns.js';

export type { Lang };
export type { MessageKey } from '../model/message-key.js';

// Every key of the Chinese catalog is a MessageKey (see model/message-key.ts).
declare module '../model/message-key.js' {
  interface MessageKeys extends Record<CatalogKey, true> {}
}
export { catalogOf };

export function t(lang: Lang, key: MessageKey, raw: Record<string, string | number> = {}): string {
  const words = catalogOf(lang);
  const text = Object.hasOwn(words, key) ? words[key as CatalogKey] : key;
  const params = readableParams(lang, raw);
  // `{n|record|records}`: the singular when n is 1, else the plural (English counts).
  const counted = text.replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, name: string, one: string, other: string) =>
    name in params ? (Number(params[name]) === 1 ? one : other) : m,
  );
  return counted.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (name in params) return String(params[name]);
    // `{categoryLabel}` given no label shows the id itself (`{category}`), never a raw placeholder.
    const base = name.endsWith('Label') ? name.slice(0, -'Label'.length) : '';
    return base && base in params ? String(params[base]) : m;
  });
}

/** Whether a string is a key of the catalogs (a zod issue's message may be one). */
export function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(catalogOf('zh-CN'), s);
}

/**
 * In Chinese, the ids a message is given become words: a record key (`basis`, `review.by`) gives its label as `{fieldLabel}`,
 * a timing (`after`) 事后, a journal action (`amend`) 修改. Flags (`--review-by`) and everything else stay as given.
 */
function readableParams(lang: Lang, params: Record<string, string | number>): Record<string, string | number> {
  const words = catalogOf(lang) as Record<string, string>;
  // A YAML parser error code (BAD_INDENT) in words, in both languages.
  if (typeof params.yaml === 'string') params = { ...params, yaml: words[`yaml.${params.yaml}`] ?? words['yaml.OTHER']! };
  if (lang !== 'zh-CN') return params;
  const out = { ...params };
  // `{fieldLabel}` is the label; `{field}` stays the key, for command lines (`--set basis=…`).
  if (typeof out.field === 'string' && !out.field.startsWith('-')) out.fieldLabel = fieldLabel(lang, out.field);
  // A journal action (`amend`) in words: 修改.
  if (typeof out.action === 'string' && words[`journal.action.${out.action}`]) out.action = words[`journal.action.${out.action}`]!;
  for (const k of ['other', 'timing'] as const) {
    const v = out[k];
    const label = typeof v === 'string' ? words[`timing.${v}`] : undefined;
    if (label) out[k] = label;
  }
  return out;
}

/**
 * A finding's or error's message in the reader's language. Checks know no language, so their params
 * carry ids; with the catalog, a `category` id also fills `{categoryLabel}` (财务收支, not finance).
 */
export function messageText(
  lang: Lang,
  message: { key: MessageKey; params?: Record<string, string | number> | undefined },
  catalog?: Catalog,
): string {
  const params = { ...(message.params ?? {}) };
  const id = params.category;
  const label = typeof id === 'string' ? catalog?.category(id)?.label[lang] : undefined;
  // Lists of audience or form ids ("parents, public") are named by their labels too.
  const named = (v: unknown, find?: (id: string) => { label: Record<Lang, string> } | undefined) =>
    typeof v === 'string' && find
      ? v
          .split(/,\s*/)
          .map((x) => find.call(catalog, x)?.label[lang] ?? x)
          .join(lang === 'en' ? ', ' : '、')
      : v;
  if (params.audience !== undefined) params.audience = named(params.audience, catalog?.audience) as string;
  if (params.forms !== undefined) params.forms = named(params.forms, catalog?.form) as string;
  return t(lang, message.key, withLabels(lang, label ? { ...params, categoryLabel: label } : params, catalog));
}

/**
 * A message about a vocabulary (`kind: 'form'`) lists its ids in `valid`, `candidates` and
 * `suggestion`: shown to people as `校务公开栏 (board)`, never as bare ids in Chinese.
 */
function withLabels(lang: Lang, params: Record<string, string | number>, catalog: Catalog | undefined): Record<string, string | number> {
  const kind = params.kind;
  if (kind === SHEET_FIELD_KIND) return withSheetHeaders(lang, params);
  if (!catalog || !isVocabKind(kind)) return params;
  const show = (list: string | number) =>
    String(list)
      .split(/,\s*/)
      .filter(Boolean)
      .map((id) => {
        const l = vocabLabel(kind, id, catalog);
        // `after (after)` says nothing twice: a label that is the id itself shows once.
        return l && l[lang].toLowerCase() !== id ? `${l[lang]} (${id})` : id;
      })
      .join(lang === 'en' ? ', ' : '、');
  const out = { ...params };
  for (const k of ['valid', 'candidates', 'suggestion'] as const) if (out[k] !== undefined) out[k] = show(out[k]!);
  return out;
}

/** Sheet fields (`responsible, title`) as the reader's sheet names them, with the id: 责任人 (responsible)、事项 (title). */
function withSheetHeaders(lang: Lang, params: Record<string, string | number>): Record<string, string | number> {
  const out = { ...params };
  for (const k of ['valid', 'fields'] as const) {
    if (out[k] === undefined) continue;
    const ids = String(out[k]).split(/,\s*/).filter(Boolean) as SheetField[];
    out[k] = ids.map((f) => `${headerOf(f, lang)} (${f})`).join(lang === 'en' ? ', ' : '、');
  }
  return out;
}

/** Reads `zh`, `zh-CN`, `zh_CN.UTF-8`, `en-US` … as one of our languages, or undefined. */
export function parseLang(value: string | undefined): Lang | undefined {
  if (!value) return undefined;
  const v = value.toLowerCase();
  if (v.startsWith('zh')) return 'zh-CN';
  if (v.startsWith('en')) return 'en';
  return undefined;
}

/**
 * The language, as SPEC says: `--lang`, else `XWGK_LANG`, else the archive's `locale`, else the system
 * locale (LC_ALL / LC_MESSAGES / LANG, then Intl), else Chinese.
 */
export function resolveLang(opts: { flag?: string | undefined; env: NodeJS.ProcessEnv; archiveLocale?: string | undefined }): Lang {
  const { env } = opts;
  // Asked only when nothing else decides: Intl loads ICU's locale data, a noticeable part of start-up.
  const system = () =>
    parseLang(env.LC_ALL) ?? parseLang(env.LC_MESSAGES) ?? parseLang(env.LANG) ?? parseLang(Intl.DateTimeFormat().resolvedOptions().locale);
  return parseLang(opts.flag) ?? parseLang(env.XWGK_LANG) ?? parseLang(opts.archiveLocale) ?? system() ?? 'zh-CN';
}

/** A record key (`basis`, `review.by`, `feedback.0.response`) as its label in `lang`; the key itself when it has none. */
export function fieldLabel(lang: Lang, key: string): string {
  const base = key.replace(/\.\d+(?=\.|$)/g, '');
  const text =
    (catalogOf(lang) as Record<string, string>)[`label.field.${base}`] ??
    (catalogOf(lang) as Record<string, string>)[`label.field.${base.split('.')[0]}`];
  return text ?? key;
}
