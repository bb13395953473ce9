/**
 * Laying out text by display width, where a Chinese character takes two columns: padding, cutting
 * and wrapping for the renderers that write to a terminal of a given width.
 */
import { displayWidth } from './grid.js';

export { displayWidth };

/** Pads to a display width. */
export function padDisplay(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Centres in a display width (the extra space goes right). */
export function centerDisplay(s: string, width: number): string {
  const left = Math.max(0, Math.floor((width - displayWidth(s)) / 2));
  return ' '.repeat(left) + padDisplay(s, width - left);
}

/** Cuts text to one line of a display width, ending in "…" when something was cut. */
export function truncateDisplay(s: string, width: number): string {
  const line = s.replace(/\s*[\r\n]+\s*/g, ' ');
  if (displayWidth(line) <= width) return line;
  let out = '';
  for (const ch of line) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/**
 * Wraps text (as one line) into lines of at most `width` display columns: at a space when there is
 * one in the line's second half (English), else anywhere (Chinese has no spaces to break at).
 */
export function wrapDisplay(s: string, width: number): string[] {
  const lines: string[] = [];
  let rest = s.replace(/[ \t\r\n]+/g, ' ').trim();
  while (displayWidth(rest) > width) {
    let cut = '';
    for (const ch of rest) {
      if (displayWidth(cut + ch) > width) break;
      cut += ch;
    }
    const space = cut.lastIndexOf(' ');
    if (space > cut.length / 2) cut = cut.slice(0, space);
    lines.push(cut.trimEnd());
    rest = rest.slice(cut.length).trimStart();
  }
  if (rest || lines.length === 0) lines.push(rest);
  return lines;
}
