/**
 * Safe reading of one YAML file: size limit, strict UTF-8, no aliases, no unknown tags, unique keys,
 * one document. Problems come back as located issues, never as exceptions.
 */
import type { Document, LineCounter, Node } from 'yaml';
import { yaml } from '../model/yaml-lib.js';
import type { MessageKey } from '../model/message-key.js';
import type { Params } from '../model/finding.js';

/** Record files are a page or two of text; anything far larger is a mistake or an attack. */
export const MAX_FILE_BYTES = 1024 * 1024;

export interface SourceIssue {
  code: string;
  key: MessageKey;
  params?: Params;
  line?: number;
  column?: number;
}

export interface YamlSource {
  text: string;
  doc?: Document.Parsed;
  lineCounter: LineCounter;
  value?: unknown;
  issues: SourceIssue[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search for the shortest prefix that fails to decode: cheap, and only run on bad files.
  let lo = 0, hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

/** A UTF-16 byte-order mark, or ASCII text with every other byte NUL (UTF-16 without a mark). */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return true;
  const n = Math.min(bytes.length, 64) & ~1;
  if (n < 4) return false;
  let even = 0, odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  return (odd === n / 2 && even === 0) || (even === n / 2 && odd === 0);
}

/** Decodes and parses YAML bytes. `value` is set only when there is no error. */
export function parseYamlBytes(bytes: Uint8Array): YamlSource {
  const lineCounter = new (yaml().LineCounter)();
  if (bytes.length > MAX_FILE_BYTES) {
    return { text: '', lineCounter, issues: [{ code: 'too-large', key: 'err.too-large', params: { size: bytes.length, limit: MAX_FILE_BYTES } }] };
  }
  // UTF-16 (Notepad's "Unicode") holds NUL bytes too, but it is text in the wrong encoding, not binary.
  if (looksUtf16(bytes)) return { text: '', lineCounter, issues: [{ code: 'encoding', key: 'err.utf16', line: 1 }] };
  // A NUL byte first: a picture or a PDF saved into records/ is "binary", not "not UTF-8".
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { text: '', lineCounter, issues: [{ code: 'binary', key: 'err.binary', line: lineOfByte(bytes, nul) }] };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    return { text: '', lineCounter, issues: [{ code: 'encoding', key: 'err.encoding', line: lineOfByte(bytes, at), params: { offset: at } }] };
  }
  return parseYamlText(text, lineCounter);
}

export function parseYamlText(text: string, lineCounter: LineCounter = new (yaml().LineCounter)()): YamlSource {
  const { isMap, parseDocument, visit } = yaml();
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const issues: SourceIssue[] = [];
  let doc: Document.Parsed;
  try {
    // logLevel 'error': yaml's own warnings (a collection as a key) would reach stderr as a Node warning.
    doc = parseDocument(body, { lineCounter, uniqueKeys: true, strict: true, prettyErrors: false, schema: 'core', keepSourceTokens: false, logLevel: 'error' });
  } catch (e) {
    if (e instanceof RangeError) return { text: body, lineCounter, issues: [{ code: 'too-deep', key: 'err.too-deep' }] };
    return { text: body, lineCounter, issues: [{ code: 'syntax', key: 'err.yaml-limit', params: { detail: String((e as Error).message) } }] };
  }
  const at = (offset: number | undefined): { line?: number; col?: number } => (offset === undefined ? {} : lineCounter.linePos(offset));
  for (const e of doc.errors) {
    const pos = at(e.pos[0]);
    if (/call stack/i.test(e.message)) {
      // Nesting deep enough to exhaust the parser: one finding, not the parser's own words.
      issues.push({ code: 'too-deep', key: 'err.too-deep', ...(pos.line ? { line: pos.line, column: pos.col } : {}) });
      continue;
    }
    const dup = e.code === 'DUPLICATE_KEY';
    issues.push({
      code: dup ? 'duplicate-key' : 'syntax',
      key: dup ? 'err.duplicate-key' : 'err.syntax',
      // The parser's code names the problem in our words (yaml.* messages); its English stays as the detail.
      params: { yaml: e.code, detail: e.message.split('\n')[0]! },
      ...(pos.line ? { line: pos.line, column: pos.col } : {}),
    });
  }
  for (const w of doc.warnings) {
    const pos = at(w.pos[0]);
    issues.push({ code: 'tag', key: 'err.tag', params: { detail: w.message.split('\n')[0]! }, ...(pos.line ? { line: pos.line, column: pos.col } : {}) });
  }
  // Walking a tree that exhausted the parser would exhaust the walker too.
  if (issues.some((i) => i.code === 'too-deep')) return { text: body, lineCounter, issues };
  // One finding for the first alias is enough: an alias bomb has thousands.
  visit(doc, {
    Alias(_, node) {
      const pos = at(node.range?.[0]);
      issues.push({ code: 'alias', key: 'err.alias', ...(pos.line ? { line: pos.line, column: pos.col } : {}) });
      return visit.BREAK;
    },
  });
  if (issues.length > 0) return { text: body, doc, lineCounter, issues };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 0 });
  } catch (e) {
    if (e instanceof RangeError) return { text: body, doc, lineCounter, issues: [{ code: 'too-deep', key: 'err.too-deep' }] };
    return { text: body, doc, lineCounter, issues: [{ code: 'syntax', key: 'err.yaml-limit', params: { detail: String((e as Error).message) } }] };
  }
  if (!isMap(doc.contents)) {
    const pos = at(doc.contents?.range?.[0]);
    return { text: body, doc, lineCounter, issues: [{ code: 'not-mapping', key: 'err.not-mapping', line: pos.line ?? 1, column: pos.col ?? 1 }] };
  }
  return { text: body, doc, lineCounter, value, issues };
}

