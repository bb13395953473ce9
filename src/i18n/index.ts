/** Translation at the edge: message keys with parameters become text in the user's language. */
import type { Lang } from '../model/lang.js';
import type { MessageKey } from '../model/message-key.js';
import { en, zhCN } from './messages/index.js';
import type { Catalog } from '../model/catalog.js';
import { isVocabKind, vocabLabel } from '../model/vocabulary.js';

export type { Lang };
export type { MessageKey } from '../model/message-key.js';
type CatalogKey = keyof typeof zhCN;

// Every key of the Chinese catalog is a MessageKey (see model/message-key.ts).
declare module '../model/message-key.js' {
  interface MessageKeys extends Record<CatalogKey, true> {}
}
export const CATALOGS: Record<Lang, Record<CatalogKey, string>> = { 'zh-CN': zhCN, en };

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = CATALOGS[lang][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    if (name in params) return String(params[name]);
    // `{categoryLabel}` given no label shows the id itself (`{category}`), never a raw placeholder.
    const base = name.endsWith('Label') ? name.slice(0, -'Label'.length) : '';
    return base && base in params ? String(params[base]) : m;
  });
}

/** Whether a string is a key of the catalogs (a zod issue's message may be one). */
export function isMessageKey(s: string): s is MessageKey {
  return Object.hasOwn(zhCN, s);
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
  const params = message.params ?? {};
  const id = params.category;
  const label = typeof id === 'string' ? catalog?.category(id)?.label[lang] : undefined;
  return t(lang, message.key, withLabels(lang, label ? { ...params, categoryLabel: label } : params, catalog));
}

/**
 * A message about a vocabulary (`kind: 'form'`) lists its ids in `valid`, `candidates` and
 * `suggestion`: shown to people as `校务公开栏 (board)`, never as bare ids in Chinese.
 */
function withLabels(lang: Lang, params: Record<string, string | number>, catalog: Catalog | undefined): Record<string, string | number> {
  const kind = params.kind;
  if (!catalog || !isVocabKind(kind)) return params;
  const show = (list: string | number) => String(list).split(/,\s*/).filter(Boolean).map((id) => {
    const l = vocabLabel(kind, id, catalog);
    // `after (after)` says nothing twice: a label that is the id itself shows once.
    return l && l[lang].toLowerCase() !== id ? `${l[lang]} (${id})` : id;
  }).join(lang === 'en' ? ', ' : '、');
  const out = { ...params };
  for (const k of ['valid', 'candidates', 'suggestion'] as const) if (out[k] !== undefined) out[k] = show(out[k]!);
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
  const system = () => parseLang(env.LC_ALL) ?? parseLang(env.LC_MESSAGES) ?? parseLang(env.LANG) ?? parseLang(Intl.DateTimeFormat().resolvedOptions().locale);
  return parseLang(opts.flag) ?? parseLang(env.XWGK_LANG) ?? parseLang(opts.archiveLocale) ?? system() ?? 'zh-CN';
}
