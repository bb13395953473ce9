/**
 * The scalars of the fast path (fast-record.ts): one-line plain, double- and single-quoted scalars
 * as the `yaml` library reads them under the core schema — or a give-up wherever the library could
 * read them otherwise (null, booleans, numbers beyond plain decimals, indicators, comments, escapes
 * other than the simple ones).
 */
/** Thrown inside the parser to give up; never escapes `fastParseRecord`. */
export class GiveUp extends Error {}
const GIVE_UP = new GiveUp('not in the writer\'s layout');
export const giveUp = (): never => {
  throw GIVE_UP;
};

// Plain scalars the core schema resolves to something other than a string.
export const CORE_NULL = /^(?:~|[Nn]ull|NULL)?$/;
export const CORE_BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
export const CORE_NUMBER = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
/** The numbers taken here: plain decimals whose value `Number` gives exactly as the library's parse does. */
export const SIMPLE_NUMBER = /^(?:0|-?[1-9][0-9]{0,14})(?:\.[0-9]{1,15})?$|^-?0\.[0-9]{1,15}$/;

/** Where a quoted scalar starting at `pos` ends (just after its closing quote). */
export function quotedEnd(s: string, pos: number): number {
  const q = s[pos];
  for (let k = pos + 1; k < s.length; k++) {
    if (q === '"' && s[k] === '\\') k++;
    else if (s[k] === q) {
      if (q === "'" && s[k + 1] === "'") k++;
      else return k + 1;
    }
  }
  return giveUp();
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', n: '\n', t: '\t', '/': '/' };

export function doubleQuoted(text: string): string {
  if (text.length < 2 || quotedEnd(text, 0) !== text.length) giveUp();
  const body = text.slice(1, -1);
  if (!body.includes('\\')) return body;
  let out = '';
  for (let k = 0; k < body.length; k++) {
    const ch = body[k]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const esc = ESCAPES[body[++k] ?? ''];
    if (esc === undefined) giveUp();
    out += esc;
  }
  return out;
}

export function singleQuoted(text: string): string {
  if (text.length < 2 || quotedEnd(text, 0) !== text.length) giveUp();
  return text.slice(1, -1).replaceAll("''", "'");
}

/** A plain scalar: a string unless the core schema says otherwise; only simple numbers are taken as such. */
export function plain(text: string, inFlow: boolean): unknown {
  if (CORE_NULL.test(text) || CORE_BOOL.test(text)) giveUp();
  if (CORE_NUMBER.test(text)) return SIMPLE_NUMBER.test(text) ? Number(text) : giveUp();
  // Indicators at the start, and whatever a plain scalar may not hold or would end at.
  if (/^[-?:,[\]{}#&*!|>'"%@`\s]/.test(text) || /\s$/.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) giveUp();
  if (inFlow && /[,[\]{}:]/.test(text)) giveUp();
  return text;
}
