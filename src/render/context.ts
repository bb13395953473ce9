/**
 * What a renderer is given instead of the CLI context: the reader's language, a translator (message
 * keys, findings' messages, the catalog's labels) and the colours. A plain value, made once by the
 * command layer from an already-loaded catalog, so a renderer never reads the disk or the terminal.
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { messageText, t as translate, type MessageKey } from '../i18n/index.js';
import type { Catalog } from '../model/catalog.js';
import type { Msg, Params } from '../model/finding.js';
import type { Lang } from '../model/lang.js';

/** The colours renderers use (chalk, with its level fixed: level 0 paints nothing). */
export type Style = ChalkInstance;

/** The kinds of id whose label the catalog holds. */
export type LabelKind = 'category' | 'column' | 'form' | 'audience' | 'channel';

export interface RenderContext {
  readonly lang: Lang;
  /** A message key with parameters, in the reader's language. */
  t(key: MessageKey, params?: Params): string;
  /** A finding's or error's message; a `category` param also fills `{categoryLabel}`. */
  m(message: Msg): string;
  /** The one catalog lookup: an id's label in the reader's language, or the id when the catalog has none. */
  label(kind: LabelKind, id: string): string;
  readonly style: Style;
}

/**
 * Labels as a list in a cell or a sentence: 家长、社会 · "Parents, the public" — in English a label
 * that starts with "The" (The public) is lowercased after the first place, as it is read mid-list.
 */
export function labelList(labels: readonly string[], lang: Lang, sep = lang === 'en' ? ', ' : '、'): string {
  return lang === 'en' ? labels.map((l, i) => (i > 0 ? l.replace(/^The /, 'the ') : l)).join(sep) : labels.join(sep);
}

/** The one catalog lookup: an id's label in `lang`, or the id itself when the catalog (or the id) is unknown. */
export function catalogLabel(catalog: Catalog | undefined, kind: LabelKind, id: string, lang: Lang): string {
  return catalog?.[kind](id)?.label[lang] ?? id;
}

/** Builds the render context. Without a catalog (no archive, or a broken one) labels are the ids. */
export function makeRenderContext(o: { lang: Lang; catalog?: Catalog | undefined; color: boolean }): RenderContext {
  const { lang, catalog } = o;
  return {
    lang,
    t: (key, params) => translate(lang, key, params),
    m: (message) => messageText(lang, message, catalog),
    label: (kind, id) => catalogLabel(catalog, kind, id, lang),
    style: new Chalk({ level: o.color ? 1 : 0 }),
  };
}
