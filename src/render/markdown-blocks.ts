/**
 * The Markdown the summary templates write, read back as blocks, so the HTML and Word documents are
 * built from the very text of the Markdown one (one wording, three formats). It reads the subset the
 * templates use: ATX headings, paragraphs (a trailing `\` is a line break), pipe tables with
 * alignment, `-` and `1.` lists, `**bold**`, backslash escapes, and two HTML comments the templates
 * place: `<!-- chart:NAME title -->` (a chart in HTML) and `<!-- right -->` (the next paragraph is
 * aligned right, as a Chinese document's signature is).
 */

export interface Inline {
  text: string;
  bold?: boolean;
}

export type Align = 'left' | 'center' | 'right';

export type Block =
  | { kind: 'heading'; level: number; text: Inline[] }
  | { kind: 'paragraph'; lines: Inline[][]; align?: Align }
  | { kind: 'table'; headers: string[]; align: Align[]; rows: string[][] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'chart'; name: string; title: string };

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/** Removes backslash escapes (`\|` → `|`). */
export function unescapeMarkdown(s: string): string {
  return s.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** `a **b** c` → [{text:'a '}, {text:'b', bold:true}, {text:' c'}]. */
export function parseInline(s: string): Inline[] {
  const out: Inline[] = [];
  s.split(/(?<!\\)\*\*/).forEach((part, i) => {
    if (part !== '') out.push(i % 2 === 1 ? { text: unescapeMarkdown(part), bold: true } : { text: unescapeMarkdown(part) });
  });
  return out;
}

/** Joins wrapped lines: no space between Chinese characters, one space otherwise. */
function joinLines(a: string, b: string): string {
  if (a === '') return b;
  return CJK.test(a.slice(-1)) || CJK.test(b.charAt(0)) ? a + b : `${a} ${b}`;
}

/** Splits a table row on unescaped pipes. */
export function splitRow(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => unescapeMarkdown(c.trim()));
}

const isTableSeparator = (line: string) => /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(line.trim());
const LIST_RE = /^\s*(?:([-*])|(\d+)[.)])\s+(.*)$/;

export function parseMarkdownBlocks(markdown: string): Block[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let pendingAlign: Align | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = line.trim();
    const comment = /^<!--\s*(.*?)\s*-->$/.exec(trimmed);
    if (trimmed === '') {
      i++;
    } else if (comment) {
      const chart = /^chart:([\w-]+)\s*(.*)$/.exec(comment[1]!);
      if (chart) blocks.push({ kind: 'chart', name: chart[1]!, title: chart[2]! });
      else if (comment[1] === 'right') pendingAlign = 'right';
      i++;
    } else if (/^#{1,6}\s/.test(trimmed)) {
      const level = /^#+/.exec(trimmed)![0].length;
      blocks.push({ kind: 'heading', level, text: parseInline(trimmed.slice(level).trim()) });
      i++;
    } else if (trimmed.startsWith('|') && i + 1 < lines.length && isTableSeparator(lines[i + 1]!)) {
      const headers = splitRow(trimmed);
      const align = splitRow(lines[i + 1]!).map((c): Align => (c.endsWith(':') ? (c.startsWith(':') ? 'center' : 'right') : 'left'));
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(splitRow(lines[i++]!));
      blocks.push({ kind: 'table', headers, align, rows });
    } else if (LIST_RE.test(line)) {
      const ordered = LIST_RE.exec(line)![2] !== undefined;
      const items: Inline[][] = [];
      while (i < lines.length && LIST_RE.test(lines[i]!)) {
        let text = LIST_RE.exec(lines[i++]!)![3]!;
        // A continuation line (indented, not a new item) belongs to the item.
        while (i < lines.length && /^\s{2,}\S/.test(lines[i]!) && !LIST_RE.test(lines[i]!)) text = joinLines(text, lines[i++]!.trim());
        items.push(parseInline(text));
      }
      blocks.push({ kind: 'list', ordered, items });
    } else {
      const out: string[] = [''];
      // The first line always belongs to the paragraph (even a lone `|…` that starts no table).
      for (
        let first = true;
        i < lines.length &&
        (first || (lines[i]!.trim() !== '' && !/^(#{1,6}\s|<!--|\|)/.test(lines[i]!.trim()) && !LIST_RE.test(lines[i]!)));
        first = false
      ) {
        const l = lines[i++]!.trim();
        const hardBreak = /(?<!\\)\\$/.test(l);
        out[out.length - 1] = joinLines(out[out.length - 1]!, hardBreak ? l.slice(0, -1) : l);
        if (hardBreak) out.push('');
      }
      if (out[out.length - 1] === '' && out.length > 1) out.pop();
      blocks.push({ kind: 'paragraph', lines: out.map(parseInline), ...(pendingAlign ? { align: pendingAlign } : {}) });
      pendingAlign = undefined;
    }
  }
  return blocks;
}

/** The plain text of inline runs. */
export function inlineText(runs: readonly Inline[]): string {
  return runs.map((r) => r.text).join('');
}