/**
 * The 1-based line and column of the node at `path`, or of its nearest parent that exists. With
 * `key: true` the position of the key itself (for an unknown or misplaced key).
 */
export function locate(src: YamlSource, path: readonly PropertyKey[], opts: { key?: boolean } = {}): { line: number; column: number } {
  const { isAlias, isMap, isPair, isScalar } = yaml();
  const doc = src.doc;
  if (!doc) return { line: 1, column: 1 };
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n) as (string | number)[];
    if (opts.key && n === path.length && n > 0) {
      const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
      if (isMap(parent)) {
        // Keys are compared as the JS object has them: `123:` is "123", `[a, b]:` is "[ a, b ]".
        const pair = parent.items.find((p) => isPair(p) && keyName(p.key) === String(sub[sub.length - 1]));
        const range = (pair?.key as Node | undefined)?.range;
        if (range) return toPos(src, range[0]);
      }
    }
    const node = (n === 0 ? doc.contents : doc.getIn(sub, true)) as Node | null | undefined;
    if (node && !isAlias(node) && node.range) return toPos(src, node.range[0]);
    if (n > 0) {
      // A scalar that is null (`key:` with no value) has no node of its own: point at its key.
      const parent = n > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === sub[sub.length - 1]);
        const range = (pair?.key as Node | undefined)?.range;
        if (range) return toPos(src, range[0]);
      }
    }
  }
  return { line: 1, column: 1 };
}

function keyName(key: unknown): string | undefined {
  const { isScalar, stringify } = yaml();
  if (key === null || key === undefined) return undefined;
  if (isScalar(key)) return String(key.value);
  // A collection key becomes its flow form, as yaml's toJS names it.
  try {
    return stringify((key as { toJSON(): unknown }).toJSON(), { collectionStyle: 'flow' }).trim();
  } catch {
    return undefined;
  }
}

function toPos(src: YamlSource, offset: number): { line: number; column: number } {
  const p = src.lineCounter.linePos(offset);
  return { line: p.line, column: p.col };
}

/** The text of a 1-based line, for excerpts. */
export function lineText(src: YamlSource, line: number | undefined): string | undefined {
  if (!line || !src.text) return undefined;
  const l = src.text.split(/\r?\n/)[line - 1];
  return l === undefined ? undefined : l.length > 160 ? `${l.slice(0, 157)}...` : l;
}

/** The line of each top-level key, cheap to keep for every record. */
export function topLevelLines(src: YamlSource): Record<string, number> {
  const { isMap, isScalar } = yaml();
  const out: Record<string, number> = {};
  const contents = src.doc?.contents;
  if (!isMap(contents)) return out;
  for (const pair of contents.items) {
    if (isScalar(pair.key) && pair.key.range) out[String(pair.key.value)] = src.lineCounter.linePos(pair.key.range[0]).line;
  }
  return out;
}
