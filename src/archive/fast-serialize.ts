/**
 * The fast path for writing a record: the text `serialize.ts` makes with the `yaml` library, made
 * directly, for the values whose writing is certain — strings that go plain or into a `|` / `|-`
 * literal, plain decimal numbers, lists and maps of those. Anything else (a string the library would
 * quote, a control character, a number in exponent form, an empty map, null) gives up, and the
 * library writes the record as before. Building a YAML document per record was most of an import's
 * time (bench/RESULTS.md); test/unit/fast-serialize.test.ts holds this writer to the library's bytes
 * over random records.
 */
import { CORE_BOOL, CORE_NULL, CORE_NUMBER, GiveUp, giveUp, SIMPLE_NUMBER } from './fast-scalars.js';

export interface LayoutRules {
  /** A string goes into a literal block: a line break, or long text that is not one ASCII word. */
  block(value: string): boolean;
  /** A list is written on one line: short scalars only. */
  flow(items: readonly unknown[]): boolean;
}

/** `data` (keys in order) as the writer's layout, after `# comment`; undefined where the library must write it. */
export function fastSerialize(data: Record<string, unknown>, comment: string, rules: LayoutRules): string | undefined {
  if (/[\n\r]/.test(comment)) return undefined;
  try {
    const out: string[] = [`# ${comment}\n`];
    writeMap(data, 0, out, rules);
    return out.join('');
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

function writeMap(map: Record<string, unknown>, indent: number, out: string[], rules: LayoutRules, first = false): void {
  const pad = ' '.repeat(indent);
  let wrote = false;
  for (const key of Object.keys(map)) {
    const v = map[key];
    if (v === undefined) continue;
    if (!/^[a-z][a-z0-9_]*$/.test(key) || CORE_NULL.test(key) || CORE_BOOL.test(key)) giveUp();
    // The first pair of a map that is a list item shares the line of its `- `.
    out.push(first && !wrote ? `${key}:` : `${pad}${key}:`);
    wrote = true;
    writeValue(v, indent, out, rules);
  }
  if (!wrote) giveUp();
}

/** The value of a key written at `indent`, from just after its `:` to the end of its last line. */
function writeValue(v: unknown, indent: number, out: string[], rules: LayoutRules): void {
  if (typeof v === 'string' || typeof v === 'number') {
    out.push(scalar(v, indent, rules));
    return;
  }
  if (Array.isArray(v)) {
    if (rules.flow(v)) {
      out.push(` [${v.map((item) => flowItem(item)).join(', ')}]\n`);
      return;
    }
    out.push('\n');
    for (const item of v) writeItem(item, indent + 2, out, rules);
    return;
  }
  if (isPlainObject(v)) {
    out.push('\n');
    writeMap(v, indent + 2, out, rules);
    return;
  }
  giveUp();
}

/** One `- ` item of a block list whose indicators sit at `indent`. */
function writeItem(item: unknown, indent: number, out: string[], rules: LayoutRules): void {
  out.push(`${' '.repeat(indent)}-`);
  if (typeof item === 'string' || typeof item === 'number') out.push(scalar(item, indent, rules));
  else if (isPlainObject(item)) {
    out.push(' ');
    writeMap(item, indent + 2, out, rules, true);
  } else giveUp();
}

function flowItem(item: unknown): string {
  if (typeof item === 'number') return number(item);
  if (typeof item !== 'string' || !plainSafe(item, true)) return giveUp();
  return item;
}

/** ` value\n`, or ` |-` and the literal's lines indented under a key (or `- `) at `indent`. */
function scalar(v: string | number, indent: number, rules: LayoutRules): string {
  if (typeof v === 'number') return ` ${number(v)}\n`;
  if (rules.block(v)) return literal(v, indent + 2);
  if (!plainSafe(v, false)) giveUp();
  return ` ${v}\n`;
}

function number(n: number): string {
  const s = String(n);
  if (!Number.isFinite(n) || Object.is(n, -0) || !SIMPLE_NUMBER.test(s)) giveUp();
  return s;
}

/** A `|` (one final line break) or `|-` (none) literal; anything the library would write otherwise gives up. */
function literal(s: string, inner: number): string {
  const keep = s.endsWith('\n');
  const body = keep ? s.slice(0, -1) : s;
  // Indentation indicators, kept final breaks, blank first or last lines, lines of spaces: the library's to write.
  if (body === '' || body.startsWith(' ') || body.startsWith('\n') || body.endsWith('\n') || /(^|\n) +(\n|$)/.test(body)) giveUp();
  if (UNSAFE.test(body)) giveUp();
  const pad = ' '.repeat(inner);
  return ` ${keep ? '|' : '|-'}\n${body
    .split('\n')
    .map((line) => (line === '' ? '' : pad + line))
    .join('\n')}\n`;
}

// Control characters, the line and paragraph separators, byte-order marks and non-characters: the library double-quotes.
const UNSAFE = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
// A first character the library never leaves plain, or that starts a YAML indicator.
const INDICATOR_START = /^[\s\-?:,[\]{}#&*!|>'"%@`]/;

/** Whether the library writes `s` as a plain scalar (block context, or inside `[ … ]`). Conservative. */
function plainSafe(s: string, inFlow: boolean): boolean {
  if (s === '' || INDICATOR_START.test(s) || /\s$/.test(s) || s.includes('\n') || UNSAFE.test(s)) return false;
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':') || s.includes('\t')) return false;
  if (inFlow && /[,[\]{}]/.test(s)) return false;
  if (CORE_NULL.test(s) || CORE_BOOL.test(s) || CORE_NUMBER.test(s)) return false;
  return true;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}
