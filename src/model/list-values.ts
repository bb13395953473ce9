/** A list value as people type it: `board,website`, `公开栏、网站`, `a; b` — and repeated flags add up. */

/** `--form board,website --form 公开栏` → ['board', 'website', '公开栏']. */
export function collectList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(/[,，、;；]/)
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}
