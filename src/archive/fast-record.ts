/**
 * The fast path for reading a record: a small parser for exactly the layout xwgk's own writer
 * produces (`serialize.ts`) — block maps with lower-case keys, `- ` sequences indented under their key,
 * one-line plain and quoted scalars, `|` / `|-` literals and one-line flow lists of scalars. It gives
 * the value and the line of each top-level key, and gives up (returns undefined) on anything else:
 * comments after the first line, blank lines, tabs, control characters, anchors, tags, flow maps,
 * scalars the core schema would read as null or true/false, numbers beyond the plain forms, duplicate
 * keys. The caller then parses with the `yaml` library as before, so a file taken by the fast path
 * gets the value the library gives it, and every other file gets the library's own result.
 * The property test in test/unit/perf-fast-path.test.ts holds it to that.
 */

import { doubleQuoted, giveUp, plain, quotedEnd, singleQuoted } from './fast-scalars.js';

export interface FastParse {
  value: Record<string, unknown>;
  /** The 1-based line of each top-level key. */
  lines: Record<string, number>;
}

// Anything the writer never emits, and which the library treats specially or rejects: give up.
const UNSAFE_CHARS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;
const KEY_LINE = /^([a-z][a-z0-9_]*):(?: (.*))?$/;
const RESERVED_KEYS = new Set(['null', 'true', 'false']);
const BLANK = /^ *$/;

/** The value and key lines of a record file's text, or undefined when the text is not in the writer's layout. */
export function fastParseRecord(text: string): FastParse | undefined {
  if (text.length === 0 || !text.endsWith('\n') || UNSAFE_CHARS.test(text) || text.includes('\r')) return undefined;
  const lines = text.slice(0, -1).split('\n');
  try {
    return new Parser(lines).document();
  } catch {
    // GiveUp, or a RangeError from nesting deep enough to exhaust the stack: the library decides.
    return undefined;
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of a record file's bytes for the fast path, or undefined when the library's path must
 * judge them (too large, binary, not UTF-8, a byte-order mark): that path reports each of these.
 */
export function fastRecordText(bytes: Uint8Array, maxBytes: number): string | undefined {
  if (bytes.length > maxBytes || bytes.indexOf(0) >= 0) return undefined;
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

class Parser {
  private i = 0;

  constructor(private readonly lines: string[]) {}

  document(): FastParse {
    // The writer's first line is the editor's schema comment; no other comment is taken.
    if (this.lines[0]?.startsWith('#')) this.i = 1;
    if (this.i >= this.lines.length) giveUp();
    const keyLines: Record<string, number> = {};
    const value = this.map(0, undefined, keyLines);
    if (this.i !== this.lines.length) giveUp();
    return { value, lines: keyLines };
  }

  private indentOf(line: string): number {
    let n = 0;
    while (line.charCodeAt(n) === 32) n++;
    return n;
  }

  /**
   * A block map whose keys sit at `indent`. `first` is the text of its first pair when that pair
   * shares a line with a `- ` sequence indicator.
   */
  private map(indent: number, first: string | undefined, keyLines?: Record<string, number>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    let pending = first;
    for (;;) {
      let body: string;
      if (pending !== undefined) {
        body = pending;
        pending = undefined;
      } else {
        if (this.i >= this.lines.length) break;
        const line = this.lines[this.i]!;
        const ind = this.indentOf(line);
        if (ind < indent) break;
        if (ind > indent) giveUp();
        body = line.slice(indent);
      }
      const m = KEY_LINE.exec(body);
      if (!m) giveUp();
      const key = m![1]!;
      if (RESERVED_KEYS.has(key) || Object.hasOwn(out, key)) giveUp();
      if (keyLines) keyLines[key] = this.i + 1;
      this.i++;
      out[key] = m![2] === undefined ? this.nested(indent) : this.inline(m![2]!, indent);
    }
    if (Object.keys(out).length === 0) giveUp();
    return out;
  }

  /** The value of `key:` with nothing after it: a sequence or map on the lines below, indented by two. */
  private nested(indent: number): unknown {
    const line = this.lines[this.i];
    if (line === undefined) giveUp();
    const inner = indent + 2;
    if (this.indentOf(line!) !== inner) giveUp();
    return line!.startsWith('- ', inner) ? this.seq(inner) : this.map(inner, undefined);
  }

  /** A block sequence whose `- ` indicators sit at `indent`. */
  private seq(indent: number): unknown[] {
    const out: unknown[] = [];
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      const ind = this.indentOf(line);
      if (ind < indent) break;
      if (ind > indent || !line.startsWith('- ', indent)) giveUp();
      const item = line.slice(indent + 2);
      if (KEY_LINE.test(item)) {
        out.push(this.map(indent + 2, item));
      } else {
        this.i++;
        // A literal item's lines are indented by two more than its `- `, as under a key.
        out.push(item[0] === '|' ? this.literal(item, indent) : this.scalar(item, false));
      }
    }
    return out;
  }

  /** The value written on the key's own line. `indent` is the key's indentation. */
  private inline(text: string, indent: number): unknown {
    const c = text[0];
    if (c === '|') return this.literal(text, indent);
    if (c === '[') return this.flowSeq(text);
    return this.scalar(text, false);
  }

  /** `|` or `|-` followed by lines indented by two more than the key. */
  private literal(header: string, indent: number): string {
    if (header !== '|' && header !== '|-') giveUp();
    const inner = indent + 2;
    const parts: string[] = [];
    while (this.i < this.lines.length) {
      const line = this.lines[this.i]!;
      if (BLANK.test(line)) {
        // Blank lines belong to the literal only when content follows; trailing ones are chomped, and
        // whitespace beyond the indentation on a blank line is a case left to the library.
        if (line.length > inner) giveUp();
        parts.push('');
        this.i++;
        continue;
      }
      const ind = this.indentOf(line);
      if (ind < inner) break;
      // The first line sets the indentation: more spaces there would change it.
      if (parts.length === 0 && ind !== inner) giveUp();
      parts.push(line.slice(inner));
      this.i++;
    }
    while (parts.length > 0 && parts[parts.length - 1] === '') {
      parts.pop();
      this.i--;
    }
    // Trailing blank lines are given back to the structure, which refuses them (the writer writes none).
    if (parts.length === 0 || parts[0] === '') giveUp();
    const body = parts.join('\n');
    return header === '|' ? `${body}\n` : body;
  }

  /** `[a, b]` on one line: plain or quoted scalars separated by `, `. */
  private flowSeq(text: string): unknown[] {
    if (!text.endsWith(']')) giveUp();
    const inner = text.slice(1, -1);
    if (inner === '') return [];
    const out: unknown[] = [];
    let pos = 0;
    for (;;) {
      let end: number;
      if (inner[pos] === '"' || inner[pos] === "'") end = quotedEnd(inner, pos);
      else {
        end = inner.indexOf(', ', pos);
        if (end < 0) end = inner.length;
      }
      out.push(this.scalar(inner.slice(pos, end), true));
      if (end === inner.length) break;
      if (!inner.startsWith(', ', end)) giveUp();
      pos = end + 2;
    }
    return out;
  }

  /** One scalar on one line: double-quoted, single-quoted or plain. */
  private scalar(text: string, inFlow: boolean): unknown {
    const c = text[0];
    if (c === '"') return doubleQuoted(text);
    if (c === "'") return singleQuoted(text);
    return plain(text, inFlow);
  }
}
