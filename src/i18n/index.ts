/** Translation at the edge: message keys with parameters become text in the user's language. */
import { en, zhCN } from './messages/index.js';

export type Lang = 'zh-CN' | 'en';
export type MessageKey = keyof typeof zhCN;
export const CATALOGS: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en };

export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = CATALOGS[lang][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
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

/** A label from the catalog in the chosen language. */
export function label(lang: Lang, l: { 'zh-CN': string; en: string } | undefined, fallback = ''): string {
  return l ? l[lang] : fallback;
}
