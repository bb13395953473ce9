/**
 * Laying out text by display width, where a Chinese character takes two columns: padding, cutting
 * and wrapping for the renderers that write to a terminal of a given width.
 */
/** Display width: CJK characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** Pads to a display width. */
export function padDisplay(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Centres in a display width (the extra space goes right). */
export function centerDisplay(s: string, width: number): string {
  const left = Math.max(0, Math.floor((width - displayWidth(s)) / 2));
  return ' '.repeat(left) + padDisplay(s, width - left);
}

/** The display width of one character (CJK and full-width forms take two columns). */
export function charWidth(ch: string): number {
  return displayWidth(ch);
}

/**
 * Terminal control characters (ESC sequences, bells, backspaces) made harmless: a title holding
 * `\x1b[2J` must not clear the reader's screen. Line breaks and tabs stay (layout handles them).
 */
export function neutralizeControls(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g, '\ufffd');
}

/** Longest a table cell may be, in display columns, before it is cut with "…" (a whole paragraph is not a cell). */
export const MAX_CELL_WIDTH = 400;

/** A cell for a terminal table: controls neutralised, cut with "…" past `max` columns. Linear in the text. */
export function tableCell(s: string, max = MAX_CELL_WIDTH): string {
  return cutDisplay(neutralizeControls(s), max);
}

/** Cuts to at most `width` display columns, ending in "…" when something was cut (line breaks kept). */
function cutDisplay(s: string, width: number): string {
  if (s.length * 2 <= width) return s;
  let w = 0;
  let end = 0;
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) return `${s.slice(0, end)}…`;
    w += cw;
    end += ch.length;
  }
  return s;
}

/** Cuts text to one line of a display width, ending in "…" when something was cut. Linear in the text. */
export function truncateDisplay(s: string, width: number): string {
  const line = s.replace(/\s*[\r\n]+\s*/g, ' ');
  if (displayWidth(line) <= width) return line;
  return cutDisplay(line, width);
}

/**
 * Wraps text (as one line) into lines of at most `width` display columns: at a space when there is
 * one in the line's second half (English), else anywhere (Chinese has no spaces to break at). One
 * pass over the text, so a 300,000-character title takes milliseconds, not minutes.
 */
export function wrapDisplay(s: string, width: number): string[] {
  const text = s.replace(/[ \t\r\n]+/g, ' ').trim();
  const chars = Array.from(text);
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let w = 0;
    let end = start;
    while (end < chars.length && w + charWidth(chars[end]!) <= Math.max(1, width)) w += charWidth(chars[end++]!);
    if (end === start) end++;
    if (end < chars.length) {
      let space = -1;
      for (let i = end - 1; i > start + (end - start) / 2; i--)
        if (chars[i] === ' ') {
          space = i;
          break;
        }
      if (space > 0) end = space;
    }
    lines.push(chars.slice(start, end).join('').trimEnd());
    start = end;
    while (chars[start] === ' ') start++;
  }
  if (lines.length === 0) lines.push('');
  return lines;
}
