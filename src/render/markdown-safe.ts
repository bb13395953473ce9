/**
 * Text from records placed into Markdown (the list and audit tables, the term summary): a title that
 * holds `<script>`, an HTML comment or `[click](javascript:…)` must stay text wherever the Markdown is
 * rendered (a wiki, a Git host, a browser). Angle and square brackets are backslash-escaped — valid
 * CommonMark for any punctuation, and read back as text by `markdown-blocks.ts` for HTML and Word.
 */
export function escapeMarkdownText(s: string): string {
  return s.replace(/[<>[\]]/g, (c) => `\\${c}`);
}

/** The same, for Liquid's `outputEscape`: every value a Markdown template prints. */
export function escapeMarkdownOutput(value: unknown): string {
  return escapeMarkdownText(String(value ?? ''));
}
