/**
 * The files a report could not read (records, requests), in the reader's language, each kind named as such: stderr lines, the JSON
 * `skipped` array, and the notice documents show near their top. Pure: text in, text out.
 */
import { messageText, t, type Lang } from '../i18n/index.js';
import type { Catalog } from '../model/catalog.js';
import { SKIPPED_KINDS, skippedFileKind, skippedFiles, type SkippedFile } from '../model/skipped.js';
import type { Finding } from '../model/finding.js';

const where = (s: SkippedFile) => (s.line ? `${s.file}:${s.line}` : s.file);

/** How many files of each kind, in words: 2 个记录文件、1 个申请文件 · 2 record files and 1 request file. */
export function skippedCountText(lang: Lang, skipped: readonly SkippedFile[]): string {
  const parts = SKIPPED_KINDS.map((kind) => ({ kind, n: skipped.filter((s) => skippedFileKind(s.file) === kind).length }))
    .filter((p) => p.n > 0)
    .map((p) => t(lang, `skipped.kind.${p.kind}`, { n: p.n }));
  if (lang !== 'en') return parts.join('、');
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** The JSON form: `[{file, line, message}]`, the message in the reader's language. */
export function skippedAsJson(
  lang: Lang,
  skipped: readonly SkippedFile[],
  catalog?: Catalog,
): { file: string; line?: number; message: string }[] {
  return skipped.map((s) => ({ file: s.file, ...(s.line ? { line: s.line } : {}), message: messageText(lang, s.message, catalog) }));
}

/** For stderr: a header with the count and the way to see everything, then one line per file. Empty when nothing was skipped. */
export function renderSkippedAsLines(lang: Lang, skipped: readonly SkippedFile[], catalog?: Catalog): string {
  if (skipped.length === 0) return '';
  const colon = t(lang, 'label.colon');
  const lines = [t(lang, 'skipped.header', { files: skippedCountText(lang, skipped) })];
  for (const s of skipped) lines.push(`  ${where(s)}${colon}${messageText(lang, s.message, catalog)}`);
  return `${lines.join('\n')}\n`;
}

/** The sentence a document shows near its top, naming each file left out. Empty when nothing was skipped. */
export function skippedNotice(lang: Lang, skipped: readonly SkippedFile[]): string {
  if (skipped.length === 0) return '';
  return t(lang, 'skipped.notice', { what: skippedCountText(lang, skipped), files: skipped.map(where).join(lang === 'en' ? ', ' : '、') });
}

/** The Markdown of a document with the notice as a bold paragraph right under its title. */
export function withSkippedNotice(markdown: string, lang: Lang, skipped: readonly SkippedFile[]): string {
  const notice = skippedNotice(lang, skipped);
  if (!notice) return markdown;
  // All of it bold: the one paragraph a reader must not pass over (md, and the html and docx made from it).
  const paragraph = `**${t(lang, 'skipped.label')}${t(lang, 'label.colon')}${notice.replace(/([\\`*_[\]|<>])/g, '\\$1')}**\n\n`;
  const title = /^# .*\n+/.exec(markdown);
  return title ? markdown.slice(0, title[0].length) + paragraph + markdown.slice(title[0].length) : paragraph + markdown;
}

/** The `skipped` array of a JSON report: the record files of `findings` that could not be read. */
export function skippedOf(
  lang: Lang,
  archive: { findings: readonly Finding[]; catalog?: Catalog } | undefined,
): ReturnType<typeof skippedAsJson> {
  return skippedAsJson(lang, skippedFiles(archive?.findings ?? []), archive?.catalog);
}

/** A JSON object (as text) with its `skipped` array appended: the record files of `findings` that could not be read. */
export function withSkippedJson(
  json: string,
  lang: Lang,
  archive: { findings: readonly Finding[]; catalog?: Catalog } | undefined,
): string {
  const value = JSON.parse(json) as unknown;
  if (!value || typeof value !== 'object' || Array.isArray(value)) return json;
  return JSON.stringify({ ...value, skipped: skippedOf(lang, archive) }, null, 2);
}

/** The notice for the unreadable record files among `findings` (empty when there are none). */
export function noticeOf(lang: Lang, archive: { findings: readonly Finding[] } | undefined): string {
  return skippedNotice(lang, skippedFiles(archive?.findings ?? []));
}
