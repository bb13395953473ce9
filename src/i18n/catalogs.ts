/**
 * The message catalog of a language. In the dist/ bundle this module is replaced (scripts/build-plugins.mjs,
 * catalogsFromJson): each language is read from dist/i18n/<lang>.json, written by the build from the same
 * catalogs, the first time it is asked for — a command speaks one language, and a data file parses far
 * faster than the code of both catalogs compiles (bench/RESULTS.md, start-up).
 */
import type { Lang } from '../model/lang.js';
import { en, zhCN } from './messages/index.js';

export type CatalogKey = keyof typeof zhCN;

export function catalogOf(lang: Lang): Record<CatalogKey, string> {
  return lang === 'en' ? en : zhCN;
}
